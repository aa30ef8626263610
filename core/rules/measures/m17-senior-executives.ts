/** （十七） Senior executives' pay rewards. */
import type { MeasureDefinition } from "../definition.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType, requireTrue } from "../scope.ts";

const TEXT =
  "（十七）支持引进产业高级经营管理人才。对入驻南A中心的人工智能重点企业新引进担任高管职务的生产经营管理人才，且由该企业支付薪酬的，给予其税后薪酬10%的奖励，奖励年限最长3年。";

const params = {
  rate: param("0.10", "rate", "（十七）", "给予其税后薪酬10%的奖励"),
  years: param(3, "years", "（十七）", "奖励年限最长3年"),
};

/** The reward years as a number, once. */
const YEARS = params.years.value.toNumber();

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise"];

/** （十七）: 10% of each new executive's after-tax pay a year, for up to 3 years, at key AI enterprises that pay them. */
export const m17: MeasureDefinition = {
  id: "m17",
  clause: "（十七）",
  title: { zh: "产业高级经营管理人才", en: "Senior executives' pay rewards" },
  text: TEXT,
  interests: ["housing_talent"],
  cash: true,
  settlementBound: true,
  reads: ["applicant.keyAiEnterprise", "applicant.type", "newExecutives", "newExecutives[].annualAfterTaxPay", "newExecutives[].paidByEnterprise"],
  params,
  rule(profile, _ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    requireTrue(profile.applicant?.keyAiEnterprise, "applicant.keyAiEnterprise", out, "not_key_ai_enterprise", "The reward is for executives of recognised key AI enterprises (人工智能重点企业).");
    const list = profile.newExecutives;
    if (list === undefined) {
      out.missing("newExecutives");
      return;
    }
    let counted = 0;
    list.forEach((x, i) => {
      if (x.paidByEnterprise === false) return;
      counted++;
      const person = out.part({ id: `executive[${i}]`, label: `New executive ${i + 1}`, kind: "reward", period: { type: "years", years: YEARS, fromYear: null, toYear: null } });
      if (x.paidByEnterprise === undefined) person.missing(`newExecutives[${i}].paidByEnterprise`);
      if (x.annualAfterTaxPay === undefined) {
        person.missing(`newExecutives[${i}].annualAfterTaxPay`);
        // An unknown pay has no cap to stand in for it: the sum of the others would understate the bound.
        person.unbounded();
      } else {
        const award = x.annualAfterTaxPay.times(params.rate.value).times(params.years.value);
        person.trace(`executive ${i + 1}: after-tax pay × rate × years`, { pay: x.annualAfterTaxPay, rate: params.rate.value, years: params.years.value, award });
        person.cash(award);
      }
    });
    if (counted === 0) out.fail("no_new_executive", "No newly recruited executive paid by the enterprise was given.");
    else out.assume("The pay stays the same each year of the 3.");
  },
};
