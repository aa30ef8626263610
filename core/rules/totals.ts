/**
 * The totals of an evaluation: cash over the whole period and in the first
 * year, tax relief apart, with the notes that say what is and is not counted.
 */
import { anyOtherSupport, namedOtherSupport } from "./other-support.ts";
import { MEASURES } from "./measures/index.ts";
import { D, type Dec, formatCny, ZERO } from "./money.ts";
import type { Profile } from "./profile.ts";
import type { MeasureId, MeasureResult, Totals } from "./types.ts";

/** Measures as clause and English title: "（十四） Deployments in ASEAN countries and （二十一） Loan interest subsidies". */
export function itemsOf(ids: readonly MeasureId[]): string {
  const words = ids.map((id) => {
    const m = MEASURES.find((x) => x.id === id)!;
    return `${m.clause} ${m.title.en}`;
  });
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * The totals of eligible and likely measures by kind and period; tax relief
 * apart. A measure counts its settled amount (`settledCashCNY`): parts still
 * pending are not in a total, and a note says how much they could add (up to
 * `maxCashCNY`). `upperBound` is true when 从优不重复 with other support may
 * lower a total (`otherSupportForSameItem`). `figures[i]`, when given, is
 * `results[i].maxCashCNY` as a Decimal.
 */
export function totalsOf(results: readonly MeasureResult[], profile: Profile, figures?: readonly (Dec | null)[]): Totals {
  let firstYear = ZERO;
  let whole = ZERO;
  let relief = ZERO;
  const notes: string[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if ((r.status !== "eligible" && r.status !== "likely") || r.kind === null) continue;
    const counted = r.settledCashCNY ?? r.maxCashCNY;
    if (counted === null) continue;
    const amount = counted === r.maxCashCNY ? figures?.[i] ?? new D(counted) : new D(counted);
    if (r.missing.length > 0) {
      notes.push(r.maxCashCNY === null
        ? `${r.clause}: only its settled parts are counted (${formatCny(amount)}); the parts still pending (${r.missing.join(", ")}) could add more, with no bound until they are known.`
        : `${r.clause}: only its settled parts are counted (${formatCny(amount)}); the parts still pending (${r.missing.join(", ")}) could bring it up to ${r.maxCashCNY} (maxCashCNY).`);
    }
    if (r.kind === "tax_relief") {
      relief = relief.plus(amount);
      continue;
    }
    whole = whole.plus(amount);
    firstYear = firstYear.plus(r.period?.type === "years" && r.period.years > 0 ? amount.dividedBy(r.period.years) : amount);
    if (r.period?.type === "per_year") notes.push(`${r.clause} is yearly: one year is counted in both cash totals.`);
    if (r.period?.type === "years") notes.push(`${r.clause} runs over ${r.period.years} years: the first year counts an equal share.`);
  }
  const upperBound = anyOtherSupport(profile);
  const named = namedOtherSupport(profile);
  if (named) {
    notes.push(`从优不重复: ${itemsOf(named)} already get regional or city support for the same item (otherSupportForSameItem), so only the more favourable support is given: these totals are upper bounds.`);
  } else if (upperBound) {
    notes.push("从优不重复: the same item already gets regional or city support (otherSupportForSameItem), so only the more favourable support is given: these totals are upper bounds.");
  }
  notes.push("Tax relief (（十九）) is an estimated tax saving, not cash: it is never in a cash total.");
  return { firstYearCashCNY: formatCny(firstYear), wholePeriodCashCNY: formatCny(whole), taxReliefCNY: formatCny(relief), upperBound, notes };
}
