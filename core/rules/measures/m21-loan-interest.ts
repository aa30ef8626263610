/** （二十一） Loan interest subsidies. */
import type { MeasureDefinition } from "../definition.ts";
import { compare, type Dec, min, ZERO } from "../money.ts";
import type { Outcome } from "../outcome.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";

const TEXT =
  "（二十一）支持降低融资成本。鼓励金融机构为人工智能企业提供低利率贷款。财政资金给予贴息支持，按照贷款利率给予企业最高2个百分点的利息贴息，贴息金额不超过企业支付给银行利息的50%，单个企业补贴期限最长3年，累计补贴金额最高500万元。";

const params = {
  maxPoints: param("0.02", "rate", "（二十一）", "按照贷款利率给予企业最高2个百分点的利息贴息"),
  maxShareOfInterest: param("0.50", "rate", "（二十一）", "贴息金额不超过企业支付给银行利息的50%"),
  maxYears: param(3, "years", "（二十一）", "单个企业补贴期限最长3年"),
  totalCap: param(5000000, "CNY", "（二十一）", "累计补贴金额最高500万元"),
};

/** One counted loan (principal, rate and term not zero), with its part. */
interface CountedLoan {
  index: number;
  part: Outcome;
  startYear: number | undefined;
  /** A year's subsidy and the loan's term, when both are known; null while a fact is missing. */
  known: { perYear: Dec; years: number } | null;
}

/**
 * The enterprise's 3 subsidy years, from the earliest start of the loans whose subsidy is known, when every one
 * of them has a start year; null otherwise (each loan then counts at most 3 years, as if all started together:
 * an upper bound).
 */
function subsidyWindow(loans: CountedLoan[], maxYears: number): [number, number] | null {
  const starts = loans.map((l) => l.startYear);
  if (loans.length === 0 || starts.some((s) => s === undefined)) return null;
  const from = Math.min(...(starts as number[]));
  return [from, from + maxYears - 1];
}

/** The years loan `l` is subsidised, and from and to when they can be told. */
function yearsOf(l: CountedLoan & { known: { years: number } }, window: [number, number] | null, maxYears: number): { years: number; from: number | null; to: number | null } {
  if (window === null) {
    const years = Math.min(l.known.years, maxYears);
    return { years, from: l.startYear ?? null, to: l.startYear === undefined ? null : l.startYear + years - 1 };
  }
  const from = Math.max(l.startYear!, window[0]);
  const to = Math.min(l.startYear! + l.known.years - 1, window[1]);
  return { years: Math.max(0, to - from + 1), from, to };
}

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/**
 * （二十一）: per loan and year min(principal × min(rate, 2 points), 50% of interest), 3 subsidy years per
 * enterprise, 5,000,000 CNY in all. Each loan is a part `loan[i]` with its own status, amount and years; when the
 * loans together pass the cap, each gets a share of it in proportion to its subsidy, so the parts add up to the
 * measure.
 */
export const m21: MeasureDefinition = {
  id: "m21",
  clause: "（二十一）",
  title: { zh: "降低融资成本", en: "Loan interest subsidies" },
  text: TEXT,
  interests: ["tax_loans"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "loans", "loans[].annualRate", "loans[].principal", "loans[].startYear", "loans[].years"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const loans = profile.loans;
    if (loans === undefined) {
      out.missing("loans");
      out.cash(params.totalCap.value);
      return;
    }
    const maxYears = params.maxYears.value.toNumber();
    const counted: CountedLoan[] = [];
    loans.forEach((l, i) => {
      if (l.principal?.isZero() || l.annualRate?.isZero() || l.years === 0) return;
      const part = out.part({ id: `loan[${i}]`, label: `Loan ${i + 1}`, kind: "interest_subsidy", period: { type: "years", years: Math.min(l.years ?? maxYears, maxYears), fromYear: null, toYear: null } });
      if (l.principal === undefined) part.missing(`loans[${i}].principal`);
      if (l.annualRate === undefined) part.missing(`loans[${i}].annualRate`);
      if (l.years === undefined) part.missing(`loans[${i}].years`);
      let known: CountedLoan["known"] = null;
      if (l.principal !== undefined && l.annualRate !== undefined && l.years !== undefined) {
        const byPoints = l.principal.times(min(l.annualRate, params.maxPoints.value));
        const byShare = l.principal.times(l.annualRate).times(params.maxShareOfInterest.value);
        const perYear = min(byPoints, byShare);
        part.trace(`loan ${i + 1}: a year's subsidy = min(principal × min(rate, 2 points), 50% × principal × rate)`, { principal: l.principal, rate: l.annualRate, byPoints, byShare, perYear });
        known = { perYear, years: l.years };
      }
      counted.push({ index: i, part, startYear: l.startYear, known });
    });
    if (counted.length === 0) {
      out.fail("no_loan", "No bank loan with interest was given.");
      return;
    }
    const settled = counted.filter((l): l is CountedLoan & { known: { perYear: Dec; years: number } } => l.known !== null);
    const pending = counted.filter((l) => l.known === null);
    const window = subsidyWindow(settled, maxYears);
    if (window) {
      out.trace("the enterprise's subsidy years: 3 from the earliest loan start", { from: window[0], to: window[1] });
      const earlier = pending.filter((l) => l.startYear === undefined || l.startYear < window[0]);
      if (earlier.length > 0) {
        out.assume(`Until ${earlier.map((l) => `loan ${l.index + 1}`).join(", ")} is known, its start may move the enterprise's 3 subsidy years earlier: the other loans' figures are upper bounds.`);
      }
    } else if (settled.length > 1) {
      out.assume("Without a start year for every loan, each loan counts up to 3 years, as if all started together: an upper bound of the enterprise's 3 subsidy years.");
    }
    // Each known loan's award over its years inside the enterprise's window.
    const awards = settled.map((l) => {
      const { years, from, to } = yearsOf(l, window, maxYears);
      const award = l.known.perYear.times(years);
      l.part.period({ type: "years", years, fromYear: from, toYear: years > 0 ? to : null });
      l.part.trace(`loan ${l.index + 1}: a year's subsidy × years subsidised`, { perYear: l.known.perYear, loanYears: l.known.years, startYear: l.startYear ?? "not given", years, award });
      if (years === 0 && window) {
        l.part.fail("loan_after_subsidy_years", `Loan ${l.index + 1} starts after the enterprise's 3 subsidy years (${window[0]}–${window[1]}): nothing is left to subsidise.`, { from: String(window[0]), to: String(window[1]) });
      }
      return award;
    });
    const total = awards.reduce((a, b) => a.plus(b), ZERO);
    const cap = params.totalCap.value;
    const capped = min(total, cap);
    out.trace("all loans together, capped", { total, cap, subsidy: capped });
    if (compare(total, cap) > 0 && settled.length > 1) {
      // 累计补贴金额最高500万元 caps the enterprise, not a loan: the cap is shared in proportion to each loan's
      // subsidy (the last share takes the rest, so the parts add up to the cap exactly).
      let given = ZERO;
      settled.forEach((l, k) => {
        const share = k === settled.length - 1 ? cap.minus(given) : awards[k]!.times(cap).dividedBy(total);
        given = given.plus(share);
        l.part.trace(`loan ${l.index + 1}: its share of the cap = award × cap ÷ all awards`, { award: awards[k]!, cap, total, share });
        l.part.because("subsidy_cap_shared", "All loans together reach the 5,000,000 cap: each loan's share is in proportion to its subsidy.");
        l.part.cash(share);
      });
      out.assume("When the loans together pass the 5,000,000 cap (累计补贴金额最高500万元), the cap is shared in proportion to each loan's subsidy; which loan's subsidy the authorities reduce is theirs to say, the total is what the clause fixes.");
    } else {
      // One loan alone is capped on its own.
      settled.forEach((l, k) => l.part.cash(min(awards[k]!, cap)));
    }
    // Loans still missing a fact: together they can add at most what is left of the cap.
    const left = cap.minus(capped);
    if (pending.length === 1) {
      pending[0]!.part.cash(left);
      pending[0]!.part.trace(`loan ${pending[0]!.index + 1}: a fact unknown, upper bound is what is left of the cap`, { cap, settled: capped, bound: left });
    } else if (pending.length > 1) {
      // No loan has a bound of its own; the measure keeps the bound of them all.
      out.cash(left);
      out.trace("loans with a fact unknown: together at most what is left of the cap", { cap, settled: capped, bound: left });
      out.assume(`${pending.map((l) => `Loan ${l.index + 1}`).join(", ")} still miss facts: together they can add at most what is left of the 5,000,000 cap; none has a bound of its own.`);
    }
    out.assume("Interest is counted on the full principal for each year, with no repayments.");
    out.assume("单个企业补贴期限最长3年 is per enterprise: the 3 subsidy years are shared by all its loans.");
    const longest = Math.max(0, ...settled.map((l) => yearsOf(l, window, maxYears).years));
    out.period({ type: "years", years: pending.length > 0 ? maxYears : longest, fromYear: window?.[0] ?? null, toYear: window && pending.length === 0 ? window[0] + longest - 1 : window ? window[1] : null });
  },
};
