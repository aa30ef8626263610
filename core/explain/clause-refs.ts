/**
 * Clause-shaped references in an explanation, whatever their number:
 * `（二十五）`, `第十三条`, `Clause 30`, `ข้อ ๑๓`, `m25`. The dialogue parser's
 * `clauseMentions` finds the measures a text names, but it can only return
 * real measure ids; the guard also needs the invented ones (25, 30) to refuse
 * them, which is what this file finds.
 */
import { CLAUSE_FORMS, parseHanNumber } from "../i18n/format.ts";
import { normalizeDigits } from "../text/digits.ts";
import { MULTIPLIERS } from "../text/multipliers.ts";
import { CNY_WORDS, FOREIGN_CURRENCY_WORDS } from "../text/quantity-words.ts";

/** One clause-shaped reference: its number and the text it was read from. */
export interface ClauseRef {
  number: number;
  raw: string;
}

/** Clause words of every language, from the same table the formatter uses, plus English synonyms. */
const CLAUSE_WORDS: readonly string[] = [...new Set([...Object.values(CLAUSE_FORMS).map((f) => f.replace("{n}", "").trim()), "Clause", "Article", "Measure", "Item"])];

/** Words that make "Khoản 30 triệu" an amount rather than clause 30. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([...MULTIPLIERS.map(([w]) => w), ...CNY_WORDS, ...FOREIGN_CURRENCY_WORDS, "%"]);

const HAN_NUMERAL = "[一二三四五六七八九十百零〇两]+";
// Bracketed Chinese numerals are how the policy numbers its clauses; 第…条/项/款 is how laws do.
const ZH_BRACKETED = new RegExp(`[（(](${HAN_NUMERAL})[）)]`, "gu");
const ZH_ORDINAL = new RegExp(`第(${HAN_NUMERAL}|\\d+)[条條项項款]`, "gu");
// Two or three digits: `m2` is square metres, `m02` a measure id.
const MEASURE_ID = /(?<![\p{L}\p{N}])m(\d{2,3})(?![\p{L}\p{N}])/giu;
const LATIN_WORDS = CLAUSE_WORDS.filter((w) => /^\p{Script=Latin}/u.test(w));
const OTHER_WORDS = CLAUSE_WORDS.filter((w) => !/^\p{Script=Latin}/u.test(w));
// Latin words must start a word ("subclause" is not "clause"); Thai, Lao, Khmer
// and Burmese write no spaces between words, so their clause words may follow a letter.
const WORDED = new RegExp(
  `((?<![\\p{L}\\p{M}])(?:${LATIN_WORDS.map(escape).join("|")})|${OTHER_WORDS.map(escape).join("|")})\\s*(?:no\\.?\\s*|#\\s*)?(\\d+)(?!\\d|[.,]\\d)\\s*(\\S*)`,
  "giu",
);

/** True when `word` is, or (in scripts without spaces) starts with, a multiplier or currency word. */
function isAmountWord(word: string): boolean {
  if (word === "") return false;
  if (AMOUNT_WORDS.has(word) || word.startsWith("%")) return true;
  if (/^\p{Script=Latin}/u.test(word)) return false;
  for (const w of AMOUNT_WORDS) if (w.length >= 2 && word.startsWith(w)) return true;
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The value of a Chinese numeral up to 999 (the formatter's parser covers 1–99). */
function hanValue(s: string): number | null {
  const simple = parseHanNumber(s.replace(/两/gu, "二"));
  if (simple !== null) return simple;
  const m = /^([一二三四五六七八九两])百(?:[零〇]?(.*))?$/u.exec(s);
  if (!m) return null;
  const hundreds = parseHanNumber(m[1]!.replace("两", "二"));
  const rest = m[2] ? parseHanNumber(m[2]) : 0;
  return hundreds === null || rest === null ? null : hundreds * 100 + rest;
}

/**
 * Every clause-shaped reference in `text`, in order. A worded reference
 * followed by a multiplier or currency (`khoản 30 triệu`, "an amount of 30
 * million") is an amount, not a clause, and is skipped.
 */
export function clauseRefs(text: string): ClauseRef[] {
  const s = normalizeDigits(text.normalize("NFC"));
  const refs: { at: number; ref: ClauseRef }[] = [];
  for (const m of s.matchAll(ZH_BRACKETED)) {
    const n = hanValue(m[1]!);
    if (n !== null) refs.push({ at: m.index, ref: { number: n, raw: m[0] } });
  }
  for (const m of s.matchAll(ZH_ORDINAL)) {
    const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : hanValue(m[1]!);
    if (n !== null) refs.push({ at: m.index, ref: { number: n, raw: m[0] } });
  }
  for (const m of s.matchAll(MEASURE_ID)) refs.push({ at: m.index, ref: { number: Number(m[1]), raw: m[0] } });
  for (const m of s.matchAll(WORDED)) {
    const next = (m[3] ?? "").toLowerCase().replace(/[.,;:!?)）]+$/u, "");
    if (isAmountWord(next)) continue;
    refs.push({ at: m.index, ref: { number: Number(m[2]), raw: `${m[1]} ${m[2]}` } });
  }
  return refs.sort((a, b) => a.at - b.at).map((r) => r.ref);
}
