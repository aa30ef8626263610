/**
 * Small numbers spelled as words, the way they come before a multiplier:
 * "two million", "hai triệu", "lima juta", "dalawang milyon", "สามล้าน",
 * "ສາມລ້ານ", "បីលាន", "သုံးသန်း". Larger spelled numbers are left to the
 * multipliers: "two hundred thousand" is two × hundred × thousand.
 */
import { LANGS, type Lang } from "./langs.ts";
import { lexicon, matchWordAt } from "./text.ts";

const EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Indonesian and Malay share their number words (se- is "one": sejuta, seribu, seratus). */
const ID_MS: readonly (readonly [string, number])[] = [
  ...["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"].map((w, i) => [w, i + 1] as const),
  ["lapan", 8],
  ["sejuta", 1e6],
  ["seribu", 1e3],
  ["seratus", 100],
  ["sebilion", 1e9],
  ["semiliar", 1e9],
];

/** Spelled numbers per language (Chinese numerals are read by `chinese-numerals.ts`); a table, so that a new code in LANGS makes the typecheck ask for its words. */
const BY_LANG: Record<Lang, readonly (readonly [string, number])[]> = {
  zh: [],
  en: [
    ["zero", 0],
    ["a", 1], // "a million"
    ...EN_UNITS.map((w, i) => [w, i + 1] as const),
    ...EN_TEENS.map((w, i) => [w, i + 10] as const),
    ...EN_TENS.map((w, i) => [w, (i + 2) * 10] as const),
  ],
  vi: [
    ...["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"].map((w, i) => [w, i + 1] as const),
    ["tư", 4],
    ["bẩy", 7],
  ],
  id: ID_MS,
  ms: ID_MS,
  // with the linked forms used before a noun (dalawang milyon)
  fil: [
    ...["isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam", "sampu"].map((w, i) => [w, i + 1] as const),
    ...["isang", "dalawang", "tatlong", "apat na", "limang", "anim na", "pitong", "walong", "siyam na", "sampung"].map((w, i) => [w, i + 1] as const),
  ],
  th: [
    ...["หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ"].map((w, i) => [w, i + 1] as const),
  ],
  lo: [
    ...["ໜຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ", "ສິບ"].map((w, i) => [w, i + 1] as const),
    ["ຫນຶ່ງ", 1],
  ],
  km: [
    ...["មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន", "ដប់"].map((w, i) => [w, i + 1] as const),
  ],
  my: [
    ...["တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး", "ဆယ်"].map((w, i) => [w, i + 1] as const),
  ],
};

/** Spelled numbers and their values, lower-case NFC. */
export const NUMBER_WORDS: readonly (readonly [string, number])[] = LANGS.flatMap((lang) => BY_LANG[lang]);

const WORDS = lexicon(NUMBER_WORDS);
const EN_UNIT_WORDS = lexicon(EN_UNITS.map((w, i) => [w, i + 1] as const));

/**
 * A spelled number at `i` and where it ends, or null. English tens take a unit
 * after them ("twenty-five", "twenty five").
 */
export function readNumberWord(s: string, i: number): { value: number; end: number } | null {
  const m = matchWordAt(s, i, WORDS);
  if (!m) return null;
  if (m.value >= 20 && m.value < 100 && m.value % 10 === 0 && /^[a-z]+$/.test(m.word)) {
    const sep = s[m.end];
    if (sep === "-" || sep === " ") {
      const unit = matchWordAt(s, m.end + 1, EN_UNIT_WORDS);
      if (unit) return { value: m.value + unit.value, end: unit.end };
    }
  }
  return { value: m.value, end: m.end };
}
