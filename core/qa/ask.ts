/**
 * Free questions about the measures: ranks the measures for a question, and
 * spots general questions (scope, validity, stacking, who interprets).
 * A first, keyword-based ranking; see core/qa/index for the search index.
 */
import { LANGS, type Lang } from "../i18n/langs.ts";
import { MEASURE_TEXTS } from "../i18n/measures/index.ts";
import { MEASURE_IDS, type MeasureId } from "../rules/types.ts";

/** General topics that get their own answers. */
export type GeneralTopic = "scope" | "validity" | "stacking" | "interpret";

/** The ranking for one question. */
export interface AskResult {
  /** Measures, best first (at most five). */
  measures: MeasureId[];
  /** General topics the question is about. */
  general: GeneralTopic[];
}

const GENERAL: Record<GeneralTopic, RegExp> = {
  scope: /适用范围|适用于|谁可以|哪些企业|who can apply|who is eligible|who qualifies|scope|ai dụng cho ai|siapa yang|sino ang/i,
  validity: /有效期|什么时候截止|到什么时候|valid|expire|deadline|until when|hiệu lực|berlaku|sah sehingga|bisa hanggang|ใช้ได้ถึง|หมดอายุ/i,
  stacking: /从优不重复|重复享受|叠加|同时享受|stack|both|double[- ]dip|combine|cộng dồn|digabung|serentak|sabay/i,
  interpret: /解释|谁负责|哪个部门|who decides|who interprets|which (department|authority|agency)|cơ quan nào|siapa yang memutuskan|instansi|jabatan mana|sinong nagpapasya/i,
};

function keywordScore(question: string, keywords: string[]): number {
  let score = 0;
  for (const k of keywords) {
    const kw = k.toLowerCase();
    if (kw.length >= 2 && question.includes(kw)) score += Math.min(kw.length, 12);
  }
  return score;
}

/** Ranks measures for `question` (in `lang`, or any language when unknown). */
export function ask(question: string, lang?: Lang): AskResult {
  const q = question.normalize("NFC").toLowerCase();
  const langs: Lang[] = lang ? [...new Set<Lang>([lang, "en", "zh"])] : [...LANGS];
  const scores = MEASURE_IDS.map((id) => {
    let s = 0;
    for (const l of langs) {
      const text = MEASURE_TEXTS[l]?.[id];
      if (!text) continue;
      s += keywordScore(q, [...text.keywords, text.title]);
    }
    return { id, s };
  });
  const measures = scores.filter((x) => x.s > 0).sort((a, b) => b.s - a.s).slice(0, 5).map((x) => x.id);
  const general = (Object.keys(GENERAL) as GeneralTopic[]).filter((g) => GENERAL[g].test(question));
  return { measures, general };
}
