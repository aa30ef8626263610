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
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const HAN = /\p{Script=Han}/u;
/** A leading (consonant +) vowel said twice, leaving a root of four letters or more: "i|invest", "tu|tulungan". */
const REDUPLICATED = /^([b-df-hj-np-tv-z]?[aeiou])\1(?=[a-z]{3})/;

/**
 * `text` lower-cased and NFKC-normalised, with Thai and Lao SARA AM in one form.
 * NFKC splits ำ/ຳ into NIKHAHIT + SARA AA, and keyboards let users type that
 * pair with the tone mark in between (ซํ้า for ซ้ำ); all three spellings look
 * alike on screen, so they are folded back into the one precomposed vowel.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, "$1\u0e33")
    .replace(/\u0ecd([\u0ec8-\u0ecb]?)\u0eb2/g, "$1\u0eb3");
}

/** The words of `text` after {@link normalizeText}, with Han character pairs and Filipino roots added. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(normalizeText(text))) {
    if (!s.isWordLike) continue;
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
