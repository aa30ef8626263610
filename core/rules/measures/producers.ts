/** Applicant types that clauses （六）（七）（九）（十） name as "企业、高校、科研机构等". */
import type { ApplicantType } from "../scope.ts";

/** Enterprises, universities and research institutes; teams count as the enterprises they form ("等"). */
export const DATA_PRODUCERS: readonly ApplicantType[] = ["enterprise", "team", "university", "research_institute"];
