/**
 * Rates and plain decimals as users type them: `3.5%`, `3,5 %`, `百分之三`,
 * `ร้อยละ 3.5`, `0.035`; `99.5`, `1,000`.
 */
import type { Lang } from "./langs.ts";
import { D, type Dec } from "../rules/money.ts";
import { FILLER_WORDS, PERCENT_AFTER_WORDS, PERCENT_BEFORE_WORDS } from "./quantity-words.ts";
import { quantityLexicon, readQuantity, type AmbiguityHint } from "./quantity.ts";
import { lexicon, matchWordAt, prepare } from "./text.ts";

/** Why an answer is not a rate. */
export type PercentError = "empty" | "not_a_number" | "negative" | "ambiguous" | "out_of_range";

/** A rate as a fraction of 1 (3.5% is 0.035), or why the answer is not one. */
export type PercentResult =
  | { readonly ok: true; readonly value: Dec }
  | { readonly ok: false; readonly error: PercentError; readonly hint?: AmbiguityHint };

/** Why an answer is not a decimal number. */
export type DecimalError = "empty" | "not_a_number" | "negative" | "ambiguous";

/** A non-negative decimal number, or why the answer is not one. */
export type DecimalResult =
  | { readonly ok: true; readonly value: Dec }
  | { readonly ok: false; readonly error: DecimalError; readonly hint?: AmbiguityHint };

const PERCENT_MARKS = [...PERCENT_AFTER_WORDS, ...PERCENT_BEFORE_WORDS];
const PERCENT_LEXICON = lexicon(PERCENT_MARKS.map((w) => [w, true] as const));
const PERCENT_WORDS = quantityLexicon([...FILLER_WORDS, ...PERCENT_MARKS].map((w) => [w, "ignore"] as const));
const DECIMAL_WORDS = quantityLexicon(FILLER_WORDS.map((w) => [w, "ignore"] as const));
const ONE = new D(1);

function hasPercentMark(text: string): boolean {
  const s = prepare(text);
  for (let i = 0; i < s.length; i++) if (matchWordAt(s, i, PERCENT_LEXICON)) return true;
  return false;
}

/**
 * Reads a rate and returns it as a fraction of 1, the way the profile stores
 * rates. Pure; never throws. With a percent sign or word in any of the ten
 * languages the number is a percentage (`3.5%`, `3,5 phần trăm`, `百分之三`,
 * `ร้อยละ 3.5`); a bare number of 1 or more is a percentage too (`3.5`), and a
 * bare number below 1 is already a fraction (`0.035`). Separators follow
 * {@link parseMoney}. Above 100%, `out_of_range`.
 *
 * @example parsePercent("3,5%", "vi") // { ok: true, value: 0.035 }
 */
export function parsePercent(text: string, lang?: Lang): PercentResult {
  try {
    const read = readQuantity(text, PERCENT_WORDS, lang);
    if (!read.ok) return read;
    const rate = hasPercentMark(text) || read.value.greaterThanOrEqualTo(ONE) ? read.value.dividedBy(100) : read.value;
    if (rate.greaterThan(ONE)) return { ok: false, error: "out_of_range" };
    return { ok: true, value: rate };
  } catch {
    // Every path above returns; this guards the engine against an input we did not foresee.
    return { ok: false, error: "not_a_number" };
  }
}

/**
 * Reads a non-negative decimal number (`99.5`, `1,000`, `3,5` in Vietnamese,
 * `๙๙.๕`), with the separators of {@link parseMoney} and "about"-words; no
 * units. Pure; never throws.
 *
 * @example parseDecimal("99,5", "id") // { ok: true, value: 99.5 }
 */
export function parseDecimal(text: string, lang?: Lang): DecimalResult {
  try {
    return readQuantity(text, DECIMAL_WORDS, lang);
  } catch {
    // Every path above returns; this guards the engine against an input we did not foresee.
    return { ok: false, error: "not_a_number" };
  }
}
