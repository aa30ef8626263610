/**
 * Language from the writing system alone: Han, Thai, Lao, Khmer and Myanmar scripts each
 * belong to one of our languages, and Vietnamese is the only one of our Latin-script
 * languages with its own letters (ă đ ơ ư and the stacked tone marks). Only plain Latin
 * text is left for the statistical model.
 */
import type { Lang } from "../langs.ts";

/** What the script says about a text. */
export interface ScriptResult {
  /** The language the script decides, or null when it does not (plain Latin, other scripts, no letters). */
  readonly lang: Lang | null;
  /**
   * "script" for a decisive non-Latin script, "diacritics" for Vietnamese letters,
   * "latin" when the text is Latin without Vietnamese letters (the model must decide),
   * "other" for scripts none of our languages use (Cyrillic, kana, Hangul…),
   * "none" when there are no letters at all.
   */
  readonly reason: "script" | "diacritics" | "latin" | "other" | "none";
  /** 0..1: how much of the text's letters back the verdict. */
  readonly confidence: number;
}

/** The scripts of our languages that decide the language on their own. */
const DECISIVE: readonly { lang: Lang; re: RegExp }[] = [
  { lang: "zh", re: /\p{Script=Han}/u },
  { lang: "th", re: /\p{Script=Thai}/u },
  { lang: "lo", re: /\p{Script=Lao}/u },
  { lang: "km", re: /\p{Script=Khmer}/u },
  { lang: "my", re: /\p{Script=Myanmar}/u },
];

// One Han character carries about a syllable, as much as three Latin letters, so Han counts
// triple when weighed against Latin.
const HAN_WEIGHT = 3;
// A reader who types any of their own script is writing in that language even when it is
// sprinkled with Latin terms ("AI", "startup", "CTO"); a quarter of the letters is enough.
const NATIVE_SHARE = 0.25;
// Vietnamese puts a diacritic on most syllables; an English sentence with a Vietnamese name
// ("Nguyễn Văn An") has a few. A quarter of the words tells them apart.
const VI_WORD_SHARE = 0.25;
// Without a Vietnamese-only letter ("Có phải là không?"), half the words accented, and at
// least three of them, is still Vietnamese: French or English text is never that dense.
const VI_WEAK_WORD_SHARE = 0.5;
const VI_WEAK_MIN_WORDS = 3;

/** Letters only Vietnamese uses among our languages: ă đ ơ ư ĩ ũ and the stacked tone letters U+1EA0–U+1EF9. */
const VI_STRONG = /[ăắằẳẵặđơớờởỡợưứừửữựĩũ\u1EA0-\u1EF9]/u;
/** Letters Vietnamese shares with French, Portuguese…: they back a verdict but never make one. */
const VI_WEAK = /[âêôàáèéìíòóùúýãõ]/u;

/**
 * Decides the language from the script when the script is decisive.
 *
 * @example detectScript("怎么申请办公场地").lang   // "zh"
 * @example detectScript("Làm thế nào để đăng ký?").reason // "diacritics"
 * @example detectScript("How do I apply?").reason // "latin"
 */
export function detectScript(text: string): ScriptResult {
  const s = text.normalize("NFC");
  const counts = new Map<Lang, number>();
  let latin = 0;
  let kana = 0;
  let other = 0;
  for (const ch of s) {
    if (!/[\p{L}\p{M}\p{N}]/u.test(ch) || /\p{Script=Common}|\p{Script=Inherited}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    if (/\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch)) {
      kana++;
      continue;
    }
    const hit = DECISIVE.find((d) => d.re.test(ch));
    if (hit) counts.set(hit.lang, (counts.get(hit.lang) ?? 0) + 1);
    else other++;
  }

  // Han next to kana is Japanese, which we do not speak.
  other += kana;
  if (kana > 0 && counts.has("zh")) {
    other += counts.get("zh") ?? 0;
    counts.delete("zh");
  }
  let best: Lang | null = null;
  let bestWeight = 0;
  let nativeWeight = 0;
  for (const [lang, n] of counts) {
    const w = lang === "zh" ? n * HAN_WEIGHT : n;
    nativeWeight += w;
    if (w > bestWeight) [best, bestWeight] = [lang, w];
  }

  const total = nativeWeight + latin + other;
  if (total === 0) return { lang: null, reason: "none", confidence: 0 };
  if (best && bestWeight / total >= NATIVE_SHARE) {
    const rawCount = counts.get(best) ?? 0;
    // A lone character is weaker evidence than a phrase, even in a decisive script.
    const lengthFactor = Math.min(1, 0.7 + 0.1 * rawCount);
    return { lang: best, reason: "script", confidence: round((0.5 + 0.5 * (bestWeight / total)) * lengthFactor) };
  }
  if (latin === 0 || latin < other) return { lang: null, reason: "other", confidence: 0 };

  const vi = vietnameseShare(s);
  if ((vi.strong > 0 && vi.share >= VI_WORD_SHARE) || (vi.marked >= VI_WEAK_MIN_WORDS && vi.share >= VI_WEAK_WORD_SHARE)) {
    return { lang: "vi", reason: "diacritics", confidence: round(Math.min(1, 0.5 + vi.share)) };
  }
  return { lang: null, reason: "latin", confidence: 0 };
}

/** Share of Latin words carrying Vietnamese diacritics; how many do, and how many with Vietnamese-only letters. */
function vietnameseShare(s: string): { share: number; strong: number; marked: number } {
  const words = s.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
  if (words.length === 0) return { share: 0, strong: 0, marked: 0 };
  let marked = 0;
  let strong = 0;
  for (const w of words) {
    if (VI_STRONG.test(w)) {
      strong++;
      marked++;
    } else if (VI_WEAK.test(w)) {
      marked++;
    }
  }
  return { share: marked / words.length, strong, marked };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
