/**
 * Is a text in the language the user reads? Thai, Lao, Khmer, Burmese and
 * Chinese are decided by their script; Vietnamese by its letters; for
 * English, Indonesian, Malay and Filipino the script only rules out the
 * others, and the detector is asked whether it is confident of another of
 * our languages.
 */
import { detectLanguage, detectScript } from "../i18n/detect/index.ts";
import type { Lang } from "../i18n/langs.ts";
import type { Violation } from "./violation.ts";

/** Languages whose script is theirs alone among ours. */
const OWN_SCRIPT: ReadonlySet<Lang> = new Set(["zh", "th", "lo", "km", "my"]);

/**
 * Above this the detector's verdict for another language counts. Short or
 * mixed texts get lower confidence, and a false alarm costs a good answer,
 * so only a clear verdict rejects.
 */
export const OTHER_LANGUAGE_CONFIDENCE = 0.85;

/**
 * Languages a text may read as without being wrong: Indonesian and Malay are
 * close kin, and the detector mixes them up on short texts. (English is not
 * tolerated for Filipino: Taglish with English terms still reads as Filipino,
 * and a wholly English answer is not what the user chose.)
 */
const TOLERATED: Partial<Record<Lang, readonly Lang[]>> = {
  id: ["ms"],
  ms: ["id"],
};

// Chinese names in brackets ("Nanning Data Bureau (南宁市数据局)") are part of
// the disclaimer in every language; they must not tip a short text to Chinese.
const BRACKETED_HAN = /[（(][^（()）]*\p{Script=Han}[^（()）]*[）)]/gu;

/** The language violations of `text` for `lang`: none, or one saying what it looks like instead. */
export function checkLanguage(text: string, lang: Lang): Violation[] {
  const s = lang === "zh" ? text : text.replace(BRACKETED_HAN, " ");
  const script = detectScript(s);
  const wrong = (found: string): Violation[] => [{ code: "language", detail: `expected ${lang}, found ${found}` }];

  if (OWN_SCRIPT.has(lang)) return script.lang === lang ? [] : wrong(script.lang ?? `${script.reason} script`);
  if (script.lang !== null && script.lang !== lang) return wrong(script.lang);
  if (script.reason === "other" || script.reason === "none") return wrong(`${script.reason} script`);

  const detected = detectLanguage(s);
  if (lang === "vi") {
    // Vietnamese is written with its diacritics; a text without them is another language or unreadable.
    return script.lang === "vi" || detected.lang === "vi" ? [] : wrong(detected.lang ?? "Latin text without Vietnamese letters");
  }
  if (detected.lang === null || detected.lang === lang || detected.close === lang) return [];
  if (TOLERATED[lang]?.includes(detected.lang)) return [];
  return detected.confidence >= OTHER_LANGUAGE_CONFIDENCE ? wrong(`${detected.lang} (${detected.confidence})`) : [];
}
