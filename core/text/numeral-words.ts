/**
 * Quantities written in a text, in any of the ten languages: digits of any
 * script, superscript, circled and Roman numeral characters, percent and
 * per-mille signs, numeral words ("three", 三, triệu, ล้าน, juta, libo),
 * multiplier words ("twice", "tens of millions", gấp đôi, สองเท่า) and Roman
 * numerals ("Clause XXV").
 *
 * This does not read a value: it only says that a quantity is there. A text
 * that must carry no figure of its own (the LLM's explanation, whose figures
 * are placeholders filled from the rules core) is refused when anything is
 * found. Ordinary idioms that contain a numeral word (一些, một số, salah
 * satu, สามารถ) are on an allow-list and removed before the search.
 *
 * Everything is matched after NFKC, which turns fullwidth, superscript and
 * circled digits into ASCII digits and Roman numeral characters into letters.
 */

import type { Lang } from "./langs.ts";

/** The ten languages (`core/text/langs.ts`), which key the tables below. */
export type { Lang } from "./langs.ts";

/** One quantity found: what it looked like (for tests and opt-in logs). */
export interface QuantityFound {
  raw: string;
  why: "digit" | "percent" | "numeral_word" | "roman";
}

/** Languages written with spaces between words: their words match whole. */
const SPACED: ReadonlySet<Lang> = new Set(["en", "vi", "id", "ms", "fil"]);

/** Numeral and multiplier words per language. Latin-script ones match as whole words (hyphenated forms too). */
const NUMERALS: Record<Lang, readonly string[]> = {
  en: [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "billions", "trillion", "lakh", "crore", "mn", "bn", "k", "dozen", "dozens", "score",
    "half", "quarter", "twice", "thrice", "double", "doubled", "triple", "tripled", "quadruple", "twofold",
    "threefold", "tenfold", "percent", "per cent", "pct", "once", "single", "pair",
  ],
  zh: [
    "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "萬", "亿", "億", "兆",
    "两", "兩", "壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟", "倍", "半", "成",
    "廿", "卅", "百分之", "双", "翻番", "翻倍", "加倍",
  ],
  vi: [
    "không", "một", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "mốt",
    "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "chục", "linh", "lẻ", "rưỡi", "nửa", "gấp", "đôi",
    "phần trăm", "k",
  ],
  th: [
    "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่", "ร้อย", "พัน", "หมื่น",
    "แสน", "ล้าน", "เท่า", "ครึ่ง", "เปอร์เซ็นต์", "โหล",
  ],
  id: [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    "belas", "puluh", "puluhan", "ratus", "ratusan", "seratus", "ribu", "ribuan", "seribu", "juta", "jutaan",
    "sejuta", "miliar", "milyar", "triliun", "setengah", "separuh", "seperempat", "ganda", "lipat", "persen",
    "lusin", "rb", "jt", "k",
  ],
  ms: [
    "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan", "sepuluh", "sebelas",
    "belas", "puluh", "puluhan", "ratus", "ratusan", "seratus", "ribu", "ribuan", "seribu", "juta", "jutaan",
    "sejuta", "bilion", "trilion", "setengah", "separuh", "suku", "ganda", "lipat", "peratus", "dozen", "k",
  ],
  fil: [
    "isa", "isang", "dalawa", "dalawang", "tatlo", "tatlong", "apat", "lima", "limang", "anim", "pito", "walo",
    "siyam", "sampu", "sampung", "labing", "dalawampu", "daan", "sandaan", "libo", "sanlibo", "libu-libo", "milyon",
    "bilyon", "kalahati", "doble", "triple", "porsiyento", "porsyento", "uno", "dos", "tres", "kuwatro", "singko",
    "mil", "k",
  ],
  km: [
    "សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ដប់", "ម្ភៃ", "សាមសិប", "សែសិប", "ហាសិប", "ហុកសិប", "ចិតសិប",
    "ប៉ែតសិប", "កៅសិប", "រយ", "ពាន់", "ម៉ឺន", "សែន", "លាន", "ពាក់កណ្តាល", "ពាក់កណ្ដាល", "ភាគរយ", "ទ្វេដង", "ដង",
  ],
  lo: [
    "ໜຶ່ງ", "ຫນຶ່ງ", "ສອງ", "ສາມ", "ສີ່", "ຫ້າ", "ຫົກ", "ເຈັດ", "ແປດ", "ເກົ້າ", "ສິບ", "ຊາວ", "ຮ້ອຍ", "ພັນ",
    "ໝື່ນ", "ຫມື່ນ", "ແສນ", "ລ້ານ", "ຕື້", "ເທົ່າ", "ເຄິ່ງ", "ເປີເຊັນ",
  ],
  my: [
    "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး", "ဆယ်", "ဆယ့်", "ရာ", "ထောင်",
    "သောင်း", "သိန်း", "သန်း", "ကုဋေ", "ရာခိုင်နှုန်း", "ဆ", "ထက်ဝက်", "တစ်ဝက်", "နှစ်ဆ", "သုံးဆ",
  ],
};

/**
 * Words that also mean something else (vi năm "year", my နှစ် "year", fil
 * daan "road"): they count only next to another numeral word, a digit or a
 * clause word ("Khoản năm"), where they can only be a quantity.
 */
const AMBIGUOUS: Record<Lang, readonly string[]> = {
  en: ["one", "single", "once", "pair", "score", "quarter", "k"],
  zh: ["一", "成", "半", "双"],
  vi: ["một", "ba", "năm", "tư", "không", "đôi", "linh", "lẻ", "k"],
  th: ["เท่า", "ยี่"],
  id: ["satu", "k"],
  ms: ["satu", "k", "suku", "kosong"],
  fil: ["isa", "isang", "daan", "mil", "dos", "tres", "uno", "k"],
  km: ["មួយ", "ដង", "រយ"],
  lo: ["ເທົ່າ", "ຊາວ"],
  my: ["တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ရာ", "ဆ", "ကိုး"],
};

/**
 * Idioms removed before the search: they contain a numeral word but state no
 * quantity. Kept short on purpose; an idiom missing here costs one template
 * answer, not a wrong figure.
 */
const IDIOMS: Record<Lang, readonly string[]> = {
  en: ["double-check", "double check", "one of", "no one", "anyone", "someone", "one another", "each one", "this one", "that one", "the one", "once again", "at once", "a single"],
  zh: [
    "一些", "一起", "一般", "统一", "唯一", "一直", "进一步", "之一", "一旦", "同一", "一样", "一下", "一致", "一切", "一并", "一经",
    "一项", "一个", "一次性", "一份", "万一", "十分", "一方面", "另一方面", "逐一", "一览", "第一", "一定程度", "不一定", "一名",
    "成为", "成立", "成功", "成果", "完成", "构成", "形成", "组成", "达成", "促成", "半导体", "一体化", "一带一路", "一次",
  ],
  vi: ["một số", "một cách", "một phần", "một trong", "tỷ lệ", "tỉ lệ", "hằng năm", "hàng năm", "năm nay", "mỗi năm", "trong năm", "năm tài chính", "không có", "không phải", "không được", "không thể", "không", "gấp rút"],
  th: [
    "สามารถ", "เรียบร้อย", "พันธมิตร", "ผูกพัน", "สัมพันธ์", "พันธ์", "ห้าม", "เก้าอี้", "เท่านั้น", "เท่ากับ", "เท่าเทียม",
    "เท่าที่", "เท่าไร", "เท่าไหร่", "ร้อยเรียง", "สี่เหลี่ยม", "ดาวน์โหลด", "หนึ่งใน", "อีกหนึ่ง", "สองภาษา", "พันธกิจ", "ยี่ห้อ", "สามัญ",
  ],
  id: ["salah satu", "satu-satunya", "satu sama lain", "kesatuan", "persatuan", "bersatu", "menyatukan", "limau"],
  ms: ["salah satu", "satu-satunya", "satu sama lain", "kesatuan", "persatuan", "bersatu", "menyatukan"],
  fil: ["isa sa", "isa't isa", "sa isa", "isang beses", "isang"],
  km: ["ដើម្បី", "មួយចំនួន", "មួយណា", "ម្ដងទៀត", "រយៈ", "រយៈពេល", "ពីរបៀប", "បីដង", "ដងខ្លួន"],
  lo: ["ສາມາດ", "ສຳພັນ", "ພົວພັນ", "ພັນທະ", "ຫ້າມ", "ເທົ່ານັ້ນ", "ເທົ່າກັບ", "ເທົ່າທຽມ", "ສອງພາສາ", "ຮຽບຮ້ອຍ"],
  my: ["တစ်ခု", "တစ်ဦး", "တစ်စုံတစ်ရာ", "အရာ", "နှစ်သက်", "အသုံး", "သုံးစွဲ", "သုံးပြု", "လေးစား", "ကိုးကား", "ရာထူး", "ဆက်", "ဆိုင်", "ဆို", "ဆောင်", "ဆုံး", "ဆင့်", "ဆွဲ", "ဆန်း", "ဆရာ", "ထူထောင်"],
};

/** Clause words: a numeral word right after one is a clause number ("Khoản năm", "Clause twenty-five"). */
const CLAUSE_WORDS = ["clause", "article", "measure", "item", "khoản", "điều", "ข้อ", "butir", "pasal", "fasal", "perkara", "bahagian", "sugnay", "talata", "ចំណុច", "មាត្រា", "ຂໍ້", "မာတိကာ", "ပုဒ်မ", "第"];

const nfkc = (s: string): string => s.normalize("NFKC").toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Roman numerals of two letters or more, written in capitals: XXV, XII, IV (not CV, CD, MD, DC, MC, CC, MM, LI: names and abbreviations). */
const ROMAN = /(?<![\p{L}\p{N}])(?=[MDCLXVI]{2,}(?![\p{L}\p{N}]))M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])/gu;
const ROMAN_NAMES: ReadonlySet<string> = new Set(["CV", "CD", "MD", "DC", "MC", "CC", "MM", "LI", "DI", "MI", "CI", "XL", "MIX", "DIV", "CIV", "MID", "DIM", "LID"]);

interface Matcher {
  word: string;
  ambiguous: boolean;
  re: RegExp;
}

function matchersFor(lang: Lang): Matcher[] {
  const ambiguous = new Set(AMBIGUOUS[lang].map(nfkc));
  const words = [...new Set(NUMERALS[lang].map(nfkc))].sort((a, b) => b.length - a.length);
  return words.map((word) => ({
    word,
    ambiguous: ambiguous.has(word),
    re: SPACED.has(lang) ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, "gu") : new RegExp(escape(word), "gu"),
  }));
}

const MATCHERS = new Map<Lang, Matcher[]>();
const IDIOM_RES = new Map<Lang, RegExp[]>();
const CLAUSE_BEFORE = new RegExp(`(?:${CLAUSE_WORDS.map((w) => escape(nfkc(w))).join("|")})[\\s.:#]*$`, "u");

function idiomsFor(lang: Lang): RegExp[] {
  let res = IDIOM_RES.get(lang);
  if (!res) {
    const list = [...IDIOMS[lang].map(nfkc)].sort((a, b) => b.length - a.length);
    res = list.map((w) => (SPACED.has(lang) ? new RegExp(`(?<![\\p{L}\\p{M}])${escape(w)}(?![\\p{L}\\p{M}])`, "gu") : new RegExp(escape(w), "gu")));
    IDIOM_RES.set(lang, res);
  }
  return res;
}

/** `s` with idioms blanked out (same length, so positions stay). */
function withoutIdioms(s: string, lang: Lang): string {
  let out = s;
  for (const re of idiomsFor(lang)) out = out.replace(re, (m) => "\u0001".repeat(m.length));
  return out;
}

/**
 * Every quantity in `text` read as `lang` (English numeral words are always
 * looked for too: models mix English into every language). Empty when the
 * text states no quantity of its own.
 *
 * @example
 * findQuantities("up to CNY 2,000,000", "en")  // [{ raw: "2", why: "digit" }, …]
 * findQuantities("tens of millions of yuan", "en") // [{ raw: "millions", why: "numeral_word" }]
 * findQuantities("一些企业可以申请", "zh")       // []
 */
export function findQuantities(text: string, lang: Lang): QuantityFound[] {
  const original = text.normalize("NFKC");
  const found: QuantityFound[] = [];
  for (const m of original.matchAll(/\p{N}+/gu)) found.push({ raw: m[0], why: "digit" });
  for (const m of original.matchAll(/[%‰‱٪﹪]/gu)) found.push({ raw: m[0], why: "percent" });
  for (const m of original.matchAll(ROMAN)) if (!ROMAN_NAMES.has(m[0])) found.push({ raw: m[0], why: "roman" });
  const langs: Lang[] = lang === "en" ? ["en"] : [lang, "en"];
  for (const l of langs) found.push(...numeralWords(withoutIdioms(nfkc(original), l), l));
  return found;
}

/**
 * True when a match in Khmer or Burmese is only part of another syllable: its
 * first letter is written below another (after a coeng or virama, as the បី
 * inside ដើម្បី "in order to"), or a vowel sign follows it (ពីរោះ).
 */
function insideSyllable(s: string, at: number, end: number): boolean {
  const before = s[at - 1] ?? "";
  const after = s[end] ?? "";
  return /[\u17D2\u1039]/u.test(before) || (/[\p{Script=Khmer}\p{Script=Myanmar}]/u.test(s[at] ?? "") && /\p{M}/u.test(after));
}

function numeralWords(s: string, lang: Lang): QuantityFound[] {
  let matchers = MATCHERS.get(lang);
  if (!matchers) {
    matchers = matchersFor(lang);
    MATCHERS.set(lang, matchers);
  }
  const hits: { at: number; end: number; m: Matcher }[] = [];
  const taken = new Array<boolean>(s.length).fill(false);
  for (const m of matchers) {
    for (const x of s.matchAll(m.re)) {
      const at = x.index;
      const end = at + x[0].length;
      if (insideSyllable(s, at, end)) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      hits.push({ at, end, m });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const out: QuantityFound[] = [];
  hits.forEach((h, i) => {
    if (h.m.ambiguous) {
      const maxGap = SPACED.has(lang) ? 12 : 2;
      const near = (o: (typeof hits)[number] | undefined): boolean =>
        o !== undefined && !o.m.ambiguous && (o.at >= h.end ? o.at - h.end : h.at - o.end) <= maxGap;
      const digitNear = /\p{N}/u.test(s.slice(Math.max(0, h.at - 3), h.end + 3));
      if (!near(hits[i - 1]) && !near(hits[i + 1]) && !digitNear && !CLAUSE_BEFORE.test(s.slice(Math.max(0, h.at - 16), h.at))) return;
    }
    out.push({ raw: s.slice(h.at, h.end), why: "numeral_word" });
  });
  return out;
}
