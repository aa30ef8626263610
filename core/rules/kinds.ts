/**
 * The kind and period of each measure's amount: what the clause gives (a grant,
 * a voucher, a reward, an interest subsidy, tax relief) and over how long.
 * Rules may set a better-known period themselves (（十九） and （二十一） count years).
 *
 * > （九）…每年…给予最高200万元奖励  → voucher, per year
 * > （十七）…奖励年限最长3年 / （十八）…奖励期限最长3年 → reward over 3 years
 * > （十九）…第1年至第5年免征、第6年至第10年减半征收 → tax relief over the years counted
 * > （二十一）…单个企业补贴期限最长3年 → interest subsidy over up to 3 years
 */
import type { AmountKind, MeasureId, Period } from "./types.ts";

/** A measure's amount: its kind and default period; null for non-cash measures. */
export interface AmountNature {
  kind: AmountKind;
  period: Period;
}

const ONE_OFF: Period = { type: "one_off" };
const PER_YEAR: Period = { type: "per_year" };
const threeYears = (): Period => ({ type: "years", years: 3, fromYear: null, toYear: null });

/** The kind and default period of each cash measure's `maxCashCNY` (non-cash measures are absent). */
export const AMOUNT_NATURE: Partial<Record<MeasureId, AmountNature>> = {
  m02: { kind: "grant", period: ONE_OFF },
  m04: { kind: "grant", period: ONE_OFF },
  m06: { kind: "reward", period: ONE_OFF },
  m07: { kind: "reward", period: ONE_OFF },
  m08: { kind: "grant", period: ONE_OFF },
  m09: { kind: "voucher", period: PER_YEAR },
  m10: { kind: "reward", period: ONE_OFF },
  m11: { kind: "reward", period: ONE_OFF },
  m12: { kind: "reward", period: ONE_OFF },
  m13: { kind: "grant", period: ONE_OFF },
  m14: { kind: "grant", period: ONE_OFF },
  m17: { kind: "reward", period: threeYears() },
  m18: { kind: "reward", period: threeYears() },
  m19: { kind: "tax_relief", period: { type: "years", years: 10, fromYear: null, toYear: null } },
  m21: { kind: "interest_subsidy", period: threeYears() },
};

/** The last year of a period that starts in `fromYear`, or null when it cannot be told. */
export function lastYearOf(period: Period, fromYear: number | null): number | null {
  if (period.type !== "years") return null;
  if (period.toYear !== null) return period.toYear;
  const from = period.fromYear ?? fromYear;
  return from === null ? null : from + period.years - 1;
}
