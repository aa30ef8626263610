/** （二十一） Loan interest subsidies. */
import type { MeasureDefinition } from "../definition.ts";
import { type Dec, min, ZERO } from "../money.ts";
import { param } from "../parameter.ts";
import { requireApplicantType } from "../scope.ts";

const TEXT =
  "（二十一）支持降低融资成本。鼓励金融机构为人工智能企业提供低利率贷款。财政资金给予贴息支持，按照贷款利率给予企业最高2个百分点的利息贴息，贴息金额不超过企业支付给银行利息的50%，单个企业补贴期限最长3年，累计补贴金额最高500万元。";

const params = {
  maxPoints: param("0.02", "rate", "（二十一）", "按照贷款利率给予企业最高2个百分点的利息贴息"),
  maxShareOfInterest: param("0.50", "rate", "（二十一）", "贴息金额不超过企业支付给银行利息的50%"),
  maxYears: param(3, "years", "（二十一）", "单个企业补贴期限最长3年"),
  totalCap: param(5000000, "CNY", "（二十一）", "累计补贴金额最高500万元"),
};

/** One loan whose subsidy can be computed. */
interface KnownLoan {
  index: number;
  perYear: Dec;
  years: number;
  startYear: number | undefined;
}

/**
 * The years each loan is subsidised. "单个企业补贴期限最长3年" is per enterprise: when every loan has a start
 * year, the 3 years run from the earliest start and each loan counts only its years inside them; otherwise each
 * loan counts at most 3 years, as if all started together (an upper bound).
 */
function subsidisedYears(loans: KnownLoan[], maxYears: number): { years: number[]; window: [number, number] | null } {
  const starts = loans.map((l) => l.startYear);
  if (loans.length === 0 || starts.some((s) => s === undefined)) return { years: loans.map((l) => Math.min(l.years, maxYears)), window: null };
  const from = Math.min(...(starts as number[]));
  const to = from + maxYears - 1;
  return {
    window: [from, to],
    years: loans.map((l) => Math.max(0, Math.min(l.startYear! + l.years - 1, to) - Math.max(l.startYear!, from) + 1)),
  };
}

/** （二十一）: per loan and year min(principal × min(rate, 2 points), 50% of interest), 3 subsidy years per enterprise, 5,000,000 CNY in all. */
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
    requireApplicantType(profile, ["enterprise"], out);
    const loans = profile.loans;
    if (loans === undefined) {
      out.missing("loans");
      out.cash(params.totalCap.value);
      return;
    }
    const known: KnownLoan[] = [];
    let counted = 0;
    let unknown = false;
    loans.forEach((l, i) => {
      if (l.principal?.isZero() || l.annualRate?.isZero() || l.years === 0) return;
      counted++;
      if (l.principal === undefined) out.missing(`loans[${i}].principal`);
      if (l.annualRate === undefined) out.missing(`loans[${i}].annualRate`);
      if (l.years === undefined) out.missing(`loans[${i}].years`);
      if (l.principal === undefined || l.annualRate === undefined || l.years === undefined) {
        unknown = true;
        return;
      }
      const byPoints = l.principal.times(min(l.annualRate, params.maxPoints.value));
      const byShare = l.principal.times(l.annualRate).times(params.maxShareOfInterest.value);
      const perYear = min(byPoints, byShare);
      out.trace(`loan ${i + 1}: a year's subsidy = min(principal × min(rate, 2 points), 50% × principal × rate)`, { principal: l.principal, rate: l.annualRate, byPoints, byShare, perYear });
      known.push({ index: i, perYear, years: l.years, startYear: l.startYear });
    });
    if (counted === 0) {
      out.fail("no_loan", "No bank loan with interest was given.");
      return;
    }
    const { years, window } = subsidisedYears(known, params.maxYears.value.toNumber());
    const longest = Math.max(0, ...years);
    out.period({ type: "years", years: longest, fromYear: window?.[0] ?? null, toYear: window ? window[0] + longest - 1 : null });
    if (window) {
      out.trace("the enterprise's subsidy years: 3 from the earliest loan start", { from: window[0], to: window[1] });
    } else if (known.length > 1) {
      out.assume("Without a start year for every loan, each loan counts up to 3 years, as if all started together: an upper bound of the enterprise's 3 subsidy years.");
    }
    let total = ZERO;
    known.forEach((l, k) => {
      const award = l.perYear.times(years[k]!);
      out.trace(`loan ${l.index + 1}: a year's subsidy × years subsidised`, { perYear: l.perYear, loanYears: l.years, startYear: l.startYear ?? "not given", years: years[k]!, award });
      total = total.plus(award);
    });
    const capped = unknown ? params.totalCap.value : min(total, params.totalCap.value);
    out.trace("all loans together, capped", { total, cap: params.totalCap.value, subsidy: capped });
    out.cash(capped);
    out.assume("Interest is counted on the full principal for each year, with no repayments.");
    out.assume("单个企业补贴期限最长3年 is per enterprise: the 3 subsidy years are shared by all its loans.");
  },
};
