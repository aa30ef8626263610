/**
 * "Skip / don't know" (the field stays unknown) and "none / zero" (the field is
 * zero): two different answers the engine must never confuse, because unknown
 * is not zero.
 */
import type { Lang } from "./langs.ts";
import { answerKeys, phraseSet } from "./phrases.ts";
import { CNY_WORDS, COUNT_UNITS, FILLER_WORDS } from "./quantity-words.ts";
import { quantityLexicon, readQuantity } from "./quantity.ts";

const SKIP_WORDS_ID_MS = [
  "lewati", "lewatkan", "lompati", "lanjut", "tidak tahu", "tidak tau", "gak tahu", "gak tau", "nggak tahu", "nggak tau",
  "ga tau", "ga tahu", "enggak tahu", "tak tahu", "tidak yakin", "kurang tahu", "belum tahu", "entah", "entahlah",
  "tidak ingat", "langkau", "abaikan", "tak pasti", "tidak pasti", "tak ingat", "tak yakin", "tdk tahu", "gatau",
];

/** Words that decline to answer, per language ("id" and "ms" share theirs). Keyed by language, so that a new code in LANGS makes the typecheck ask for its words. */
const SKIP_WORDS: Record<Lang, readonly string[]> = {
  en: [
    "skip", "/skip", "pass", "next", "don't know", "dont know", "do not know", "dunno", "idk", "not sure", "unsure",
    "i'm not sure", "im not sure", "no idea", "unknown", "n/a", "no comment", "rather not say", "prefer not to say",
    "i don't know", "we don't know", "don't remember", "can't say", "later", "skip this", "skip it",
  ],
  zh: [
    "跳过", "跳過", "略过", "略過", "不知道", "不清楚", "不确定", "不確定", "不晓得", "不曉得", "不了解", "不详", "不詳",
    "未知", "说不好", "說不好", "不好说", "不好說", "不太清楚", "不太确定", "不知", "下一个", "下一題", "下一题", "暂时不知道",
    "不方便说", "不想说", "不记得", "不記得", "跳过这题", "不知道呢",
  ],
  vi: [
    "bỏ qua", "không biết", "ko biết", "k biết", "chưa biết", "không rõ", "không chắc", "chưa rõ", "tiếp", "tiếp theo",
    "không nhớ", "không muốn trả lời", "khong biet", "không chắc chắn",
  ],
  th: [
    "ข้าม", "ไม่ทราบ", "ไม่รู้", "ไม่แน่ใจ", "ยังไม่ทราบ", "ยังไม่รู้", "ผ่าน", "ถัดไป", "ไม่ขอตอบ", "ไม่รู้เหมือนกัน", "จำไม่ได้",
  ],
  id: SKIP_WORDS_ID_MS,
  ms: SKIP_WORDS_ID_MS,
  fil: [
    "laktawan", "lampasan", "hindi ko alam", "di ko alam", "ewan", "ewan ko", "hindi sigurado", "hindi ako sigurado",
    "hindi ko po alam", "di ko po alam", "hindi ko maalala", "susunod",
  ],
  km: [
    "រំលង", "មិនដឹង", "អត់ដឹង", "មិនដឹងទេ", "អត់ដឹងទេ", "មិនច្បាស់", "មិនប្រាកដ", "មិនចាំ",
  ],
  lo: [
    "ຂ້າມ", "ບໍ່ຮູ້", "ບໍ່ຮູ້ຈັກ", "ບໍ່ແນ່ໃຈ", "ບໍ່ຮູ້ເລີຍ", "ບໍ່ຈື່",
  ],
  my: [
    "ကျော်", "ကျော်မယ်", "ကျော်ပါ", "မသိ", "မသိဘူး", "မသိပါဘူး", "မသေချာ", "မသေချာဘူး", "မသိပါ", "မမှတ်မိဘူး",
  ],
};

const SKIP = phraseSet([
  ...Object.values(SKIP_WORDS).flat(),
  // gestures
  "🤷", "🤷‍♂️", "🤷‍♀️",
]);

const NONE_WORDS_ID_MS = [
  "tidak ada", "tak ada", "gak ada", "nggak ada", "ga ada", "belum ada", "nol", "kosong", "tidak punya", "tiada",
  "nihil", "sifar", "tiada apa", "tak punya",
];

/** Words for none or zero, per language ("id" and "ms" share theirs). Keyed by language, so that a new code in LANGS makes the typecheck ask for its words. */
const NONE_WORDS: Record<Lang, readonly string[]> = {
  en: [
    "none", "nothing", "zero", "nil", "nobody", "no one", "not any", "we have none", "none at all", "nothing at all",
  ],
  zh: [
    "无", "無", "没有", "沒有", "没", "沒", "零", "暂无", "暫無", "一个都没有", "一个也没有", "还没有", "還沒有", "尚无", "没有人",
    "无人", "都没有", "没有的",
  ],
  // "không" is also the Vietnamese word for the digit zero.
  vi: [
    "không có", "chưa có", "không", "không có gì", "số không", "ko có", "k có", "không ai", "chưa có ai",
  ],
  th: [
    "ไม่มี", "ยังไม่มี", "ศูนย์", "ไม่มีเลย", "ไม่มีใคร",
  ],
  id: NONE_WORDS_ID_MS,
  ms: NONE_WORDS_ID_MS,
  fil: [
    "wala", "wala po", "wala pa", "wala pa po", "sero", "walang", "wala kahit isa", "wala ni isa",
  ],
  km: [
    "គ្មាន", "អត់មាន", "មិនមាន", "សូន្យ", "គ្មានទេ", "អត់មានទេ",
  ],
  lo: [
    "ບໍ່ມີ", "ສູນ", "ຍັງບໍ່ມີ", "ບໍ່ມີເລີຍ",
  ],
  my: [
    "မရှိ", "မရှိဘူး", "မရှိပါ", "မရှိပါဘူး", "သုည", "မရှိသေးဘူး",
  ],
};

const NONE = phraseSet([
  ...Object.values(NONE_WORDS).flat()
]);

const ZERO_WORDS = quantityLexicon([
  ...CNY_WORDS.map((w) => [w, "ignore"] as const),
  ...COUNT_UNITS.map((w) => [w, "ignore"] as const),
  ...FILLER_WORDS.map((w) => [w, "ignore"] as const),
]);

function matches(set: ReadonlySet<string>, text: string): boolean {
  return answerKeys(text).some((key) => set.has(key));
}

/**
 * True when the answer declines to answer: "skip", "don't know", 不知道, 跳过,
 * "không biết", ไม่ทราบ, "tidak tahu", "tak tahu", "hindi ko alam", មិនដឹង,
 * ບໍ່ຮູ້, မသိဘူး, with or without "I" and politeness particles. The field then
 * stays unknown. Pure; never throws.
 */
export function isSkip(text: string): boolean {
  try {
    return matches(SKIP, text);
  } catch {
    return false;
  }
}

/**
 * True when the answer means none or zero: "none", "0", "¥0", "0人", 无, 没有,
 * "không có", ไม่มี, "tidak ada", "tiada", "wala", គ្មាន, ບໍ່ມີ, မရှိဘူး. The
 * engine records zero for money and count questions; it is not a skip. Pure;
 * never throws.
 */
export function isNone(text: string): boolean {
  try {
    if (matches(NONE, text)) return true;
    const read = readQuantity(text, ZERO_WORDS);
    return read.ok && read.value.isZero();
  } catch {
    return false;
  }
}
