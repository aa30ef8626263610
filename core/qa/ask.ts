/**
 * Free questions about the measures: `ask(question)` ranks the measures with
 * a multilingual search index (MiniSearch over each measure's title,
 * keywords and summary in all ten languages, words split with
 * `Intl.Segmenter`), and spots general questions (scope, validity,
 * stacking, who interprets). A measure named by its number ("clause 4",
 * "（四）", "ข้อ 9") is that measure; greetings, thanks and bare numbers
 * match none.
 */
import MiniSearch from "minisearch";
import { detectLanguage } from "../i18n/detect/index.ts";
import { LANGS, type Lang } from "../i18n/langs.ts";
import { MEASURE_TEXTS } from "../i18n/measures/index.ts";
import { measureText } from "../i18n/measures/render.ts";
import { MEASURE_IDS, type MeasureId } from "../rules/types.ts";
import { aseanPlaces } from "../text/asean-places.ts";
import { clauseMentioned } from "../text/clause-mention.ts";
import { smallTalk } from "../text/small-talk.ts";
import { generalTopics, type GeneralTopic } from "./general.ts";
import { indexTokens, tokenize } from "./tokenize.ts";

export type { GeneralTopic } from "./general.ts";

/** The ranking for one question. */
export interface AskResult {
  /** Measures, best first (at most five). */
  measures: MeasureId[];
  /** General topics the question is about. */
  general: GeneralTopic[];
}

interface Doc {
  id: string;
  measure: MeasureId;
  lang: Lang;
  title: string;
  keywords: string;
  summary: string;
}

let index: MiniSearch<Doc> | null = null;

/** "In an ASEAN country (region)" as each language's texts of （十三）（十四） write it. */
const ASEAN_WORD: Record<Lang, string> = {
  zh: "东盟地区", en: "ASEAN country", vi: "nước ASEAN", th: "ภูมิภาคอาเซียน", id: "negara ASEAN", ms: "negara ASEAN", fil: "bansang ASEAN",
  km: "តំបន់អាស៊ាន", lo: "ພາກພື້ນອາຊຽນ", my: "အာဆီယံဒေသ",
};

/** Builds the index once, on first use (about 220 small documents). */
function searchIndex(): MiniSearch<Doc> {
  if (index) return index;
  const docs: Doc[] = [];
  for (const lang of LANGS) {
    for (const measure of MEASURE_IDS) {
      const raw = MEASURE_TEXTS[lang][measure];
      docs.push({ id: `${lang}:${measure}`, measure, lang, title: raw.title, keywords: raw.keywords.join(" | "), summary: measureText(measure, lang).summary });
    }
  }
  index = new MiniSearch<Doc>({
    fields: ["title", "keywords", "summary"],
    storeFields: ["measure", "lang"],
    // Texts are indexed with their words also written without accents; questions are split as typed.
    tokenize: indexTokens,
    processTerm: (t) => (t.length === 0 ? null : t),
    searchOptions: { tokenize },
  });
  index.addAll(docs);
  return index;
}

/** Ranks measures for `question`, written in `lang` (detected when not given). */
export function ask(question: string, lang?: Lang): AskResult {
  const general = generalTopics(question);
  // "clause 4", "（四）", "khoản 12", "ข้อ 9", "m04": the user named the measure; search would only add noise.
  const named = clauseMentioned(question);
  if (named.length) return { measures: named.slice(0, 5), general };
  // "hi", "salamat po", "500": nothing to look up.
  if (smallTalk(question)) return { measures: [], general: [] };
  const tokens = tokenize(question);
  if (tokens.length === 0) return { measures: [], general };
  const language = lang ?? detectLanguage(question).lang ?? undefined;
  // "a summit in Jakarta", "live in Bangkok": an ASEAN place is "in an ASEAN country" (（十三）（十四）) without the word.
  const query = aseanPlaces(question).length ? `${question} ${ASEAN_WORD[language ?? "en"]}` : question;
  const hits = searchIndex().search(query, {
    boost: { keywords: 3, title: 2, summary: 1 },
    prefix: (term) => term.length >= 4 && /^[a-z]/.test(term),
    fuzzy: (term) => (term.length >= 6 && /^[a-z]/.test(term) ? 0.2 : false),
    combineWith: "OR",
  });
  const best = new Map<MeasureId, number>();
  for (const h of hits) {
    const measure = h.measure as MeasureId;
    // A match in the user's own language counts a little more than one in another language's text.
    const score = h.score * (h.lang === language ? 1.2 : 1);
    // The best of a measure's ten texts, not their sum: a loanword in every language's keywords ("GPU", "cluster")
    // would otherwise count ten times and bury the measure that matches the question's own words.
    best.set(measure, Math.max(best.get(measure) ?? 0, score));
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  // Keep the measures that score a fair share of the best one, so a single stray word does not list everything.
  const measures = ranked.filter(([, s]) => s >= top * 0.25).slice(0, 5).map(([m]) => m);
  return { measures, general };
}
