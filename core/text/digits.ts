/**
 * Digits of every script to ASCII, so the other parsers read one alphabet of
 * numbers whatever keyboard the user typed on.
 */

const DECIMAL_DIGIT = /\p{Nd}/u;
const SPACE_SEPARATOR = /\p{Zs}/u;
const digitValues = new Map<number, number>();

function isDecimalDigit(codePoint: number): boolean {
  return codePoint >= 0 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));
}

/**
 * Unicode encodes every set of decimal digits as ten consecutive code points
 * from 0 to 9 (a stability guarantee), so a digit's value is its distance from
 * the start of its run, modulo ten: runs holding several sets (the five
 * mathematical digit styles) stay aligned.
 */
function digitValue(codePoint: number): number {
  const known = digitValues.get(codePoint);
  if (known !== undefined) return known;
  let start = codePoint;
  while (isDecimalDigit(start - 1)) start--;
  const value = (codePoint - start) % 10;
  digitValues.set(codePoint, value);
  return value;
}

/** Full-width and other look-alike characters that stand for ASCII punctuation in numbers. */
const LOOK_ALIKES: Record<string, string> = {
  "\uFFE5": "¥", // full-width yen/yuan sign
  "\u066A": "%", // Arabic percent sign
  "\uFE6A": "%", // small percent sign
  "\u066B": ".", // Arabic decimal separator
  "\u066C": ",", // Arabic thousands separator
};

/** One code point mapped to its ASCII stand-in, or to itself. */
function mapCodePoint(char: string, codePoint: number): string {
  if (codePoint >= 0x30 && codePoint <= 0x39) return char;
  if (isDecimalDigit(codePoint)) return String(digitValue(codePoint));
  // The full-width forms block mirrors printable ASCII at a fixed offset.
  if (codePoint >= 0xff01 && codePoint <= 0xff5e) return String.fromCharCode(codePoint - 0xfee0);
  if (codePoint !== 0x20 && SPACE_SEPARATOR.test(char)) return " ";
  return LOOK_ALIKES[char] ?? char;
}

/** A normalised text with, for each of its UTF-16 units, the index in the original it came from. */
export interface MappedText {
  /** The normalised text. */
  readonly text: string;
  /** `origin[i]` is where `text[i]` starts in the original; `origin[text.length]` is the original's length. */
  readonly origin: readonly number[];
}

/**
 * {@link normalizeDigits}, keeping track of where each character came from so a
 * caller can quote the user's own text back (a mathematical digit is two UTF-16
 * units and becomes one).
 */
export function normalizeDigitsMapped(text: string): MappedText {
  let out = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const mapped = mapCodePoint(char, codePoint);
    for (let k = 0; k < mapped.length; k++) origin.push(index);
    out += mapped;
    index += char.length;
  }
  origin.push(index);
  return { text: out, origin };
}

/**
 * Turns every Unicode decimal digit (Thai ๐-๙, Lao ໐-໙, Khmer ០-៩, Burmese ၀-၉,
 * full-width ０-９, Devanagari, mathematical digits, …) into ASCII 0-9, the
 * full-width forms of ASCII (`，．％＄`, full-width letters) into ASCII, `￥`
 * into `¥`, and every Unicode space (no-break, thin, ideographic) into a plain
 * space. Nothing else changes; the result is as long or shorter.
 *
 * @example normalizeDigits("๓ ล้าน") // "3 ล้าน"
 * @example normalizeDigits("１，２００") // "1,200"
 */
export function normalizeDigits(text: string): string {
  return normalizeDigitsMapped(text).text;
}
