/** （十八） High-end tech talent pay rewards. */
import type { MeasureDefinition } from "../definition.ts";
import { param, type Parameter } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";
import { compare, type Dec } from "../money.ts";

const TEXT =
  "（十八）支持集聚高端科技人才。对入驻南A中心的科技型规上人工智能企业新招用并支付年度薪酬总额达到30万元、50万元、100万元的高端科技人才，分别按照税后薪酬的2%、6%、10%的比例予以薪酬奖励，奖励期限最长3年。";

const params = {
  band1Pay: param(300000, "CNY", "（十八）", "年度薪酬总额达到30万元"),
  band1Rate: param("0.02", "rate", "（十八）", "税后薪酬的2%"),
  band2Pay: param(500000, "CNY", "（十八）", "年度薪酬总额达到…50万元"),
  band2Rate: param("0.06", "rate", "（十八）", "税后薪酬的…6%"),
  band3Pay: param(1000000, "CNY", "（十八）", "年度薪酬总额达到…100万元"),
  band3Rate: param("0.10", "rate", "（十八）", "税后薪酬的…10%"),
  years: param(3, "years", "（十八）", "奖励期限最长3年"),
};

/** Bands from the highest down; 达到 includes the threshold itself. */
const BANDS: [Parameter, Parameter][] = [
  [params.band3Pay, params.band3Rate],
  [params.band2Pay, params.band2Rate],
  [params.band1Pay, params.band1Rate],
];

/** The reward years as a number, once. */
const YEARS = params.years.value.toNumber();

/** The reward rate for an annual pay, or null below the lowest band. */
export function talentRate(annualPay: Dec): Dec | null {
  for (const [pay, rate] of BANDS) if (compare(annualPay, pay.value) >= 0) return rate.value;
  return null;
}

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （十八）: 2% / 6% / 10% of after-tax pay for new hires paid 300,000 / 500,000 / 1,000,000 CNY a year, for up to 3 years. */
export const m18: MeasureDefinition = {
  id: "m18",
  clause: "（十八）",
  title: { zh: "高端科技人才", en: "High-end tech talent pay rewards" },
  text: TEXT,
  interests: ["housing_talent"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.techEnterpriseAboveScale", "applicant.type", "newTechTalent", "newTechTalent[].annualAfterTaxPay", "newTechTalent[].annualPay"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    requireTrue(profile.applicant?.techEnterpriseAboveScale, "applicant.techEnterpriseAboveScale", out, "not_above_scale", "The reward is for technology-based AI enterprises above designated size (科技型规上企业).");
    const list = profile.newTechTalent;
    if (list === undefined) {
      out.missing("newTechTalent");
      return;
    }
    let counted = 0;
    const hire = (i: number) => out.part({ id: `hire[${i}]`, label: `New high-end hire ${i + 1}`, kind: "reward", period: { type: "years", years: YEARS, fromYear: null, toYear: null } });
    list.forEach((x, i) => {
      if (x.annualPay === undefined) {
        // An unknown pay has no cap to stand in for it: the sum of the others would understate the bound.
        hire(i).missing(`newTechTalent[${i}].annualPay`).unbounded();
        counted++;
        return;
      }
      const rate = talentRate(x.annualPay);
      out.trace(`hire ${i + 1}: pay band`, { annualPay: x.annualPay, rate: rate ?? "below 300000" });
      if (rate === null) return;
      counted++;
      const person = hire(i);
      if (x.annualAfterTaxPay === undefined) {
        person.missing(`newTechTalent[${i}].annualAfterTaxPay`).unbounded();
      } else {
        const award = x.annualAfterTaxPay.times(rate).times(params.years.value);
        person.trace(`hire ${i + 1}: after-tax pay × rate × years`, { afterTax: x.annualAfterTaxPay, rate, years: params.years.value, award });
        person.cash(award);
      }
    });
    if (counted === 0) out.fail("no_high_end_hire", "No new hire paid at least 300,000 CNY a year was given.");
    else out.assume("The pay stays the same each year of the 3.");
  },
};
