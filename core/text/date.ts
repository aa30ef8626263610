/**
 * Dates as users type them, to ISO `YYYY-MM-DD`: `2025-03-01`, `2025年3月1日`,
 * `1/3/2025`, `March 1, 2025`, `ngày 1 tháng 3 năm 2025`, `1 Maret 2025`,
 * `1 มีนาคม 2568`, `今天`.
 */
import type { Lang } from "./langs.ts";
import { todayInChina } from "../rules/dates.ts";
import { parseChineseNumber } from "./chinese-numerals.ts";
import { DATE_WORDS, RELATIVE_DAYS, type DateWord } from "./date-words.ts";
import { compact } from "./phrases.ts";
import { lexicon, matchWordAt, prepare } from "./text.ts";

/** Why an answer is not a date. */
export type DateError =
  /** nothing typed */
  | "empty"
  /** words or numbers that do not make a date */
  | "not_a_date"
  /** a date that does not exist (31 February, month 13) or lies outside 1900–2100 */
  | "invalid_date"
  /** day and month could be either way round (`3/4/2025` in English or Filipino) */
  | "ambiguous"
  /** a date without its year (`3月1日`, `1/3`) or without its month */
  | "incomplete";

/** A date, or why the answer is not one. */
export type DateResult =
  | {
      readonly ok: true;
      /** ISO `YYYY-MM-DD`. */
      readonly value: string;
      /** `first_of_month`: only a month was given (`2025年3月`, `March 2025`), and we took its first day. */
      readonly note?: "first_of_month";
    }
  | { readonly ok: false; readonly error: DateError };

type Slot = "day" | "month" | "year";
type Num = { readonly v: number; readonly digits: number };
type Token = { readonly t: "num"; readonly n: Num } | { readonly t: "cluster"; readonly parts: readonly string[] } | { readonly t: "word"; readonly w: DateWord };

const WORDS = lexicon(DATE_WORDS);
const RELATIVE = new Map(RELATIVE_DAYS.flatMap(([offset, words]) => words.map((w) => [compact(w), offset] as const)));
const CHINESE_RUN = /[零〇○一二两兩三四五六七八九十廿卅]+/gu;
const STRAY = new Set([",", ".", "-", "/", "(", ")", "'", '"', "、", "。", "!", ":", ";", "，"]);
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?$/;

const fail = (error: DateError): DateResult => ({ ok: false, error });

/**
 * Reads a date. Pure apart from the default for `today` (today in China);
 * never throws. Only real calendar dates between 1900 and 2100 pass.
 *
 * - Year first: `2025-03-01`, `2025/3/1`, `2025.3.1`, `20250301`, `2025年3月1日`
 *   (also 号 and Chinese numerals: 二〇二五年三月一日).
 * - Numbers only, year last (`1/3/2025`, `01.03.2025`, `1-3-25`): **day first**,
 *   as in every one of our languages' own usage, with two exceptions. When the
 *   second number is above 12 only month-first can be right (`3/15/2025`), so
 *   we read it that way. When both are 12 or less and differ, English and
 *   Filipino users may write month-first (US and Philippine habit), so with
 *   `lang` `en` or `fil` the answer is `ambiguous`; in the other languages it is
 *   day first.
 * - Month names in English, Indonesian, Malay, Filipino, Thai, Khmer, Lao and
 *   Burmese, in any order with the day and the year (`March 1, 2025`,
 *   `1 Mac 2025`, `Marso 1, 2025`, `ថ្ងៃទី ១ ខែមីនា ឆ្នាំ ២០២៥`), and the
 *   Vietnamese and Indonesian labels (`ngày 1 tháng 3 năm 2025`, `tanggal 1`).
 * - A month without a day (`2025年3月`, `March 2025`, `3/2025`) means its first
 *   day, with `note: "first_of_month"`.
 * - Buddhist era: `พ.ศ. 2568`/`ພ.ສ.` subtract 543; so does a year from 2400 on
 *   when the language is Thai or Lao or a Thai or Lao month name is used, and
 *   a two-digit year there is 25xx (`1 มี.ค. 68` is 2025-03-01). Elsewhere a
 *   two-digit year is 20xx.
 * - Relative days: today / yesterday / tomorrow in the ten languages (今天,
 *   hôm nay, วันนี้, hari ini, ngayon, ថ្ងៃនេះ, ມື້ນີ້, ယနေ့…), from `today`.
 *
 * @example parseDate("2025年3月") // { ok: true, value: "2025-03-01", note: "first_of_month" }
 * @example parseDate("1 มีนาคม 2568", "th") // { ok: true, value: "2025-03-01" }
 */
export function parseDate(text: string, lang?: Lang, today?: string): DateResult {
  try {
    return parse(text, lang, today);
  } catch {
    // Every path returns; this guards the engine against an input we did not foresee.
    return fail("not_a_date");
  }
}

function parse(text: string, lang: Lang | undefined, today: string | undefined): DateResult {
  const prepared = prepare(text);
  if (prepared === "") return fail("empty");
  const offset = RELATIVE.get(compact(text));
  if (offset !== undefined) {
    const base = today !== undefined && realDate(today) ? today : todayInChina();
    return { ok: true, value: addDays(base, offset) };
  }
  const s = (ISO_DATE_TIME.exec(prepared)?.[1] ?? prepared).replace(CHINESE_RUN, (run) => parseChineseNumber(run)?.toFixed() ?? run);
  const tokens = lex(s);
  if (!tokens) return fail("not_a_date");
  return assemble(tokens, lang);
}

function lex(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? "";
    if (/\d/.test(c)) {
      const m = /^\d+(?:[-/.]\d+)*/.exec(s.slice(i));
      const run = m?.[0] ?? c;
      const parts = run.split(/[-/.]/);
      tokens.push(parts.length > 1 ? { t: "cluster", parts } : { t: "num", n: { v: Number(run), digits: run.length } });
      i += run.length;
      continue;
    }
    const word = matchWordAt(s, i, WORDS);
    if (word) {
      tokens.push({ t: "word", w: word.value });
      i = word.end;
    } else if (c === " " || STRAY.has(c)) i++;
    else return null;
  }
  return tokens;
}

interface Parts {
  year?: Num;
  month?: number;
  day?: number;
}

function assemble(tokens: readonly Token[], lang: Lang | undefined): DateResult {
  const parts: Parts = {};
  const unlabeled: Num[] = [];
  const clusters: (readonly string[])[] = [];
  let era: "buddhist" | "common" | null = null;
  let buddhistMonth = false;
  let pending: Slot | null = null;
  let previous: Token | null = null;

  const put = (slot: Slot, n: Num): boolean => {
    if (parts[slot] !== undefined) return false;
    if (slot === "year") parts.year = n;
    else parts[slot] = n.v;
    return true;
  };

  for (const tok of tokens) {
    const last = previous;
    previous = tok;
    if (tok.t === "num") {
      if (pending) {
        if (!put(pending, tok.n)) return fail("not_a_date");
        pending = null;
      } else unlabeled.push(tok.n);
      continue;
    }
    if (tok.t === "cluster") {
      pending = null; // "ngày 01/03/2025", "tháng 3/2025": the label adds nothing
      clusters.push(tok.parts);
      continue;
    }
    const w = tok.w;
    if (w === "filler") continue;
    if ("era" in w) era = w.era;
    else if ("month" in w) {
      if (pending !== null && pending !== "month") return fail("not_a_date");
      pending = null;
      if (!put("month", { v: w.month, digits: 2 })) return fail("not_a_date");
      if (w.buddhist) buddhistMonth = true;
    } else if (w.side === "before") {
      if (pending !== null) return fail("not_a_date");
      pending = w.label;
    } else {
      // 2025年 / ၂၀၂၅ ခုနှစ်: the label follows its number
      const n = last?.t === "num" ? unlabeled.pop() : undefined;
      if (!n || !put(w.label, n)) return fail("not_a_date");
    }
  }
  if (pending !== null) return fail("not_a_date");

  const buddhist = era === "buddhist" || (era !== "common" && (buddhistMonth || lang === "th" || lang === "lo"));
  const [cluster, ...moreClusters] = clusters;
  if (cluster) {
    const alone = moreClusters.length === 0 && unlabeled.length === 0 && Object.keys(parts).length === 0;
    return alone ? readCluster(cluster, lang, buddhist, era === "buddhist") : fail("not_a_date");
  }
  const [only] = unlabeled;
  if (only && unlabeled.length === 1 && only.digits === 8 && Object.keys(parts).length === 0) {
    const s = String(only.v);
    return finish(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)), false);
  }
  return fillFromUnlabeled(parts, unlabeled, buddhist, era === "buddhist");
}

/** Numbers without a label: a long one is the year, a short one the day; with a named month, "1 มี.ค. 68" is day then year. */
function fillFromUnlabeled(parts: Parts, unlabeled: readonly Num[], buddhist: boolean, explicitBuddhist: boolean): DateResult {
  const short: Num[] = [];
  for (const n of unlabeled) {
    if (n.digits >= 3) {
      if (parts.year !== undefined) return fail("not_a_date");
      parts.year = n;
    } else short.push(n);
  }
  if (short.length > 0 && parts.month === undefined) return fail(parts.year !== undefined ? "incomplete" : "not_a_date");
  const [a, b] = short;
  if (short.length === 2 && a && b && parts.year === undefined && parts.day === undefined) {
    parts.day = a.v;
    parts.year = b;
  } else if (short.length === 1 && a) {
    if (parts.day === undefined) parts.day = a.v;
    else if (parts.year === undefined) parts.year = a;
    else return fail("not_a_date");
  } else if (short.length > 0) return fail("not_a_date");

  if (parts.month === undefined) return fail(parts.year !== undefined || parts.day !== undefined ? "incomplete" : "not_a_date");
  if (parts.year === undefined) return fail("incomplete");
  const year = fullYear(parts.year, buddhist, explicitBuddhist);
  if (parts.day === undefined) return finish(year, parts.month, 1, true);
  return finish(year, parts.month, parts.day, false);
}

/** `2025-3-1`, `1/3/2025`, `3/2025`: see {@link parseDate} for the day-first rule. */
function readCluster(raw: readonly string[], lang: Lang | undefined, buddhist: boolean, explicitBuddhist: boolean): DateResult {
  const nums = raw.map((p) => ({ v: Number(p), digits: p.length }));
  const [a, b, c] = nums;
  if (!a || !b) return fail("not_a_date");
  if (nums.length === 2) {
    if (a.digits === 4) return finish(fullYear(a, buddhist, explicitBuddhist), b.v, 1, true);
    if (b.digits === 4) return finish(fullYear(b, buddhist, explicitBuddhist), a.v, 1, true);
    return a.digits <= 2 && b.digits <= 2 ? fail("incomplete") : fail("not_a_date");
  }
  if (nums.length !== 3 || !c) return fail("not_a_date");
  if (a.digits === 4) return finish(fullYear(a, buddhist, explicitBuddhist), b.v, c.v, false);
  if (a.digits > 2 || b.digits > 2 || (c.digits !== 2 && c.digits !== 4)) return fail("not_a_date");
  const year = fullYear(c, buddhist, explicitBuddhist);
  if (a.v > 12 || b.v <= 12) {
    if (a.v <= 12 && a.v !== b.v && (lang === "en" || lang === "fil")) return fail("ambiguous");
    return finish(year, b.v, a.v, false);
  }
  return finish(year, a.v, b.v, false); // second number above 12: only month-first can be right
}

function fullYear(n: Num, buddhist: boolean, explicitBuddhist: boolean): number {
  if (n.digits <= 2) return buddhist ? 2500 + n.v - 543 : 2000 + n.v;
  if (explicitBuddhist || (buddhist && n.v >= 2400)) return n.v - 543;
  return n.v;
}

function finish(year: number, month: number, day: number, firstOfMonth: boolean): DateResult {
  if (year < 1900 || year > 2100) return fail("invalid_date");
  const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!realDate(value)) return fail("invalid_date");
  return firstOfMonth ? { ok: true, value, note: "first_of_month" } : { ok: true, value };
}

function realDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
