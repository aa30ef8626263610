/**
 * Which of the 22 measures a text refers to, however it names them: the
 * policy's own （十三）, 第十三条, `m13`, "clause 13", "Điều 13", "ข้อ 13",
 * "Pasal 13", "Perkara 13", "Artikulo 13", "មាត្រា ១៣", "ມາດຕາ 13", "ပုဒ်မ ၁၃".
 */
import { MEASURE_IDS, type MeasureId } from "../rules/types.ts";
import { parseChineseNumber } from "./chinese-numerals.ts";
import { normalizeDigits } from "./digits.ts";
import { MULTIPLIERS } from "./multipliers.ts";
import { CNY_WORDS, FOREIGN_CURRENCY_WORDS } from "./quantity-words.ts";
import { lexicon, lowerSameLength, matchWordAt } from "./text.ts";

/** Words that name a clause or measure before its number, in the ten languages. */
const CLAUSE_WORDS = [
  "clause", "clauses", "measure", "measures", "item", "items", "article", "articles", "section", "sections", "point",
  "points", "provision", "provisions",
  "措施", "条款", "條款",
  "điều", "khoản", "mục", "biện pháp", "điểm",
  "ข้อ", "มาตรการ", "มาตรา",
  "pasal", "butir", "poin", "langkah", "ketentuan", "tindakan", "kebijakan",
  "perkara", "seksyen", "fasal", "butiran",
  "artikulo", "seksyon", "sugnay", "probisyon", "hakbang", "aytem",
  "មាត្រា", "ចំណុច", "វិធានការ", "ប្រការ",
  "ມາດຕາ", "ຂໍ້", "ມາດຕະການ",
  "ပုဒ်မ", "အပိုဒ်", "အချက်", "အစီအမံ",
];

/** "No.", "#", ordinal markers between the word and its number (ข้อที่ 13, វិធានការទី ១៣, số 13, ke-13, ika-13). */
const NUMBER_MARKS = lexicon(["no.", "no", "nr.", "#", "number", "số", "thứ", "ที่", "ទី", "ທີ", "ke-", "ke", "ika-", "ika", "第"].map((w) => [w, true] as const));
/** Between two numbers of a list. */
const LIST_JOINS = lexicon(
  [",", "、", "，", "and", "or", "&", "và", "hoặc", "dan", "atau", "at", "o", "และ", "หรือ", "និង", "ឬ", "ແລະ", "ຫຼື", "နှင့်", "和", "及", "与", "與", "或", "/"].map(
    (w) => [w, "list"] as const,
  ),
);
/** Between the ends of a range. */
const RANGE_JOINS = lexicon(
  ["-", "–", "—", "~", "〜", "to", "through", "至", "到", "đến", "tới", "hingga", "sampai", "hanggang", "ถึง", "ដល់", "ເຖິງ", "မှ", "အထိ"].map(
    (w) => [w, "range"] as const,
  ),
);
const KEYWORDS = lexicon(CLAUSE_WORDS.map((w) => [w, true] as const));
/** After "khoản 30" these make it an amount ("khoản 30 triệu": a sum of 30 million), not a clause. */
const AMOUNT_WORDS = lexicon([...MULTIPLIERS.map(([w]) => w), ...CNY_WORDS, ...FOREIGN_CURRENCY_WORDS, "%"].map((w) => [w, true] as const));

const HAN = "[一二两兩三四五六七八九十〇零]+";
const BRACKETED = new RegExp(`[（(]\\s*(${HAN}|\\d{1,2})\\s*[）)]`, "gu");
const ORDINAL = new RegExp(`第\\s*(${HAN}|\\d{1,3})\\s*[条條项項款点點]`, "gu");
const MEASURE_ID_RANGE = /(?<![\p{L}\p{N}])m(\d{2})(?:\s*(?:-|–|—|~|〜|to|至|到)\s*m(\d{2}))?(?![\p{L}\p{N}])/gu;

/**
 * The measure ids (`m01`…`m22`) that `text` mentions, in order of first
 * mention, each once. Ranges count every measure in them (`m01–m04`, "clauses
 * 1 to 4", （一）至（四） gives m01 and m04 only, the brackets being separate
 * mentions). Numbers outside 1–22 name no measure and are left out (the LLM
 * guard finds invented clause numbers with its own `clauseRefs`). A worded
 * number followed by an amount word ("khoản 30 triệu") is an amount, not a
 * clause. Pure; never throws.
 *
 * @example clauseMentions("符合第十三条和（五）") // ["m13", "m05"]
 */
export function clauseMentions(text: string): MeasureId[] {
  try {
    return scan(text);
  } catch {
    // The scanner only reads; this guards the guard against an input we did not foresee.
    return [];
  }
}

function scan(text: string): MeasureId[] {
  const s = lowerSameLength(normalizeDigits(text.normalize("NFC")));
  const hits: { at: number; n: number }[] = [];
  for (const m of s.matchAll(BRACKETED)) hits.push({ at: m.index, n: numberOf(m[1] ?? "") });
  for (const m of s.matchAll(ORDINAL)) hits.push({ at: m.index, n: numberOf(m[1] ?? "") });
  for (const m of s.matchAll(MEASURE_ID_RANGE)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (const n of range(from, to)) hits.push({ at: m.index, n });
  }
  for (let i = 0; i < s.length; i++) {
    const word = matchWordAt(s, i, KEYWORDS);
    if (!word) continue;
    for (const n of numbersAfter(s, word.end)) hits.push({ at: i, n });
  }
  const ids: MeasureId[] = [];
  for (const { n } of hits.sort((a, b) => a.at - b.at)) {
    const id = MEASURE_IDS[n - 1];
    if (n >= 1 && id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function numberOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  return parseChineseNumber(written)?.toNumber() ?? 0;
}

/** Every number of a range, when it is a sensible one (at most the 22 measures). */
function range(from: number, to: number): number[] {
  if (to < from || to - from > MEASURE_IDS.length) return [from, to];
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function skipSpaces(s: string, i: number): number {
  let j = i;
  while (s[j] === " ") j++;
  return j;
}

/** A clause number at `i` (1–3 digits, or Chinese numerals), and where it ends. */
function readNumber(s: string, i: number): { n: number; end: number } | null {
  const m = new RegExp(`^(?:(\\d{1,3})(?![\\d]|[.,]\\d)|(${HAN}))`, "u").exec(s.slice(i));
  if (!m) return null;
  const end = i + m[0].length;
  if (matchWordAt(s, skipSpaces(s, end), AMOUNT_WORDS)) return null;
  return { n: numberOf(m[0]), end };
}

/** "clause 13", "clauses 13, 14 and 15", "measures 1–4", "ข้อที่ 13". */
function numbersAfter(s: string, start: number): number[] {
  let i = skipSpaces(s, start);
  const mark = matchWordAt(s, i, NUMBER_MARKS);
  if (mark) i = skipSpaces(s, mark.end);
  const first = readNumber(s, i);
  if (!first) return [];
  const numbers = [first.n];
  let end = first.end;
  for (;;) {
    const j = skipSpaces(s, end);
    const join = matchWordAt(s, j, LIST_JOINS) ?? matchWordAt(s, j, RANGE_JOINS);
    if (!join) break;
    let k = skipSpaces(s, join.end);
    const again = matchWordAt(s, k, KEYWORDS) ?? matchWordAt(s, k, NUMBER_MARKS);
    if (again) k = skipSpaces(s, again.end);
    const next = readNumber(s, k);
    if (!next) break;
    if (join.value === "range") numbers.push(...range(numbers[numbers.length - 1] ?? next.n, next.n).slice(1));
    else numbers.push(next.n);
    end = next.end;
  }
  return numbers;
}
