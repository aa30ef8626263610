/**
 * The sticky language rule: which language to answer a message in, given what we already
 * know about the user.
 *
 * A user who picked a language keeps it; one we guessed for is switched only by a message
 * long enough, and clear enough, to be sure of: replies like "ok", "ya", "2" or a product
 * name say nothing about the reader's language, and bouncing between languages is worse
 * than staying in a slightly wrong one until the user types a real sentence or uses /lang.
 */
import type { Lang } from "../langs.ts";
import { detectLanguage } from "./detect.ts";
import { mapLocaleHint } from "./locale.ts";

/** What the chooser knows about the user and the message. */
export interface LanguageChoiceInput {
  /** The language the conversation is in now, if any. */
  readonly current?: Lang;
  /** True when the user chose `current` (via /lang or the first-turn menu) rather than us guessing it. */
  readonly chosenExplicitly?: boolean;
  /** The platform's language hint (Telegram `language_code` such as "vi", "zh-hans", "en-US", "in"). */
  readonly platformHint?: string;
  /** The user's message. */
  readonly text: string;
}

/** The chooser's answer. */
export interface LanguageChoice {
  /** The language to answer in. */
  readonly lang: Lang;
  /** True when `lang` differs from the input's `current` (always true when there was none). */
  readonly changed: boolean;
}

/** A message shorter than this many characters (grapheme clusters) never switches language. */
export const MIN_SWITCH_LENGTH = 20;
/** The detector confidence needed to switch away from an inferred language. */
export const SWITCH_CONFIDENCE = 0.75;
/** The language used when nothing at all is known: the lingua franca of ASEAN business. */
export const FALLBACK_LANG: Lang = "en";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Length in user-perceived characters, whitespace runs counted once. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text.trim().replace(/\s+/gu, " "))) n++;
  return n;
}

/**
 * Chooses the language to answer in.
 *
 * 1. A language the user chose explicitly always wins.
 * 2. Otherwise the current language, else the platform hint, is the default.
 * 3. A message of at least {@link MIN_SWITCH_LENGTH} characters that the detector is
 *    confident about (≥ {@link SWITCH_CONFIDENCE}) replaces that default, unless the
 *    detector itself names the default as a close call (Malay vs Indonesian).
 * 4. With no current language and no usable hint, any detection is taken, even of a short
 *    message ("你好" is Chinese whatever its length); failing that, {@link FALLBACK_LANG}.
 *
 * @example chooseLanguage({ current: "en", text: "Apakah ada subsidi bunga untuk pinjaman bank?" }) // { lang: "id", changed: true }
 * @example chooseLanguage({ current: "ms", chosenExplicitly: true, text: "How do I apply?" })       // { lang: "ms", changed: false }
 */
export function chooseLanguage(input: LanguageChoiceInput): LanguageChoice {
  const { current, chosenExplicitly } = input;
  const text = typeof input.text === "string" ? input.text : "";
  const result = (lang: Lang): LanguageChoice => ({ lang, changed: lang !== current });

  if (current && chosenExplicitly) return result(current);
  const base = current ?? mapLocaleHint(input.platformHint);
  if (!base) return result(detectLanguage(text).lang ?? FALLBACK_LANG);
  // A short message cannot switch: most answers ("2", "500万", "yes") are not worth detecting.
  // (A string has at least as many UTF-16 units as characters, so the first test is a cheap bound.)
  if (text.length < MIN_SWITCH_LENGTH || visibleLength(text) < MIN_SWITCH_LENGTH) return result(base);
  const detection = detectLanguage(text);
  const sure = detection.lang !== null && detection.lang !== base && detection.close !== base && detection.confidence >= SWITCH_CONFIDENCE;
  return result(sure && detection.lang ? detection.lang : base);
}
