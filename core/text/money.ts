/**
 * Amounts in CNY as users type them: `50万`, `五十万元`, `1.2亿`, `500k`,
 * `2 million`, `1.200.000`, `2 triệu`, `5 juta`, `3 ล้าน`, `သိန်း ၅၀`.
 */
import type { Lang } from "./langs.ts";
import { D, type Dec } from "../rules/money.ts";
import { CNY_WORDS, FILLER_WORDS, FOREIGN_CURRENCY_WORDS } from "./quantity-words.ts";
import { quantityLexicon, readQuantity, type AmbiguityHint } from "./quantity.ts";

/** Why an answer is not an amount. */
export type MoneyError = "empty" | "not_a_number" | "negative" | "ambiguous" | "too_large";

/** An amount in CNY, or why the answer is not one. */
export type MoneyResult =
  | { readonly ok: true; readonly value: Dec }
  | {
      readonly ok: false;
      readonly error: MoneyError;
      /**
       * With `ambiguous`: `separator` (`1.200` where the language writes both
       * ways), `currency` (an amount in another currency: `$500`, `5 juta rupiah`),
       * `multiplier` (Indonesian `1M`; `2 triệu 500`), `vague` (`50多万`, `500k+`).
       */
      readonly hint?: AmbiguityHint;
    };

/** The largest amount we accept: 10^12 CNY (一万亿), far above any figure in the policy. */
export const MAX_CNY: Dec = new D("1e12");

const MONEY_WORDS = quantityLexicon([
  ...CNY_WORDS.map((w) => [w, "ignore"] as const),
  ...FILLER_WORDS.map((w) => [w, "ignore"] as const),
  ...FOREIGN_CURRENCY_WORDS.map((w) => [w, "foreign"] as const),
]);

/**
 * Reads an amount in CNY. Pure; never throws.
 *
 * - Digits of any script; Chinese numerals with 万/亿 (`一亿二千万`, `1.2亿`);
 *   multiplier words in the ten languages (`500k`, `2.5 million yuan`, `2,5 triệu`,
 *   `500 ribu`, `1 miliar`, `5 แสน`, `ລ້ານ`, `លាន`, `သိန်း` = 100,000, `သန်း` =
 *   1,000,000, `milyon`, `bilion`), several at once (`3 ล้าน 5 แสน`, `1 tỷ 2`).
 * - Currency marks for yuan (`¥`, `元`, `RMB`, `CNY`, `yuan`, `หยวน`…) are
 *   dropped; any other currency makes the answer `ambiguous` (hint `currency`).
 * - Separators follow {@link readNumeral}: `1,200` is 1,200 except in vi/id/lo,
 *   where it is `ambiguous`; `1.200` is 1,200 in vi/id/lo and `ambiguous`
 *   elsewhere (and when `lang` is not given); `1.5` and `2,5` are decimals.
 * - `0` is an amount (zero); "none", "无", "没有" are not numbers here: the
 *   engine tells "none" from a figure with {@link isNone} first.
 * - Negative amounts are `negative`; above {@link MAX_CNY}, `too_large`.
 *
 * @example parseMoney("50万") // { ok: true, value: 500000 }
 * @example parseMoney("1.200.000", "id") // { ok: true, value: 1200000 }
 * @example parseMoney("1.200") // { ok: false, error: "ambiguous", hint: "separator" }
 */
export function parseMoney(text: string, lang?: Lang): MoneyResult {
  try {
    const read = readQuantity(text, MONEY_WORDS, lang);
    if (!read.ok) return read;
    if (read.value.greaterThan(MAX_CNY)) return { ok: false, error: "too_large" };
    return { ok: true, value: read.value };
  } catch {
    // Every path above returns; this guards the engine against an input we did not foresee.
    return { ok: false, error: "not_a_number" };
  }
}
