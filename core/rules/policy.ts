/**
 * Facts about the policy as a whole: its name, validity, who interprets it.
 *
 * > 本措施适用于自2025年3月1日起入驻南A中心的人工智能企业和机构单位，有效期至2027年12月31日。
 * > 本措施的具体应用问题由南宁市发展和改革委员会、南宁市数据局会同相关单位负责解释。
 */
import type { PolicyInfo } from "./types.ts";

/** The first day the measures apply (settlement on or after this date). */
export const VALID_FROM = "2025-03-01";
/** The last day the measures are in force (inclusive: 有效期至). */
export const VALID_UNTIL = "2027-12-31";

/** Policy facts echoed in every evaluation. */
export const POLICY: PolicyInfo = {
  name: {
    zh: "支持中国—东盟人工智能创新合作中心高质量发展的若干措施（第一批）",
    en: "Measures supporting the high-quality development of the China–ASEAN AI Innovation Cooperation Center (first batch)",
  },
  validFrom: VALID_FROM,
  validUntil: VALID_UNTIL,
  interpretedBy: [
    { zh: "南宁市发展和改革委员会", en: "Nanning Development and Reform Commission" },
    { zh: "南宁市数据局", en: "Nanning Data Bureau" },
  ],
  disclaimer: {
    zh: "以上金额均为依据政策原文的估算，不构成任何决定或承诺；最终以南宁市发展和改革委员会、南宁市数据局会同相关单位的认定为准。",
    en: "All amounts are estimates based on the policy text, not a decision or a promise; the Nanning Development and Reform Commission and the Nanning Data Bureau, with the units concerned, decide.",
  },
};

/** The scope paragraph, quoted. */
export const SCOPE_TEXT =
  "本措施适用于自2025年3月1日起入驻南A中心的人工智能企业和机构单位，有效期至2027年12月31日。本措施为支持南A中心高质量发展的第一批政策措施，与自治区、南宁市现行政策以及今后滚动出台的新政策存在交叉、重复的，按“从优不重复”原则执行，另有规定的除外。本措施的具体应用问题由南宁市发展和改革委员会、南宁市数据局会同相关单位负责解释。";

/** The label of the scope paragraph when a reason cites it. */
export const SCOPE_CLAUSE = "适用范围";
