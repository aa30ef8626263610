/**
 * Every number in a free text, in any of the ten languages, as a value: what
 * the LLM guard compares with the figures the rules core gave. `2,000,000`,
 * `200万`, `2 million`, `2 triệu`, `๒ ล้าน` all come back as 2000000.
 */
import type { Lang } from "./langs.ts";
import { D, type Dec } from "../rules/money.ts";
import { countsAsNumber, idiomMask } from "./chinese-in-text.ts";
import { chineseItems, isChineseNumeralChar, readChineseNumber } from "./chinese-numerals.ts";
import { normalizeDigitsMapped } from "./digits.ts";
import { MULTIPLIERS } from "./multipliers.ts";
import { readNumberWord } from "./number-words.ts";
import { CNY_WORDS, FOREIGN_CURRENCY_WORDS, PERCENT_AFTER_WORDS, PERCENT_BEFORE_WORDS } from "./quantity-words.ts";
import { readNumeral } from "./separators.ts";
import { isLatinLetter, lexicon, lowerSameLength, matchWordAt } from "./text.ts";

/** How a number is written: with a currency, as a percentage, or bare. */
export type NumberKind = "amount" | "percent" | "plain";

/** One number found in a text. */
export interface FoundNumber {
  /** The text it was read from, currency or percent sign included (from the NFC form of the input). */
  readonly raw: string;
  /** Its value, unsigned: "-5%" is 5. A percentage is the number before the sign: `30%` is 30. */
  readonly value: Dec;
  /** `amount` with a currency word or sign (yuan or other), `percent`, else `plain` (years, counts, clause numbers). */
  readonly kind: NumberKind;
  /** Where `raw` starts in the NFC form of the input. */
  readonly index: number;
}

const MULTIPLIER_WORDS = lexicon(MULTIPLIERS);
const CURRENCY_WORDS = lexicon([...CNY_WORDS, ...FOREIGN_CURRENCY_WORDS].filter((w) => w !== "整").map((w) => [w, true] as const));
const PERCENT_AFTER = lexicon(PERCENT_AFTER_WORDS.map((w) => [w, true] as const));
const PERCENT_BEFORE = lexicon(PERCENT_BEFORE_WORDS.map((w) => [w, true] as const));

/** The text being scanned: lower-cased, digits in ASCII, idioms masked. */
interface Ctx {
  readonly s: string;
  readonly lang: Lang | undefined;
  readonly idioms: Uint8Array;
}

/** A Chinese numeral character that is not part of an idiom. */
function numeralAt(ctx: Ctx, i: number): boolean {
  return isChineseNumeralChar(ctx.s[i]) && ctx.idioms[i] !== 1;
}

interface Reading {
  readonly end: number;
  readonly value: Dec;
  /** The largest multiplier applied, for joining "1 tỷ 200 triệu". */
  readonly scale: Dec | null;
}

/**
 * Finds every number in `text`, left to right. Pure; never throws.
 *
 * Read as one number: digits of any script with thousands separators (by the
 * rules of {@link readNumeral}; where those call a form ambiguous, free text
 * takes it as thousands), Chinese numerals (`一百二十万`, `1.2亿`), multiplier
 * words in the ten languages, several groups in a row (`1 tỷ 200 triệu`),
 * and percentages (`30%`, `百分之三十`, `30 phần trăm`, `ร้อยละ 30`).
 *
 * Left out on purpose: digits glued after Latin letters (`m13`, `H100`,
 * `Qwen2.5`, `GPT-4o`: names, not figures; {@link clauseMentions} reads measure ids) and
 * Chinese numerals that are words rather than figures (一些, 统一, 十分, 万一,
 * a lone 一 not followed by a counter). A date like `2025-03-01` gives its three
 * parts as plain numbers. Numbers spelled in words outside Chinese count
 * only before a multiplier or percent word ("two million", "hai triệu",
 * "สามสิบล้าน", "thirty percent"), not in "one of the measures".
 *
 * @example findNumbers("最高200万元，贴息30%") // [{ raw: "200万元", value: 2000000, kind: "amount" }, { raw: "30%", value: 30, kind: "percent" }]
 */
export function findNumbers(text: string, lang?: Lang): FoundNumber[] {
  try {
    return scan(text, lang);
  } catch {
    // The scanner only reads; this guards the guard against an input we did not foresee.
    return [];
  }
}

function scan(text: string, lang: Lang | undefined): FoundNumber[] {
  const nfc = text.normalize("NFC");
  const mapped = normalizeDigitsMapped(nfc);
  const s = lowerSameLength(mapped.text);
  const ctx: Ctx = { s, lang, idioms: idiomMask(s) };
  const found: FoundNumber[] = [];
  const push = (start: number, end: number, value: Dec, kind: NumberKind): void => {
    const from = mapped.origin[start] ?? 0;
    found.push({ raw: nfc.slice(from, mapped.origin[end] ?? nfc.length), value, kind, index: from });
  };

  let i = 0;
  while (i < s.length) {
    const percentBefore = matchWordAt(s, i, PERCENT_BEFORE);
    if (percentBefore) {
      const n = readAt(ctx, skipSpaces(s, percentBefore.end));
      if (n) {
        push(i, n.end, n.value, "percent");
        i = n.end;
        continue;
      }
    }
    const currency = matchWordAt(s, i, CURRENCY_WORDS);
    if (currency) {
      const n = readAt(ctx, skipSpaces(s, currency.end));
      if (n) {
        const after = matchWordAt(s, skipSpaces(s, n.end), CURRENCY_WORDS);
        const end = after ? after.end : n.end;
        push(i, end, n.value, "amount");
        i = end;
        continue;
      }
      i = currency.end;
      continue;
    }
    const digit = /\d/.test(s[i] ?? "");
    if (digit && (isLatinLetter(s[i - 1]) || (/[-_]/.test(s[i - 1] ?? "") && isLatinLetter(s[i - 2])))) {
      // An identifier such as m13, H100, Qwen2.5 or GPT-4o: skip it whole.
      i += /^[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*/u.exec(s.slice(i))?.[0].length ?? 1;
      continue;
    }
    if (digit) {
      const pieces = separateGroups(s, i, lang);
      if (pieces) {
        // "2025.03.01", "1.5.2": not one number but several.
        for (const p of pieces) push(p.start, p.end, p.value, "plain");
        i = pieces[pieces.length - 1]?.end ?? i + 1;
        continue;
      }
    }
    if (digit || numeralAt(ctx, i) || readSpelled(ctx, i)) {
      const n = readAt(ctx, i);
      if (!n) {
        i = skipNumeralRun(ctx, i);
        continue;
      }
      const next = skipSpaces(s, n.end);
      const percent = matchWordAt(s, next, PERCENT_AFTER);
      const money = percent ? null : matchWordAt(s, next, CURRENCY_WORDS);
      const end = percent?.end ?? money?.end ?? n.end;
      push(i, end, n.value, percent ? "percent" : money ? "amount" : "plain");
      i = end;
      continue;
    }
    i++;
  }
  return found;
}

function skipSpaces(s: string, i: number): number {
  let j = i;
  while (s[j] === " ") j++;
  return j;
}

function skipNumeralRun(ctx: Ctx, i: number): number {
  let j = i + 1;
  while (/\d/.test(ctx.s[j] ?? "") || numeralAt(ctx, j)) j++;
  return j;
}

/** The digit groups of a token that is not one number ("2025.03.01"), or null when it is one. */
function separateGroups(s: string, i: number, lang: Lang | undefined): { start: number; end: number; value: Dec }[] | null {
  const end = freeNumeralEnd(s, i);
  const read = readNumeral(s.slice(i, end), lang);
  if (read.ok || read.error === "ambiguous") return null;
  const pieces: { start: number; end: number; value: Dec }[] = [];
  for (const m of s.slice(i, end).matchAll(/\d+/g)) {
    const r = readNumeral(m[0]);
    if (r.ok) pieces.push({ start: i + m.index, end: i + m.index + m[0].length, value: r.value });
  }
  return pieces.length > 0 ? pieces : null;
}

/** A number starting at `i` with its multipliers and following groups, or null. */
function readAt(ctx: Ctx, i: number): Reading | null {
  const first = readGroup(ctx, i);
  if (!first) return null;
  let reading = first;
  // "1 tỷ 200 triệu", "2 million 500 thousand": smaller groups after a larger one join it.
  for (;;) {
    if (reading.scale === null) return reading;
    const j = skipSpaces(ctx.s, reading.end);
    if (!/\d/.test(ctx.s[j] ?? "")) return reading;
    const next = readGroup(ctx, j);
    if (!next || next.scale === null || next.scale.greaterThanOrEqualTo(reading.scale) || next.value.greaterThanOrEqualTo(reading.scale)) {
      return reading;
    }
    reading = { end: next.end, value: reading.value.plus(next.value), scale: next.scale };
  }
}

/**
 * One number and the multiplier words right after it. One-letter
 * abbreviations must touch the digits and end there ("500k", not "5 m²" or
 * "500km"). Where the letters mean something bigger (Indonesian "1M" is one
 * miliar), free text takes the bigger value, so a guard never mistakes it for
 * a smaller allowed figure.
 */
function readGroup(ctx: Ctx, i: number): Reading | null {
  const { s, lang } = ctx;
  const base = /\d/.test(s[i] ?? "") ? readDigits(ctx, i) : numeralAt(ctx, i) ? readChineseRun(ctx, i) : readSpelled(ctx, i);
  if (!base) return null;
  let { end, value } = base;
  let scale: Dec | null = null;
  for (;;) {
    const j = skipSpaces(s, end);
    if (matchWordAt(s, j, PERCENT_AFTER) || matchWordAt(s, j, CURRENCY_WORDS)) break;
    const m = matchWordAt(s, j, MULTIPLIER_WORDS);
    if (!m) break;
    if (m.value.abbreviation && m.word.length === 1 && (j !== end || /[\p{L}\p{N}]/u.test(s[m.end] ?? ""))) break;
    const factor = lang !== undefined && m.value.ambiguousIn?.includes(lang) ? m.value.value.times(1000) : m.value.value;
    if (scale !== null && factor.lessThanOrEqualTo(scale)) break;
    value = value.times(factor);
    scale = scale === null ? factor : scale.times(factor);
    end = m.end;
  }
  return { end, value, scale };
}

/** Digits with separators, and Chinese units touching them (500万, 1.2亿). */
function readDigits(ctx: Ctx, i: number): Reading | null {
  const { s, lang } = ctx;
  const end = freeNumeralEnd(s, i);
  const written = s.slice(i, end);
  const read = readNumeral(written, lang);
  let numeralEnd = end;
  let value: Dec;
  if (read.ok) value = read.value;
  else if (read.error === "ambiguous") {
    const thousands = readNumeral(written.replace(/[.,]/g, ""), lang);
    if (!thousands.ok) return null;
    value = thousands.value;
  } else {
    const lead = /^\d+/.exec(written)?.[0] ?? "";
    const leadRead = readNumeral(lead, lang);
    if (!leadRead.ok) return null;
    numeralEnd = i + lead.length;
    value = leadRead.value;
  }
  const j = s[numeralEnd] === " " && numeralAt(ctx, numeralEnd + 1) ? numeralEnd + 1 : numeralEnd;
  if (numeralAt(ctx, j)) {
    const run = chineseRunEnd(ctx, j);
    const items = chineseItems(`${value.toFixed()}${s.slice(j, run)}`);
    const reading = items ? readChineseNumber(items) : null;
    if (reading?.ok) return { end: run, value: reading.value, scale: null };
  }
  return { end: numeralEnd, value, scale: null };
}

/**
 * Like the answer parser's numeral, but in running text a single space does
 * not join digits ("top 3 100 companies"); two or more three-digit groups do
 * (`1 200 000`).
 */
function freeNumeralEnd(s: string, i: number): number {
  let j = i;
  while (/\d/.test(s[j] ?? "")) j++;
  const spaced = /^(?: \d{3}){2,}(?!\d)/.exec(s.slice(j));
  if (spaced && j - i <= 3) return j + spaced[0].length;
  for (;;) {
    const sep = s[j];
    if ((sep === "." || sep === ",") && /\d/.test(s[j + 1] ?? "")) {
      j++;
      while (/\d/.test(s[j] ?? "")) j++;
    } else return j;
  }
}

function chineseRunEnd(ctx: Ctx, i: number): number {
  const { s } = ctx;
  let j = i;
  for (;;) {
    if (numeralAt(ctx, j) || /\d/.test(s[j] ?? "")) j++;
    else if (s[j] === "." && /\d/.test(s[j + 1] ?? "") && /\d/.test(s[j - 1] ?? "")) j++;
    else return j;
  }
}

/**
 * A spelled number right before a multiplier or percent word ("two million",
 * "hai triệu", "สามล้าน", "thirty percent"); alone, spelled numbers are words
 * of the sentence ("one of the measures").
 */
function readSpelled(ctx: Ctx, i: number): Reading | null {
  const n = readNumberWord(ctx.s, i);
  if (!n) return null;
  const value = new D(n.value);
  if (n.value >= 100) return { end: n.end, value, scale: null };
  const j = skipSpaces(ctx.s, n.end);
  const next = matchWordAt(ctx.s, j, MULTIPLIER_WORDS) ?? matchWordAt(ctx.s, j, PERCENT_AFTER);
  return next ? { end: n.end, value, scale: null } : null;
}

/** A run of Chinese numerals that is a figure, not part of a word (see {@link countsAsNumber}). */
function readChineseRun(ctx: Ctx, i: number): Reading | null {
  const end = chineseRunEnd(ctx, i);
  if (!countsAsNumber(ctx.s, i, end)) return null;
  const items = chineseItems(ctx.s.slice(i, end));
  const reading = items ? readChineseNumber(items) : null;
  return reading?.ok ? { end, value: reading.value, scale: null } : null;
}
