/**
 * Language detection and the sticky language choice.
 *
 * Commonly used: {@link chooseLanguage} (which language to answer a message in),
 * {@link mapLocaleHint} (platform locale → our language).
 * Lower level: {@link detectLanguage} (one verdict per message), {@link detectScript},
 * {@link chooseLatin}, {@link scoreMarkers}.
 *
 * Importing this module compiles the CLD3 wasm once (top-level await, ~70 ms).
 */
export { chooseLanguage, visibleLength, FALLBACK_LANG, MIN_SWITCH_LENGTH, SWITCH_CONFIDENCE } from "./choose.ts";
export type { LanguageChoice, LanguageChoiceInput } from "./choose.ts";
export { mapLocaleHint } from "./locale.ts";
export { detectLanguage } from "./detect.ts";
export type { Detection, DetectionReason } from "./detect.ts";
export { detectScript } from "./script.ts";
export type { ScriptResult } from "./script.ts";
export { chooseLatin } from "./latin.ts";
export type { LatinResult } from "./latin.ts";
export { scoreMarkers, latinWords } from "./words.ts";
export type { LatinLang, MarkerScores } from "./words.ts";
export { modelGuess } from "./model.ts";
export type { ModelGuess } from "./model.ts";
