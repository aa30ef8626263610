/** （二十一） Loan interest subsidies. */
import type { MeasureDefinition } from "../definition.ts";
import { min, ZERO } from "../money.ts";
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

/** （二十一）: per loan and year min(principal × min(rate, 2 points), 50% of interest), up to 3 years, 5,000,000 CNY in all. */
export const m21: MeasureDefinition = {
  id: "m21",
  clause: "（二十一）",
  title: { zh: "降低融资成本", en: "Loan interest subsidies" },
  text: TEXT,
  interests: ["tax_loans"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.type", "loans", "loans[].annualRate", "loans[].principal", "loans[].years"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, ["enterprise"], out);
    const loans = profile.loans;
    if (loans === undefined) {
      out.missing("loans");
      out.cash(params.totalCap.value);
      return;
    }
    let total = ZERO;
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
      const years = Math.min(l.years, params.maxYears.value.toNumber());
      const byPoints = l.principal.times(min(l.annualRate, params.maxPoints.value));
      const byShare = l.principal.times(l.annualRate).times(params.maxShareOfInterest.value);
      const perYear = min(byPoints, byShare);
      const award = perYear.times(years);
      out.trace(`loan ${i + 1}: min(principal × min(rate, 2 points), 50% × principal × rate) × years`, { principal: l.principal, rate: l.annualRate, byPoints, byShare, perYear, years, award });
      total = total.plus(award);
    });
    if (counted === 0) {
      out.fail("no_loan", "No bank loan with interest was given.");
      return;
    }
    const capped = unknown ? params.totalCap.value : min(total, params.totalCap.value);
    out.trace("all loans together, capped", { total, cap: params.totalCap.value, subsidy: capped });
    out.cash(capped);
    out.assume("Interest is counted on the full principal for each year, with no repayments.");
  },
};
