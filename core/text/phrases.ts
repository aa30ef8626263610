/**
 * Matching short answers against phrase lists: the same answer arrives as
 * "Không biết ạ!", "không biết", "tôi không biết", so we compare compact keys
 * with politeness particles and a leading "I" taken off.
 */
import { prepare } from "./text.ts";

/** Punctuation, symbols other than emoji, and spaces: none of them changes a short answer. */
const NOISE = /[\p{P}\s\p{Sm}\p{Sk}]/gu;

/** An answer or phrase reduced to lower-case letters and digits, no spaces. */
export function compact(text: string): string {
  return prepare(text).replace(NOISE, "").replace(/\uFE0F/g, "");
}

/**
 * Politeness particles that end an answer without changing it: Thai ครับ/ค่ะ,
 * Vietnamese ạ, Filipino po, Khmer បាទ/ចាស (only after other words: alone they
 * mean "yes"), Lao ເຈົ້າ, Burmese ပါ/ခင်ဗျာ/ရှင်.
 */
const TRAILING_PARTICLES = [
  "ครับผม", "ครับ", "คับ", "ค่ะ", "ค่า", "คะ", "จ้ะ", "จ้า", "จ๊ะ", "นะ", "ฮะ",
  "ạ", "nhé", "nha", "po", "naman", "lah", "kok", "dong",
  "បាទ", "ចាស៎", "ចាស", "ចា៎",
  "ເຈົ້າ", "ເດີ",
  "ခင်ဗျာ", "ခင်ဗျ", "ရှင့်", "ရှင်", "နော်", "ပါ",
].map(compact);

/** Words for "I"/"we" that may open an answer ("tôi không biết", "ผมไม่ทราบ"). */
const LEADING_PRONOUNS = [
  "i", "we", "我", "我们", "我們", "tôi", "em", "mình", "chúng tôi", "ผม", "ฉัน", "ดิฉัน", "หนู", "เรา",
  "saya", "aku", "kami", "ako", "kami ay", "ខ្ញុំ", "យើង", "ຂ້ອຍ", "ຂ້າພະເຈົ້າ", "ພວກເຮົາ",
  "ကျွန်တော်", "ကျွန်မ", "ကျနော်", "ကျမ", "vâng", "dạ",
].map(compact);

/**
 * The compact forms under which a short answer may be listed: as written,
 * without trailing particles, and without a leading pronoun (or Vietnamese
 * "dạ"/"vâng" opener).
 */
export function answerKeys(text: string): string[] {
  const keys = new Set<string>();
  const base = compact(text);
  if (base === "") return [];
  keys.add(base);
  let stripped = base;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of TRAILING_PARTICLES) {
      if (stripped.length > p.length && stripped.endsWith(p)) {
        stripped = stripped.slice(0, -p.length);
        keys.add(stripped);
        changed = true;
      }
    }
  }
  for (const key of [...keys]) {
    for (const p of LEADING_PRONOUNS) {
      if (key.length > p.length && key.startsWith(p)) keys.add(key.slice(p.length));
    }
  }
  return [...keys];
}

/** A set of phrases compared by {@link compact} form. */
export function phraseSet(phrases: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const p of phrases) set.add(compact(p));
  return set;
}
