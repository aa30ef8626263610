/** Date arithmetic on ISO `YYYY-MM-DD` strings, in whole calendar units (no time zones involved). */

/**
 * Adds whole years; 29 February falls back to 28 February in a common year.
 * Written out (no Date, no split: it runs in every evaluation) for a real date
 * `YYYY-MM-DD` landing in years 1000–9999, where `Date.UTC` and the Gregorian
 * leap rule agree; anything else goes the way it always went, through
 * `Date.UTC` (a test holds the two to the same answers).
 */
export function addYears(iso: string, years: number): string {
  const target = Number(iso.slice(0, 4)) + years;
  if (target >= 1000 && target <= 9999 && Number.isInteger(target) && /^\d{4}-\d\d-\d\d$/.test(iso)) {
    const m = Number(iso.slice(5, 7));
    const d = Number(iso.slice(8, 10));
    const last = m === 2 ? (isLeap(target) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
    if (m >= 1 && m <= 12 && d >= 1 && d <= last) return `${target}${iso.slice(4)}`;
    if (m === 2 && d === 29) return `${target}-02-28`;
  }
  return addYearsByDate(iso, years);
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** {@link addYears} through `Date.UTC`, for any input. */
export function addYearsByDate(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Today's date in China (Asia/Shanghai), where the policy applies. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
