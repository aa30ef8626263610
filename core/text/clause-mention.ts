/**
 * Which measure a user names by its number, as users type it in the ten
 * languages: the policy's own （四） and 第四条, the measure id `m04`, and a
 * clause word before a number: "clause 4", "measure 4", "khoản 12", "Điều 4",
 * "ข้อ 9", "มาตรการที่ 13", "Pasal 21", "Fasal 21", "Seksyen 21", "Sugnay 21",
 * "Artikulo 13", "មាត្រា ៤", "ចំណុចទី ២១", "ມາດຕາ 4", "ຂໍ້ ໙", "ပုဒ်မ ၄",
 * "အချက် ၁၃", and "explain 4" in each language. Digits of any script count (Thai ๙, Lao ໙, Khmer ៩, Burmese ၉,
 * full-width ９).
 *
 * Kept apart from the guard's wider reader of clause references: this one
 * decides where a question goes, so it reads only what a user would type to
 * name one measure, and leaves amounts ("khoản 30 triệu", "ข้อ 5 ล้าน") alone.
 */
import { MEASURE_IDS, type MeasureId } from "../rules/types.ts";

/** Words that name a clause or measure before its number; Latin ones must stand as words. */
const CLAUSE_WORDS = [
  "clause", "clauses", "measure", "measures", "item", "article", "section", "point", "provision", "no.",
  "措施", "条款", "條款",
  "điều", "khoản", "mục", "biện pháp", "điểm", "dieu", "khoan", "muc", "bien phap",
  "ข้อ", "มาตรการ", "มาตรา",
  "pasal", "butir", "poin", "langkah", "ketentuan",
  "perkara", "seksyen", "fasal", "butiran",
  "artikulo", "seksyon", "seksiyon", "sugnay", "probisyon", "hakbang",
  "មាត្រា", "ចំណុច", "វិធានការ", "ប្រការ",
  "ມາດຕາ", "ຂໍ້", "ມາດຕະການ",
  "ပုဒ်မ", "အပိုဒ်", "အချက်", "အစီအမံ",
  // "explain 4" after the results names measure 4 as well.
  "explain", "giải thích", "giai thich", "解释", "解釋", "อธิบาย", "jelaskan", "terangkan", "ipaliwanag", "ពន្យល់", "ອະທິບາຍ", "ရှင်းပြ",
].sort((a, b) => b.length - a.length);

/** Marks between the word and its number: "no.", "#", "số", ordinals (ที่, ទី, ທີ, ke-, ika-, 第). */
const NUMBER_MARK = String.raw`(?:no\.?|nr\.?|#|number|số|so|thứ|ที่|ទី|ທີ|ke-?|ika-?|第)?`;

/** After the number, these make it an amount, a count or a duration, not a clause ("khoản 30 triệu", "ข้อ 5 ล้าน", "point 3 years"). */
const AMOUNT_AFTER =
  /^\s*(?:[%％万萬千百亿億元块塊]|triệu|trieu|tr\b|nghìn|ngàn|tỷ|ty\b|đồng|ล้าน|พัน|หมื่น|แสน|บาท|หยวน|juta|ribu|rb\b|jt\b|miliar|ringgit|rm\b|libo|milyon|piso|លាន|ពាន់|ម៉ឺន|រៀល|យន់|ລ້ານ|ພັນ|ກີບ|ຢວນ|သိန်း|သောင်း|ထောင်|ကျပ်|ယွမ်|k\b|m\b|million|thousand|yuan|rmb|cny|usd|\$|[.,]\d|年|个月|個月|人|years?\b|months?\b|people\b|persons?\b|năm\b|tháng\b|người\b|ปี|เดือน|คน|tahun\b|bulan\b|orang\b|taon\b|buwan\b|tao\b|ឆ្នាំ|ខែ|នាក់|ປີ|ເດືອນ|ຄົນ|နှစ်|ဦး)/iu;

const HAN_NUMERAL = "[一二两兩三四五六七八九十]{1,3}";
const NUMBER = String.raw`(\d{1,3}|${HAN_NUMERAL})`;
const BRACKETED = new RegExp(String.raw`[（(]\s*(${HAN_NUMERAL}|\d{1,2})\s*[）)]`, "gu");
const ORDINAL = new RegExp(String.raw`第\s*${NUMBER}\s*(?:条|條|项|項|款|点|點|个措施|個措施|项措施|項措施)`, "gu");
const MEASURE_ID = /(?<![\p{L}\p{N}])m(\d{2})(?![\p{L}\p{N}])/gu;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A clause word, then a mark, then the number; a Latin word must not be the end of a longer word. */
const WORDED = new RegExp(
  String.raw`(?<![\p{Script=Latin}])(?:${CLAUSE_WORDS.map(escape).join("|")})\s*${NUMBER_MARK}\s*${NUMBER}(?![\p{N}])`,
  "giu",
);

/** One more number of a list after a worded clause number. */
const LIST_NEXT = new RegExp(
  String.raw`^\s*(?:,|、|，|&|/|and|or|và|hoặc|dan|atau|at|o|และ|หรือ|និង|ឬ|ແລະ|ຫຼື|နှင့်|和|与|與|或)\s*${NUMBER_MARK}\s*${NUMBER}(?![\p{N}])`,
  "iu",
);

const HAN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (enough for 22 measures), or null. */
function hanNumber(s: string): number | null {
  const m = /^([一二两兩三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === "") return null;
  if (!m[2]) return m[1] && !m[3] ? HAN_DIGITS[m[1]]! : null;
  return (m[1] ? HAN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? HAN_DIGITS[m[3]]! : 0);
}

function numberOf(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : (hanNumber(written) ?? 0);
}

/** Every decimal digit of any script as ASCII, full-width brackets left as they are. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0)!;
    if (cp <= 0x39) return d;
    let start = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((cp - start) % 10);
  });
}

/**
 * The measures `text` names by number, in the order named, each once; numbers
 * outside 1–22 and numbers followed by an amount word are left out. Pure; never throws.
 *
 * @example clauseMentioned("what is clause 13?") // ["m13"]
 * @example clauseMentioned("（四）和第二十一条") // ["m04", "m21"]
 * @example clauseMentioned("khoản 30 triệu") // []
 */
export function clauseMentioned(text: string): MeasureId[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const s = asciiDigits(text.normalize("NFC")).toLowerCase();
  const hits: { at: number; n: number }[] = [];
  for (const m of s.matchAll(BRACKETED)) hits.push({ at: m.index, n: numberOf(m[1]!) });
  for (const m of s.matchAll(ORDINAL)) hits.push({ at: m.index, n: numberOf(m[1]!) });
  for (const m of s.matchAll(MEASURE_ID)) hits.push({ at: m.index, n: Number(m[1]) });
  for (const m of s.matchAll(WORDED)) {
    let end = m.index + m[0].length;
    if (AMOUNT_AFTER.test(s.slice(end))) continue;
    hits.push({ at: m.index, n: numberOf(m[1]!) });
    // "clauses 13 and 14", "ข้อ 9 และ 10", "khoản 12, 13"
    for (let next = LIST_NEXT.exec(s.slice(end)); next; next = LIST_NEXT.exec(s.slice(end))) {
      end += next[0].length;
      if (AMOUNT_AFTER.test(s.slice(end))) break;
      hits.push({ at: end, n: numberOf(next[1]!) });
    }
  }
  const ids: MeasureId[] = [];
  for (const { n } of hits.sort((a, b) => a.at - b.at)) {
    const id = n >= 1 ? MEASURE_IDS[n - 1] : undefined;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Latin-script clause words that belong to one language ("Pasal" is Indonesian, "Fasal" Malay, "Sugnay" Filipino). */
const WORD_LANGUAGE: Readonly<Record<string, "en" | "vi" | "id" | "ms" | "fil">> = {
  clause: "en", clauses: "en", measure: "en", measures: "en", article: "en", section: "en", provision: "en",
  dieu: "vi", khoan: "vi", muc: "vi",
  pasal: "id", butir: "id", poin: "id", ketentuan: "id",
  fasal: "ms", seksyen: "ms", perkara: "ms", butiran: "ms",
  artikulo: "fil", seksyon: "fil", seksiyon: "fil", sugnay: "fil", probisyon: "fil",
};

/**
 * The language of the clause word of a message that is a clause reference in
 * Latin script, or null: "Pasal 21" is Indonesian, "Seksyen 21" Malay,
 * "Sugnay 4" Filipino, "clause 4" English. For telling the language of a
 * message too short for any other sign.
 */
export function clauseWordLanguage(text: string): "en" | "vi" | "id" | "ms" | "fil" | null {
  if (typeof text !== "string" || clauseMentioned(text).length === 0) return null;
  const first = /\p{Script=Latin}+/u.exec(text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
  return (first && WORD_LANGUAGE[first[0]]) ?? null;
}
