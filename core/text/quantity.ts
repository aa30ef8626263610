/**
 * The number inside an answer: digits with separators, Chinese numerals,
 * multiplier words ("2 million", "5 juta", "3 ล้าน 5 แสน", "1 tỷ 2"), with the
 * words around them (currency, "about", "people") recognised by the caller's
 * dictionary. Shared by the money and integer parsers.
 */
import type { Lang } from "./langs.ts";
import { D, type Dec } from "../rules/money.ts";
import { isChineseNumeralChar, readChineseNumber, type ChineseItem } from "./chinese-numerals.ts";
import { MULTIPLIERS, type Multiplier } from "./multipliers.ts";
import { readNumberWord } from "./number-words.ts";
import { NEGATIVE_WORDS, VAGUE_WORDS } from "./quantity-words.ts";
import { readNumeral } from "./separators.ts";
import { lexicon, matchWordAt, prepare, type Lexicon } from "./text.ts";

/** What a dictionary word does to an answer. */
export type WordRole = "ignore" | "foreign";

/** Why an answer holds no usable number. */
export type QuantityError = "empty" | "not_a_number" | "negative" | "ambiguous";

/** What made an answer `ambiguous`. */
export type AmbiguityHint = "separator" | "currency" | "multiplier" | "vague";

/** A number read from an answer, or why there is none. */
export type QuantityResult =
  | { readonly ok: true; readonly value: Dec }
  | { readonly ok: false; readonly error: QuantityError; readonly hint?: AmbiguityHint };

type Role = WordRole | "minus" | "vague" | { readonly multiplier: Multiplier };
type Token =
  | { readonly k: "num"; readonly text: string }
  | { readonly k: "spelled"; readonly value: number }
  | { readonly k: "cjk"; readonly char: string }
  | { readonly k: "word"; readonly role: Role };

const COMMON: readonly (readonly [string, Role])[] = [
  ...MULTIPLIERS.map(([w, m]) => [w, { multiplier: m }] as const),
  ...NEGATIVE_WORDS.map((w) => [w, "minus"] as const),
  ...VAGUE_WORDS.map((w) => [w, "vague"] as const),
];

/** Builds the dictionary for {@link readQuantity} from the caller's words. */
export function quantityLexicon(words: Iterable<readonly [string, WordRole]>): Lexicon<Role> {
  return lexicon<Role>([...COMMON, ...words]);
}

const fail = (error: QuantityError, hint?: AmbiguityHint): QuantityResult =>
  hint ? { ok: false, error, hint } : { ok: false, error };

/** Punctuation that may sit around a number without changing it. */
const STRAY = new Set([",", ".", ":", "=", "'", '"', "“", "”", "(", ")", "!", "。", "、", "?"]);

/**
 * Reads the one number in `text`. Unknown words make it `not_a_number`, so a
 * sentence is never mined for a figure: answers are short, and a guess would
 * put a wrong amount in the user's profile.
 */
export function readQuantity(text: string, words: Lexicon<Role>, lang?: Lang): QuantityResult {
  const s = prepare(text);
  if (!/[\p{L}\p{N}]/u.test(s)) return fail(s === "" ? "empty" : "not_a_number");
  const tokens = lex(s, words);
  if (!tokens) return fail("not_a_number");

  let negative = false;
  let foreign = false;
  let vague = false;
  const kept: Token[] = [];
  for (const t of tokens) {
    if (t.k !== "word" || typeof t.role === "object") {
      kept.push(t);
      continue;
    }
    if (t.role === "minus") {
      if (kept.length > 0) return fail("not_a_number");
      negative = true;
    } else if (t.role === "foreign") foreign = true;
    else if (t.role === "vague") vague = true;
  }

  const items = toItems(kept, lang);
  if (!items.ok) return items;
  const total = sumGroups(items.items, lang);
  if (!total.ok) return total;
  if (negative && !total.value.isZero()) return fail("negative");
  if (foreign) return fail("ambiguous", "currency");
  if (vague) return fail("ambiguous", "vague");
  return total;
}

function lex(s: string, words: Lexicon<Role>): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? "";
    if (c === " ") {
      i++;
      continue;
    }
    if (/\d/.test(c)) {
      const end = numeralEnd(s, i);
      tokens.push({ k: "num", text: s.slice(i, end) });
      i = end;
      continue;
    }
    const last = tokens[tokens.length - 1];
    // After a number, "สิบ" in สามสิบ is the tens multiplier, not another number.
    const spelled = last?.k === "num" || last?.k === "spelled" ? null : spelledAt(s, i, words);
    if (spelled) {
      tokens.push({ k: "spelled", value: spelled.value });
      i = spelled.end;
      continue;
    }
    const word = matchWordAt(s, i, words);
    if (word) {
      tokens.push({ k: "word", role: word.value });
      i = word.end;
    } else if (isChineseNumeralChar(c)) {
      tokens.push({ k: "cjk", char: c });
      i++;
    } else if (STRAY.has(c)) i++;
    else return null;
  }
  return tokens;
}

/**
 * A spelled number ("two", "hai", "สาม") counts only right before a multiplier
 * ("two million", "hai triệu", "สามล้าน"): alone, "hai" is also "hi" and "ba"
 * starts "baht". Words that hold their own multiplier (sejuta, seribu) count
 * alone.
 */
function spelledAt(s: string, i: number, words: Lexicon<Role>): { value: number; end: number } | null {
  const n = readNumberWord(s, i);
  if (!n) return null;
  if (n.value >= 100) return n;
  let j = n.end;
  while (s[j] === " ") j++;
  const next = matchWordAt(s, j, words);
  return next && typeof next.value === "object" ? n : null;
}

/**
 * Where a written number starting at `i` ends: digits, `.`/`,` followed by a
 * digit, or a space followed by exactly three digits (`1 200 000`).
 */
export function numeralEnd(s: string, i: number): number {
  let j = i;
  while (/\d/.test(s[j] ?? "")) j++;
  for (;;) {
    const sep = s[j];
    if ((sep === "." || sep === ",") && /\d/.test(s[j + 1] ?? "")) {
      j += 1;
      while (/\d/.test(s[j] ?? "")) j++;
    } else if (sep === " " && /^\d{3}(?!\d)/.test(s.slice(j + 1, j + 5))) j += 4;
    else return j;
  }
}

type Item = { readonly value: Dec; readonly bareDigits: number | null } | { readonly multiplier: Multiplier };

/** Joins digits and Chinese characters that touch into numbers; keeps multipliers. */
function toItems(tokens: readonly Token[], lang: Lang | undefined): { ok: true; items: Item[] } | Extract<QuantityResult, { ok: false }> {
  const items: Item[] = [];
  let run: Token[] = [];
  const flush = (): Extract<QuantityResult, { ok: false }> | null => {
    if (run.length === 0) return null;
    const read = readRun(run, lang);
    run = [];
    if (!read.ok) return read;
    items.push(read.item);
    return null;
  };
  for (const t of tokens) {
    if (t.k === "word") {
      const failed = flush();
      if (failed) return failed;
      if (typeof t.role === "object") items.push({ multiplier: t.role.multiplier });
    } else run.push(t);
  }
  const failed = flush();
  return failed ?? { ok: true, items };
}

function readRun(run: readonly Token[], lang: Lang | undefined): { ok: true; item: Item } | Extract<QuantityResult, { ok: false }> {
  const chinese: ChineseItem[] = [];
  for (const t of run) {
    if (t.k === "cjk") {
      chinese.push({ char: t.char });
    } else if (t.k === "spelled") {
      chinese.push({ num: new D(t.value), bare: false, text: String(t.value) });
    } else if (t.k === "num") {
      const r = readNumeral(t.text, lang);
      if (!r.ok) return r.error === "ambiguous" ? { ok: false, error: "ambiguous", hint: "separator" } : { ok: false, error: r.error };
      chinese.push({ num: r.value, bare: r.bare, text: t.text });
    }
  }
  const [only] = chinese;
  if (chinese.length === 1 && only && "num" in only) {
    return { ok: true, item: { value: only.num, bareDigits: only.bare ? only.text.replace(/^0+(?=\d)/, "").length : null } };
  }
  const read = readChineseNumber(chinese);
  if (!read.ok) return read.error === "ambiguous" ? { ok: false, error: "ambiguous", hint: "multiplier" } : { ok: false, error: read.error };
  return { ok: true, item: { value: read.value, bareDigits: null } };
}

/**
 * Adds groups of number × multipliers, largest first: "3 ล้าน 5 แสน" is
 * 3,500,000, "5 ratus ribu" 500,000 (multipliers in a row multiply, smallest
 * first), "1 tỷ 2" 1,200,000,000 (one last digit stands one place below the
 * group before, as in 一亿二). A longer last number is `ambiguous` unless it
 * fills the places exactly ("2 triệu 500" may be 2,000,500 or 2,500,000).
 * Burmese may name the unit first: "သိန်း ၅၀".
 */
function sumGroups(items: readonly Item[], lang: Lang | undefined): QuantityResult {
  const [first, second] = items;
  if (!first) return fail("not_a_number");
  if ("multiplier" in first) {
    if (first.multiplier.mayLead && items.length === 2 && second && "value" in second) {
      return { ok: true, value: second.value.times(first.multiplier.value) };
    }
    return fail("not_a_number");
  }

  let total = new D(0);
  let previousScale: Dec | null = null;
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (!item || "multiplier" in item) return fail("not_a_number");
    i++;
    let scale = new D(1);
    let lastMultiplier = new D(0);
    for (let next = items[i]; next && "multiplier" in next; next = items[++i]) {
      const m = next.multiplier;
      if (lang && m.ambiguousIn?.includes(lang)) return fail("ambiguous", "multiplier");
      if (m.value.lessThanOrEqualTo(lastMultiplier)) return fail("not_a_number");
      scale = scale.times(m.value);
      lastMultiplier = m.value;
    }
    let value = item.value.times(scale);
    if (previousScale !== null) {
      if (scale.equals(1)) {
        if (i < items.length) return fail("not_a_number");
        const tail = trailingDigits(item, previousScale);
        if (!tail.ok) return tail;
        value = tail.value;
      } else if (scale.greaterThanOrEqualTo(previousScale) || value.greaterThanOrEqualTo(previousScale)) {
        return fail("not_a_number");
      }
    }
    total = total.plus(value);
    previousScale = scale;
    if (scale.equals(1) && i < items.length) return fail("not_a_number");
  }
  return { ok: true, value: total };
}

function trailingDigits(item: Extract<Item, { value: Dec }>, previousScale: Dec): QuantityResult {
  if (item.bareDigits === null) return fail("not_a_number");
  const places = previousScale.toFixed().length - 1;
  if (item.bareDigits === 1) return { ok: true, value: item.value.times(previousScale).dividedBy(10) };
  if (item.bareDigits === places) return { ok: true, value: item.value };
  return item.bareDigits < places ? fail("ambiguous", "multiplier") : fail("not_a_number");
}
