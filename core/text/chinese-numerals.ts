/**
 * Chinese numerals, alone or mixed with Arabic digits: 五十万, 一百二十万,
 * 一亿二千万, 1.2亿, 3千万, 两千五, 二〇二五, and the financial forms (壹贰叁,
 * 拾佰仟) and traditional forms (萬億兩).
 */
import { D, type Dec } from "../rules/money.ts";

/** Chinese digit characters and their values. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0,
  一: 1, 壹: 1, 弌: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 弍: 2,
  三: 3, 叁: 3, 參: 3, 弎: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Chinese unit characters and their values; 廿/卅/卌 are twenty, thirty, forty in one character. */
export const CHINESE_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 廿: 20, 卅: 30, 卌: 40,
  百: 100, 佰: 100,
  千: 1000, 仟: 1000,
  万: 1e4, 萬: 1e4,
  亿: 1e8, 億: 1e8,
};

/** True for a Chinese digit or unit character. */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch in CHINESE_DIGITS || ch in CHINESE_UNITS);
}

/** One piece of a Chinese number: an Arabic number already read, or one Chinese character. */
export type ChineseItem =
  | { readonly num: Dec; /** digits only, no separator */ readonly bare: boolean; readonly text: string }
  | { readonly char: string };

/** The value of a Chinese number, or why it has none. */
export type ChineseReading =
  | { readonly ok: true; readonly value: Dec }
  | { readonly ok: false; readonly error: "not_a_number" | "ambiguous" };

const NOT_A_NUMBER: ChineseReading = { ok: false, error: "not_a_number" };

/**
 * Reads a Chinese number from its pieces. Without any unit character the
 * digits are read one by one (二〇二五 is 2025). With units, the usual grammar:
 * 十/百/千 build a section below 10,000, 万 and 亿 scale what came before
 * (一万亿 is 10^12). A last digit after a unit, with no 零 between, stands one
 * place lower, as people say it: 一万五 is 15,000, 两千五 2,500, 一亿二 120,000,000.
 * Arabic digits after a unit follow the same idea by their length: 1万5 is
 * 15,000 and 1万5000 too, but 1万50 is `ambiguous` and 1万50000 not a number.
 */
export function readChineseNumber(items: readonly ChineseItem[]): ChineseReading {
  if (items.length === 0) return NOT_A_NUMBER;
  const hasUnit = items.some((it) => "char" in it && it.char in CHINESE_UNITS);
  if (!hasUnit) return readPositional(items);

  let total = new D(0); // everything scaled by 亿 so far
  let wan = new D(0); // everything scaled by 万 since the last 亿
  let section = new D(0); // below 万
  let num: ChineseItem | null = null;
  let numValue = new D(0);
  let lastUnit = 0; // the most recent unit's value
  let lastSmall = Infinity; // 十/百/千 must fall within a section
  let zeroSeen = false;
  let wanSeen = false;

  for (const item of items) {
    if ("num" in item || item.char in CHINESE_DIGITS) {
      const value = "num" in item ? item.num : new D(CHINESE_DIGITS[item.char] ?? 0);
      if ("char" in item && value.isZero()) {
        zeroSeen = true;
        if (num !== null) return NOT_A_NUMBER;
        continue;
      }
      if (num !== null) return NOT_A_NUMBER;
      num = item;
      numValue = value;
      continue;
    }
    const unit = CHINESE_UNITS[item.char] ?? 0;
    if (unit < 1e4) {
      // 廿/卅/卌 carry their own digit and cannot follow one.
      if (unit % 10 === 0 && unit > 10 && unit < 100) {
        if (num !== null || lastSmall <= 10) return NOT_A_NUMBER;
        section = section.plus(unit);
        lastSmall = 10;
      } else {
        if (unit >= lastSmall) return NOT_A_NUMBER;
        const factor = num === null ? new D(1) : numValue;
        section = section.plus(factor.times(unit));
        lastSmall = unit;
      }
    } else if (unit === 1e4) {
      if (wanSeen) return NOT_A_NUMBER;
      const base = section.plus(numValue);
      wan = (base.isZero() && num === null ? new D(1) : base).times(1e4);
      wanSeen = true;
      section = new D(0);
      lastSmall = Infinity;
    } else {
      const base = wan.plus(section).plus(numValue);
      total = total.plus(base.isZero() && num === null ? new D(1) : base).times(1e8);
      wan = new D(0);
      wanSeen = false;
      section = new D(0);
      lastSmall = Infinity;
    }
    num = null;
    numValue = new D(0);
    lastUnit = unit % 10 === 0 && unit > 10 && unit < 100 ? 10 : unit;
    zeroSeen = false;
  }

  let tail = numValue;
  if (num !== null && !zeroSeen && lastUnit >= 10) {
    const scaled = scaleTrailing(num, lastUnit);
    if (!scaled.ok) return scaled;
    tail = scaled.value;
  }
  return { ok: true, value: total.plus(wan).plus(section).plus(tail) };
}

/** 一万五 → 5,000; 1万5000 → 5,000; 1万50 → ambiguous. */
function scaleTrailing(num: ChineseItem, lastUnit: number): ChineseReading {
  const places = Math.round(Math.log10(lastUnit));
  if ("char" in num) return { ok: true, value: new D(CHINESE_DIGITS[num.char] ?? 0).times(lastUnit / 10) };
  if (!num.bare) return NOT_A_NUMBER;
  const length = num.text.replace(/^0+(?=\d)/, "").length;
  if (length === 1) return { ok: true, value: num.num.times(lastUnit / 10) };
  if (length === places) return { ok: true, value: num.num };
  return length < places ? { ok: false, error: "ambiguous" } : NOT_A_NUMBER;
}

/** 二〇二五 → 2025; a single Arabic number stands for itself. */
function readPositional(items: readonly ChineseItem[]): ChineseReading {
  const [first] = items;
  if (items.length === 1 && first && "num" in first) return { ok: true, value: first.num };
  let digits = "";
  for (const item of items) {
    if ("num" in item) return NOT_A_NUMBER;
    digits += String(CHINESE_DIGITS[item.char] ?? "");
  }
  return digits === "" ? NOT_A_NUMBER : { ok: true, value: new D(digits) };
}

/** Splits a string of Chinese numeral characters and Arabic numbers (with `.` decimals) into items. */
export function chineseItems(text: string): ChineseItem[] | null {
  const items: ChineseItem[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?|./gsu)) {
    const piece = m[0];
    if (/^\d/.test(piece)) items.push({ num: new D(piece), bare: /^\d+$/.test(piece), text: piece });
    else if (isChineseNumeralChar(piece)) items.push({ char: piece });
    else return null;
  }
  return items;
}

/**
 * The value of a string made only of Chinese numerals and Arabic digits
 * (`五十万`, `1.2亿`, `二〇二五`), or null.
 *
 * @example parseChineseNumber("一亿二千万")?.toString() // "120000000"
 */
export function parseChineseNumber(text: string): Dec | null {
  const items = chineseItems(text);
  if (!items) return null;
  const reading = readChineseNumber(items);
  return reading.ok ? reading.value : null;
}
