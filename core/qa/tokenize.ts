/**
 * Words of any of the ten languages, for the search index: `Intl.Segmenter`
 * finds word boundaries in scripts written without spaces (Chinese, Thai,
 * Lao, Khmer, Burmese); Han runs also give their character pairs, so that
 * "算力券" matches "算力" and "力券" even when the dictionary splits them
 * differently in the question and in the text.
 *
 * Filipino marks aspect by repeating a verb's first syllable, on native roots
 * and on English loans alike ("mag-iinvest", "nag-aapply", "tutulungan"); the
 * root is added beside such a word so that it meets "invest", "apply",
 * "tulong…" in the texts.
 */
import { STOP_WORD_LIST } from "./stopwords.ts";

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
/** A leading (consonant +) vowel said twice, leaving a root of four letters or more: "i|invest", "tu|tulungan". */
const REDUPLICATED = /^([b-df-hj-np-tv-z]?[aeiou])\1(?=[a-z]{3})/;

/**
 * `text` lower-cased and NFKC-normalised, with Thai and Lao letters in the
 * forms the segmenter's dictionaries know. NFKC splits SARA AM (ำ, ຳ) into
 * NIKHAHIT + SARA AA, which keyboards also let users type with the tone mark
 * in between (ซํ้า for ซ้ำ), and splits Lao ໜ/ໝ into ຫນ/ຫມ, which many users
 * type as two keys anyway; the dictionary knows only the single letters, and
 * cut "ສະຫນັບສະຫນູນ" (support) into "ສະ|ຫ|ນັບ|…".
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, "$1\u0e33")
    .replace(/\u0ecd([\u0ec8-\u0ecb]?)\u0eb2/g, "$1\u0eb3")
    .replace(/\u0eab\u0e99/g, "\u0edc")
    .replace(/\u0eab\u0ea1/g, "\u0edd");
}

const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_LIST.map(normalizeText));

/**
 * A space wherever Latin letters or digits meet a script written without
 * spaces: the Thai dictionary glued "เช่าGPUเทรน" into one word, and the
 * topic word GPU was lost inside it.
 */
function splitScripts(text: string): string[] {
  return text.split(SCRIPT_SEAM);
}
const SCRIPT_SEAM = /(?<=[\p{Script=Latin}\p{Nd}])(?=[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}])|(?<=[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}])(?=[\p{Script=Latin}\p{Nd}])/u;

/** The words of `text` after {@link normalizeText}, without stop words, with Han character pairs and Filipino roots added. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of splitScripts(normalizeText(text)).flatMap((part) => [...segmenter.segment(part)])) {
    if (!s.isWordLike || STOP_WORDS.has(s.segment)) continue;
    const word = s.segment;
    out.push(word);
    const redup = REDUPLICATED.exec(word);
    if (redup) out.push(word.slice(redup[1]!.length));
    if (HAN.test(word) && word.length > 2) {
      const chars = [...word];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}

/** `word` without accents ("miễn" → "mien", "đ" → "d"); Latin script only. */
function foldAccents(word: string): string {
  if (!LATIN.test(word)) return word;
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC");
}

/**
 * The words to index for `text`: {@link tokenize}, plus each accented Latin
 * word without its accents. Vietnamese users often type without diacritics
 * ("mien phi van phong"); an accented question still meets only the accented
 * words, so its precision is untouched.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenize(text)) {
    out.push(word);
    const folded = foldAccents(word);
    if (folded !== word && !STOP_WORDS.has(folded)) out.push(folded);
  }
  return out;
}
