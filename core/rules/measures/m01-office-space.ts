/** （一） Rent-free office space. */
import type { MeasureDefinition } from "../definition.ts";
import { min, scaled } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireApplicantType } from "../scope.ts";
import { noteAseanMultiplier } from "./asean-multiplier.ts";

const TEXT =
  "（一）提供场地支持。对入驻南A中心展示中心、中国—东盟地理信息与卫星应用产业园和中国—东盟新型智慧城市协同创新中心的企业及团队，提供零租金“拎包入住”办公场地，单个主体的支持期限不少于2年、人均最高15平方米、累计最高500平方米。对人工智能制造业企业租赁标准厂房开展生产活动的，另行给予专项支持。";

const params = {
  areaPerPerson: param(15, "m2_per_person", "（一）", "人均最高15平方米"),
  areaCap: param(500, "m2", "（一）", "累计最高500平方米"),
  minTermYears: param(2, "years", "（一）", "单个主体的支持期限不少于2年"),
};

const NAMED_SITES = ["showcase_center", "geo_satellite_park", "smart_city_center"];

/** The applicant types the clause names. */
const APPLICANTS: readonly ApplicantType[] = ["enterprise", "team"];

/** （一）: min(15 m² × headcount, 500 m²) rent-free for at least 2 years, at one of three named sites. */
export const m01: MeasureDefinition = {
  id: "m01",
  clause: "（一）",
  title: { zh: "提供场地支持", en: "Rent-free office space" },
  text: TEXT,
  interests: ["space"],
  cash: false,
  settlementBound: true,
  reads: ["applicant.aiManufacturing", "applicant.aseanOrigin", "applicant.headcount", "applicant.settlement.site", "applicant.type"],
  params,
  rule(profile, ctx, out) {
    requireApplicantType(profile, APPLICANTS, out);
    const site = profile.applicant?.settlement?.site;
    if (site === undefined) out.missing("applicant.settlement.site");
    else if (!NAMED_SITES.includes(site)) {
      out.fail("site_not_named", "The office space is at the showcase center, the geo-information and satellite park, or the smart city center; the site given is another.");
    }
    const headcount = profile.applicant?.headcount;
    if (headcount === undefined) {
      out.missing("applicant.headcount");
    } else if (headcount === 0) {
      out.fail("no_staff", "The space is counted per person, and the headcount is 0.");
    } else {
      const m = ctx.aseanMultiplier;
      const perPerson = scaled(params.areaPerPerson.value, m);
      const cap = scaled(params.areaCap.value, m);
      const area = min(perPerson.times(headcount), cap);
      out.trace("area = min(m² per person × headcount, cap)", { perPerson, headcount, cap, area });
      out.benefit("office_space", area, "m²", `Rent-free move-in-ready office space, for at least ${params.minTermYears.value} years.`);
      out.benefit("office_term", params.minTermYears.value, "years (at least)", "Support period of the rent-free space.");
    }
    if (profile.applicant?.aiManufacturing) {
      out.benefit("factory_space", null, "special support", "AI manufacturing in rented standard factory space gets separate special support.");
    }
    noteAseanMultiplier(profile, ctx, out);
  },
};
