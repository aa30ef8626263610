/**
 * Telling Chinese numerals that are figures (三年, 五十万, 第十三条) from those
 * that are parts of words (一些, 统一, 十分, 万一, 一次性): Chinese prose is full
 * of the second kind, and a guard that counted them would refuse every answer.
 */
import { CHINESE_UNITS, isChineseNumeralChar } from "./chinese-numerals.ts";

/** Characters that count things: a lone numeral before one of them is a figure (一家企业, 两年, 三倍). */
const COUNTERS = new Set(
  "个個家项項条條款名人位年月日号號天周週次倍元块塊台套间間座所批类類种種级級层層期轮輪届屆场場平米岁歲张張份笔筆户戶成折件只部本辆輛栋棟篇段季亩畝吨噸小%".split(""),
);

/** Words whose numerals are not figures. */
const IDIOMS = [
  "一些", "一起", "一定", "一般", "一直", "一旦", "一致", "一切", "一律", "一同", "一并", "一併", "一体", "一體", "一样", "一樣",
  "一方面", "一系列", "一揽子", "一攬子", "一站式", "一带一路", "一帶一路", "一流", "一线", "一線", "一下", "一点", "一點",
  "一边", "一邊", "一再", "一经", "一經", "一向", "一时", "一時", "一味", "一概", "一贯", "一貫", "一番", "一举", "一舉",
  "一道", "一次性", "一手", "一把手", "一心一意", "独一无二", "獨一無二", "统一", "統一", "唯一", "之一", "其一", "进一步",
  "進一步", "同一", "万一", "萬一", "千万", "千萬", "千千万万", "十分", "万物", "萬物", "百姓", "千方百计", "千方百計",
  "五湖四海", "四面八方", "一五一十", "一一", "第一时间", "第一時間", "三三两两", "一大批", "一批批", "一应", "一應",
];

/** A counter right after an idiom made only of numerals turns it back into a figure: 千万元 is ten million yuan. */
function figureAfterAll(s: string, idiom: string, end: number): boolean {
  return /^[一二两三四五六七八九十百千万萬亿億零〇]+$/u.test(idiom) && COUNTERS.has(s[end] ?? "");
}

/** 3千万, 五千万, 一万一千: an idiom that opens with a numeral right after another is part of a larger number. */
function insideNumber(s: string, idiom: string, at: number): boolean {
  const before = s[at - 1];
  return isChineseNumeralChar(idiom[0]) && (isChineseNumeralChar(before) || /\d/.test(before ?? ""));
}

/**
 * Marks the characters of `s` that belong to an idiom (统一, 一些, 十分, 万一…),
 * so their numerals are read as letters: 统一十分重要 holds no number.
 */
export function idiomMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  for (const idiom of IDIOMS) {
    for (let at = s.indexOf(idiom); at !== -1; at = s.indexOf(idiom, at + 1)) {
      if (figureAfterAll(s, idiom, at + idiom.length) || insideNumber(s, idiom, at)) continue;
      mask.fill(1, at, at + idiom.length);
    }
  }
  return mask;
}

/**
 * Whether the Chinese numeral run `s[start, end)` (idioms already masked out by
 * {@link idiomMask}) is a figure:
 * - runs with Arabic digits in them, yes;
 * - a lone character, only before a counter or after 第 (三年, 一家, 第五);
 * - two or three digits without a unit are an estimate (三四个, 七八年), no;
 *   four or more are a year (二〇二七), yes;
 * - anything else with a unit (五十, 一百二十万, 十三), yes.
 */
export function countsAsNumber(s: string, start: number, end: number): boolean {
  const run = s.slice(start, end);
  if (/\d/.test(run)) return true;
  const chars = [...run];
  if (chars.length === 1) return COUNTERS.has(s[end] ?? "") || s[start - 1] === "第";
  const hasUnit = chars.some((c) => c in CHINESE_UNITS);
  if (!hasUnit) return chars.length >= 4;
  return chars.every((c) => isChineseNumeralChar(c));
}
