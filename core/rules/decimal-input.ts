/**
 * Money and fractions as given in a profile, made into Decimals: exactly
 * `new D(value)`, without decimal.js's general reading of the text.
 *
 * Why written out: a profile's amounts are plain digits (`500000`,
 * `"1200000.50"`, `0.035`), and decimal.js reads each through its full
 * grammar (a regular expression for the whole text, a replace of the point, a
 * search for an exponent), about 7 % of an evaluation. For a text of digits
 * with at most one point (every string amount, and every number that prints
 * so), this is decimal.js's own `parseDecimal` past those steps: the same
 * exponent and the same words of 7 digits, written into a Decimal made by
 * `D`. Anything else (zero, negative numbers, whole numbers below 10^7, which
 * decimal.js makes at once, numbers that print with an exponent, any other
 * text) goes to `new D(value)`; whole numbers from 10^7 are split into words
 * by arithmetic, without printing them. test/core/rules/decimal-input.test.ts
 * holds the two to the same sign, exponent and digits.
 */
import { D, type Dec } from "./money.ts";

/** Digits of a word of decimal.js (its LOG_BASE). */
const LOG_BASE = 7;

/** `new D(value)` for a number or a string. */
export function toDecimal(value: number | string): Dec {
  let str: string;
  if (typeof value === "number") {
    // decimal.js's own fast case (small whole numbers), zero (and -0), negatives, NaN and infinities.
    if (!(value > 0) || (value < 1e7 && Math.trunc(value) === value) || !Number.isFinite(value)) return new D(value);
    if (Number.isSafeInteger(value)) return fromWholeNumber(value);
    str = String(value);
  } else {
    str = value;
  }
  return fromPlainDigits(str) ?? new D(value);
}

/**
 * A whole number from 10^7 to 2^53 - 1, split into words of 7 digits by
 * arithmetic rather than through its text: decimal.js's words are aligned on
 * the units, so they are the number's digits in base 10^7, most significant
 * first, without trailing zero words.
 */
function fromWholeNumber(value: number): Dec {
  const low = value % 1e7;
  const rest = (value - low) / 1e7;
  const middle = rest % 1e7;
  const high = (rest - middle) / 1e7;
  const words = high > 0 ? [high, middle, low] : [rest, low];
  while (words[words.length - 1] === 0) words.pop();
  let e = high > 0 ? 14 : 7;
  for (let w = words[0]!; w >= 10; w /= 10) e++;
  const x = new D(0);
  (x as { e: number }).e = e;
  (x as { d: number[] }).d = words;
  return x;
}

/** A Decimal of `str` when it is digits with at most one point between digits; null otherwise. */
function fromPlainDigits(str: string): Dec | null {
  const n = str.length;
  if (n === 0) return null;
  let point = -1;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c === 46 && point < 0 && i > 0 && i < n - 1) point = i;
    else if (c < 48 || c > 57) return null;
  }
  // From here on, decimal.js's parseDecimal for a text without sign or exponent.
  const digits = point < 0 ? str : str.slice(0, point) + str.slice(point + 1);
  let e = point < 0 ? n : point;
  let i = 0;
  while (digits.charCodeAt(i) === 48) i++;
  let len = digits.length;
  while (len > i && digits.charCodeAt(len - 1) === 48) len--;
  const x = new D(0);
  if (len === i) return x;
  let rest = digits.slice(i, len);
  len -= i;
  e = e - i - 1;
  const words: number[] = [];
  i = (e + 1) % LOG_BASE;
  if (e < 0) i += LOG_BASE;
  if (i < len) {
    if (i) words.push(+rest.slice(0, i));
    for (len -= LOG_BASE; i < len; ) words.push(+rest.slice(i, (i += LOG_BASE)));
    rest = rest.slice(i);
    i = LOG_BASE - rest.length;
  } else {
    i -= len;
  }
  while (i-- > 0) rest += "0";
  words.push(+rest);
  // Written as decimal.js's constructor writes them (constructor, s, e, d), so the object keeps D's layout.
  (x as { e: number }).e = e;
  (x as { d: number[] }).d = words;
  return x;
}
