/**
 * Words of any of the ten languages, for the search index: `Intl.Segmenter`
 * finds word boundaries in scripts written without spaces (Chinese, Thai,
 * Lao, Khmer, Burmese); Han runs also give their character pairs, so that
 * "算力券" matches "算力" and "力券" even when the dictionary splits them
 * differently in the question and in the text.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const HAN = /\p{Script=Han}/u;

/** Lower-cased, NFKC-normalised words of `text` (Thai and Lao vowel forms unified), with Han character pairs added. */
export function tokenize(text: string): string[] {
  const norm = text.normalize("NFKC").toLowerCase().replace(/\u0e4d\u0e32/g, "\u0e33").replace(/\u0ecd\u0eb2/g, "\u0eb3");
  const out: string[] = [];
  for (const s of segmenter.segment(norm)) {
    if (!s.isWordLike) continue;
    const word = s.segment;
    out.push(word);
    if (HAN.test(word) && word.length > 2) {
      const chars = [...word];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}
