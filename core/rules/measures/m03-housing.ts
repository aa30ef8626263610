/** （三） Talent apartments and graduate stays. */
import type { MeasureDefinition } from "../definition.ts";
import { addYears } from "../dates.ts";
import { D, min, scaled } from "../money.ts";
import { param } from "../parameter.ts";
import { type ApplicantType, requireAiBusiness, requireApplicantType, requireSettlement, requireTrue } from "../scope.ts";
import { noteAseanMultiplier } from "./asean-multiplier.ts";

const TEXT =
  "（三）提供住房公寓支持。对入驻的企业、团队，给予其高管和核心技术人员最长2年、最高20人的人才公寓免租名额；非南宁市区户籍高校毕业生（毕业离校2年内）到南A中心的人工智能企业求职的，可申请最长15天的人才驿站免费住宿。人才购房按现行政策给予支持。";

const params = {
  apartmentPlacesCap: param(20, "people", "（三）", "最高20人的人才公寓免租名额"),
  apartmentYears: param(2, "years", "（三）", "最长2年"),
  graduateWindowYears: param(2, "years", "（三）", "毕业离校2年内"),
  stationNights: param(15, "days", "（三）", "最长15天的人才驿站免费住宿"),
};

/** The applicant types the clause names. */
const APARTMENT_APPLICANTS: readonly ApplicantType[] = ["enterprise", "team"];

/** The applicant types the clause names. */
const GRADUATE_APPLICANTS: readonly ApplicantType[] = ["individual"];

/**
 * （三）: apartments for min(executives and core staff, 20) people for up to 2
 * years (settled enterprises and teams); up to 15 days of free stay for graduates
 * without Nanning urban hukou, within 2 years of graduation, seeking a job at
 * a center AI company (no settlement needed: the clause names its subject).
 */
export const m03: MeasureDefinition = {
  id: "m03",
  clause: "（三）",
  title: { zh: "住房公寓支持", en: "Talent apartments and graduate stays" },
  text: TEXT,
  interests: ["housing_talent"],
  cash: false,
  settlementBound: false,
  reads: ["applicant.aiBusiness", "applicant.aseanOrigin", "applicant.settlement.date", "applicant.settlement.status", "applicant.type", "graduate.graduationDate", "graduate.hasNanningUrbanHukou", "graduate.seekingJobAtCenterAiCompany", "housing.executivesAndCoreStaff"],
  params,
  rule(profile, ctx, out) {
    const apartments = out.part({ id: "apartments", label: "Rent-free talent apartment places", kind: null, period: null });
    requireApplicantType(profile, APARTMENT_APPLICANTS, apartments);
    if (!apartments.failed) {
      requireAiBusiness(profile, apartments);
      requireSettlement(profile, ctx.asOf, apartments);
      const staff = profile.housing?.executivesAndCoreStaff;
      if (staff === undefined) apartments.missing("housing.executivesAndCoreStaff");
      else if (staff === 0) apartments.fail("no_core_staff", "Apartments are for executives and core technical staff; none were given.");
      else {
        const m = ctx.aseanMultiplier;
        const cap = scaled(params.apartmentPlacesCap.value, m);
        const places = min(new D(staff), cap);
        apartments.trace("apartment places = min(executives and core staff, cap)", { staff, cap, places });
        apartments.benefit("talent_apartment", places, "places", `Rent-free talent apartment places, for up to ${params.apartmentYears.value} years.`);
      }
      noteAseanMultiplier(profile, ctx, apartments);
    }

    const graduate = out.part({ id: "graduate_stay", label: "Free talent-station stay for a job-seeking graduate", kind: null, period: null });
    requireApplicantType(profile, GRADUATE_APPLICANTS, graduate);
    if (!graduate.failed) {
      const g = profile.graduate;
      if (g?.hasNanningUrbanHukou === undefined) graduate.missing("graduate.hasNanningUrbanHukou");
      else if (g.hasNanningUrbanHukou) graduate.fail("has_nanning_hukou", "Free stays are for graduates without Nanning urban household registration.");
      if (g?.graduationDate === undefined) graduate.missing("graduate.graduationDate");
      else {
        const windowEnd = addYears(g.graduationDate, params.graduateWindowYears.value.toNumber());
        graduate.trace("graduation window (2 years, inclusive)", { graduationDate: g.graduationDate, windowEnd, asOf: ctx.asOf });
        if (g.graduationDate > ctx.asOf) graduate.fail("not_yet_graduated", "The stay is for graduates who have left school; the graduation date is later than the evaluation date.");
        else if (windowEnd < ctx.asOf) graduate.fail("graduated_too_long_ago", `More than 2 years since graduation (window ended ${windowEnd}).`, { windowEnd });
      }
      requireTrue(g?.seekingJobAtCenterAiCompany, "graduate.seekingJobAtCenterAiCompany", graduate, "not_job_seeking", "The stay is for graduates seeking a job at an AI company of the center.");
      graduate.benefit("talent_station_stay", params.stationNights.value, "days", "Free stay at the talent station while job-seeking.");
    }
    out.assume("Talent home purchases follow the policies in force (人才购房按现行政策): not estimated here.");
  },
};
