/**
 * Small text helpers shared by the parsers: one preparation step and a word
 * matcher that knows where words end in scripts with and without spaces.
 */
import { normalizeDigits } from "./digits.ts";

const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;

/** True when `ch` is a Latin-script letter (a, é, ự, …). */
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

/**
 * Lower-cases character by character, keeping any character whose lower case
 * would change the text's length (so offsets into the text stay valid).
 */
export function lowerSameLength(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

/**
 * What the parsers match against: NFC (Vietnamese typed with combining marks
 * becomes precomposed), digits and full-width forms in ASCII, lower case, runs
 * of spaces collapsed, trimmed.
 */
export function prepare(text: string): string {
  return lowerSameLength(normalizeDigits(text.normalize("NFC"))).replace(/\s+/gu, " ").trim();
}

/** A set of words looked up by their first character, longest first. */
export interface Lexicon<T> {
  readonly byFirst: ReadonlyMap<string, readonly (readonly [string, T])[]>;
}

/** Builds a {@link Lexicon}; words must already be lower-case NFC. */
export function lexicon<T>(pairs: Iterable<readonly [string, T]>): Lexicon<T> {
  const byFirst = new Map<string, (readonly [string, T])[]>();
  for (const pair of pairs) {
    const first = pair[0][0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(pair);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst };
}

/** A word found at some position. */
export interface WordMatch<T> {
  readonly word: string;
  readonly value: T;
  /** Index just past the word. */
  readonly end: number;
}

/**
 * The longest word of `lex` starting at `i`. Latin words must stand alone (no
 * Latin letter right before or after them), so "m" never matches inside "mei";
 * no word may end just before a combining mark, which would cut a Thai, Lao,
 * Khmer or Burmese syllable in two.
 */
export function matchWordAt<T>(s: string, i: number, lex: Lexicon<T>): WordMatch<T> | null {
  const candidates = lex.byFirst.get(s[i] ?? "");
  if (!candidates) return null;
  for (const [word, value] of candidates) {
    if (!s.startsWith(word, i)) continue;
    const end = i + word.length;
    if (isLatinLetter(word[0]) && isLatinLetter(s[i - 1])) continue;
    if (isLatinLetter(word[word.length - 1]) && isLatinLetter(s[end])) continue;
    if (MARK.test(s[end] ?? "")) continue;
    return { word, value, end };
  }
  return null;
}
