/**
 * English numbers, percentages and dates written without ICU, exactly as
 * `Intl` writes them for `en` with the options of format.ts (ASCII digits,
 * Gregorian dates): `1,234,567.5`, `30%`, `March 1, 2025`.
 *
 * Written by hand because the first `Intl.NumberFormat` a process makes loads
 * ICU's data: some 15 ms, and 3 more for the first `Intl.DateTimeFormat`, in
 * a `check` command that takes about 100 ms in all and prints only English.
 * These are the English forms that command prints; every other
 * language and form still goes through `Intl`. Property tests compare each
 * function with `Intl` over generated values (test/core/i18n/format-en.test.ts).
 */
import { Decimal } from "decimal.js";

/** `1234567.5` (a plain decimal string, optional minus) → `1,234,567.5`. */
function grouped(plain: string): string {
  const negative = plain.startsWith("-");
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  let out = whole.slice(0, whole.length % 3 || 3);
  for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return `${negative ? "-" : ""}${out}${dot < 0 ? "" : body.slice(dot)}`;
}

/** Drops the zeros that end a decimal fraction, and the point when none is left (`2.50` → `2.5`, `3.00` → `3`). */
function trimmed(fixed: string): string {
  if (!fixed.includes(".")) return fixed;
  const t = fixed.replace(/0+$/u, "");
  return t.endsWith(".") ? t.slice(0, -1) : t;
}

/**
 * `value` (finite) rounded half up to `places` decimals, trailing zeros
 * dropped, grouped by thousands: `Intl.NumberFormat("en", { maximumFractionDigits: places })`
 * of `value.toFixed(places)`.
 */
export function formatNumberEn(value: Decimal, places: number): string {
  // A negative value that rounds to zero keeps its minus (`-0`), as Intl writes decimal.js's `-0.00`.
  return grouped(trimmed(value.toFixed(places, Decimal.ROUND_HALF_UP)));
}

/**
 * A rate as a percentage with at most two decimals: `0.3` → `30%`,
 * `0.025` → `2.5%`: `Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 2 })`.
 */
export function formatPercentEn(rate: Decimal): string {
  return `${formatNumberEn(rate.times(100), 2)}%`;
}

/**
 * A duration in years, months or days: `1 year`, `2 years`, `1.5 years`:
 * `Intl.NumberFormat("en", { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: places })`.
 * English takes the singular for exactly one (or minus one) and the plural otherwise.
 */
export function formatDurationEn(value: Decimal, unit: "year" | "month" | "day", places: number): string {
  const n = formatNumberEn(value, places);
  return `${n} ${n === "1" || n === "-1" ? unit : `${unit}s`}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * `March 1, 2025` for a valid date of years 1000–9999 (`month` from 1):
 * `Intl.DateTimeFormat("en", { dateStyle: "long", calendar: "gregory" })`.
 * Null for other years, which Intl writes with eras or fewer digits.
 */
export function formatDateEn(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999) return null;
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}
