/**
 * Whole numbers for counts (staff, trainees, PFlops): `12`, `十二`, `１２`,
 * `๑๒`, `about 20`, `20人`, `20 people`, `2万`.
 */
import type { Lang } from "./langs.ts";
import { COUNT_UNITS, FILLER_WORDS } from "./quantity-words.ts";
import { quantityLexicon, readQuantity, type AmbiguityHint } from "./quantity.ts";

/** Why an answer is not a whole number. */
export type IntegerError = "empty" | "not_a_number" | "negative" | "not_integer" | "ambiguous" | "too_large";

/** A whole number, or why the answer is not one. */
export type IntegerResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: IntegerError; readonly hint?: AmbiguityHint };

const INTEGER_WORDS = quantityLexicon([
  ...COUNT_UNITS.map((w) => [w, "ignore"] as const),
  ...FILLER_WORDS.map((w) => [w, "ignore"] as const),
]);

/**
 * Reads a non-negative whole number. Pure; never throws. Digits of any script,
 * Chinese numerals, multiplier words (`2万`, `3 nghìn`, `1.5k` = 1500), the
 * separators of {@link parseMoney}, "about"-words and counted nouns (人, people,
 * người, คน, orang, tao, នាក់, ຄົນ, ယောက်…). A currency makes it `not_a_number`;
 * a fraction (`1.5`) is `not_integer`; beyond 2^53 − 1, `too_large`.
 *
 * @example parseInteger("20人") // { ok: true, value: 20 }
 */
export function parseInteger(text: string, lang?: Lang): IntegerResult {
  try {
    const read = readQuantity(text, INTEGER_WORDS, lang);
    if (!read.ok) return read;
    if (!read.value.isInteger()) return { ok: false, error: "not_integer" };
    if (read.value.greaterThan(Number.MAX_SAFE_INTEGER)) return { ok: false, error: "too_large" };
    return { ok: true, value: read.value.toNumber() };
  } catch {
    // Every path above returns; this guards the engine against an input we did not foresee.
    return { ok: false, error: "not_a_number" };
  }
}
