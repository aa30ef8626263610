/** （十九） Corporate income tax (local share) relief. */
import type { MeasureDefinition } from "../definition.ts";
import { yearOf } from "../dates.ts";
import { D, keepText, ZERO } from "../money.ts";
import { VALID_FROM } from "../policy.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（十九）落实税收减免。对符合中国—东盟产业合作区等现行相关税收优惠条款的企业，可自取得第一笔生产经营收入所属年度起，第1年至第5年免征、第6年至第10年减半征收企业所得税地方分享部分。";

const params = {
  fullReliefYears: param(5, "years", "（十九）", "第1年至第5年免征"),
  halfReliefFromYear: param(6, "years", "（十九）", "第6年至第10年减半征收"),
  halfReliefUntilYear: param(10, "years", "（十九）", "第6年至第10年减半征收"),
  halfFactor: param("0.5", "factor", "（十九）", "减半征收"),
  defaultCitRate: param("0.25", "rate", "（十九）", "企业所得税 (the standard 25% rate of the Enterprise Income Tax Law; an assumption when not given)"),
  localShare: param("0.40", "rate", "（十九）", "企业所得税地方分享部分: 40% (assumption: central 60% / local 40%)"),
};

/** The year numbers of the parameters and the whole factor, once (they are read for each year of each evaluation). */
const FULL_RELIEF_YEARS = params.fullReliefYears.value.toNumber();
const HALF_RELIEF_FROM = params.halfReliefFromYear.value.toNumber();
const HALF_RELIEF_UNTIL = params.halfReliefUntilYear.value.toNumber();
const FULL_FACTOR = keepText(new D(1));

/** Relief factor in year `n` (1-based) counted from the first revenue year: 1 for 1–5, 0.5 for 6–10, else 0. */
export function reliefFactor(n: number): InstanceType<typeof D> {
  if (n >= 1 && n <= FULL_RELIEF_YEARS) return FULL_FACTOR;
  if (n >= HALF_RELIEF_FROM && n <= HALF_RELIEF_UNTIL) return params.halfFactor.value;
  return ZERO;
}

/** The year the relief can first count from: the later of the first revenue year, the settlement year and the measures' first year. */
function firstCountedYear(first: number, settlementYear: number | null): number {
  return Math.max(first, settlementYear ?? first, yearOf(VALID_FROM));
}

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/**
 * （十九）: the local share of corporate income tax is waived in years 1–5 and halved in years 6–10 from the first revenue year.
 * Only relief years from the settlement year on count (the measures cover entities that settled in, from 2025): the years
 * before are neither the center's to give nor still open.
 */
export const m19: MeasureDefinition = {
  id: "m19",
  clause: "（十九）",
  title: { zh: "税收减免", en: "Corporate income tax (local share) relief" },
  text: TEXT,
  interests: ["tax_loans"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "applicant.settlement.status", "applicant.settlement.date", "tax.annualTaxableIncome", "tax.corporateIncomeTaxRate", "tax.firstRevenueYear", "tax.qualifiesForZoneTaxPreference"],
  params,
  rule(profile, ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const t = profile.tax;
    requireTrue(t?.qualifiesForZoneTaxPreference, "tax.qualifiesForZoneTaxPreference", out, "no_tax_preference", "The relief is for enterprises that meet the tax preference terms of the China–ASEAN industrial cooperation zone and the like.");
    const first = t?.firstRevenueYear;
    const income = t?.annualTaxableIncome;
    if (first === undefined) out.missing("tax.firstRevenueYear");
    if (income === undefined) out.missing("tax.annualTaxableIncome");
    let rate = t?.corporateIncomeTaxRate;
    if (rate === undefined) {
      rate = params.defaultCitRate.value;
      out.assume("Corporate income tax rate taken as 25%, the standard rate.");
    }
    out.assume("The local share of corporate income tax is taken as 40%.");
    out.assume("The total assumes the same taxable income every year.");
    out.assume("Relief years count from the later of the first revenue year and the settlement year, and not before 2025: earlier years are before the entity settled in and before the measures existed.");
    if (first === undefined || income === undefined) return;
    const lastYear = first + HALF_RELIEF_UNTIL - 1;
    if (ctx.asOfYear > lastYear) {
      out.fail("relief_period_over", `The ten relief years from ${first} ended in ${lastYear}.`, { first: String(first), last: String(lastYear) });
      return;
    }
    const s = profile.applicant?.settlement;
    const settlementYear = s?.status === "planning" ? ctx.asOfYear : s?.status === "settled" && s.date !== undefined ? yearOf(s.date) : null;
    if (settlementYear === null) out.assume("Until the settlement date is known, relief years are counted from the first revenue year (not before 2025): an upper bound.");
    const from = firstCountedYear(first, settlementYear);
    const localTax = income.times(rate).times(params.localShare.value);
    out.trace("local share of CIT = taxable income × rate × local share", { income, rate, localShare: params.localShare.value, localTax });
    out.trace("relief years counted: from the later of the first revenue year, the settlement year and 2025, to year 10", { firstRevenueYear: first, settlementYear: settlementYear ?? "unknown", from, to: lastYear });
    // A year in full saves the local tax itself (× 1 gives the same value), and the first year added to zero is that year.
    // A halved year's saving is the same for each of years 6–10 and the evaluation year: worked out once.
    let halved: InstanceType<typeof D> | null = null;
    const savingIn = (factor: InstanceType<typeof D>) =>
      factor === FULL_FACTOR ? localTax : factor === params.halfFactor.value ? (halved ??= localTax.times(factor)) : localTax.times(factor);
    let total = ZERO;
    for (let year = from; year <= lastYear; year++) {
      const n = year - first + 1;
      const factor = reliefFactor(n);
      const saving = savingIn(factor);
      out.trace(`${year}: year ${n} from the first revenue year`, { year, yearIndex: n, factor, saving });
      total = year === from ? saving : total.plus(saving);
    }
    const yearIndex = ctx.asOfYear - first + 1;
    const thisYear = ctx.asOfYear >= from ? savingIn(reliefFactor(yearIndex)) : ZERO;
    out.trace(`saving in ${ctx.asOfYear} (year ${yearIndex} from the first revenue year)`, { yearIndex, factor: reliefFactor(yearIndex), saving: thisYear });
    out.trace("saving over the relief years counted", { from, to: lastYear, total });
    out.period({ type: "years", years: lastYear - from + 1, fromYear: from, toYear: lastYear });
    out.benefit("tax_saving_this_year", thisYear, `CNY saved in ${ctx.asOfYear}`, "Estimated corporate income tax (local share) saved in the evaluation year.");
    out.cash(total);
  },
};
