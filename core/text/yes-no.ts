/**
 * Yes and no in the ten languages. Many of them answer a yes/no question by
 * echoing the verb ("có"/"không", "มี"/"ไม่มี", "ada"/"tidak ada", 有/没有),
 * so "have" and "not have" are here too.
 */
import type { Lang } from "./langs.ts";
import { answerKeys, compact, phraseSet } from "./phrases.ts";
import { isSkip } from "./skip.ts";

const YES_WORDS_ID_MS = [
  "iya", "iyah", "ye", "yoi", "betul", "benar", "ada", "sudah", "udah", "dah", "tentu", "tentu saja", "setuju", "oke",
  "boleh", "pasti", "memang", "ya betul", "ya benar", "ya ada",
];

/** Yes, per language ("id" and "ms" share theirs); a table, so that a new code in LANGS makes the typecheck ask for its words. */
const YES_WORDS: Record<Lang, readonly string[]> = {
  zh: [
    "是", "是的", "是啊", "是呀", "是滴", "对", "对的", "对啊", "对呀", "對", "對的", "有", "有的", "有啊", "嗯", "嗯嗯", "恩",
    "好", "好的", "行", "可以", "当然", "當然", "没错", "沒錯", "正确", "正確", "确定", "確定", "是是",
  ],
  en: [
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "of course", "correct", "right", "true", "ok", "okay",
    "absolutely", "definitely", "indeed", "affirmative", "that's right", "yes please", "i do", "we do", "i am", "we are",
    "it is", "i have", "we have", "yes we do", "yes we are", "yes i do", "yes i am",
  ],
  vi: [
    "có", "có ạ", "dạ có", "vâng", "dạ", "dạ vâng", "vâng ạ", "ừ", "ừm", "ừ đúng", "đúng", "đúng rồi", "đúng vậy",
    "phải", "phải rồi", "chính xác", "tất nhiên", "có chứ", "rồi", "đã",
  ],
  th: [
    "ใช่", "ใช่แล้ว", "มี", "มีครับ", "ถูก", "ถูกต้อง", "แน่นอน", "ได้", "โอเค", "เคย", "ครับ", "ค่ะ", "ค่า", "จ้ะ", "จ้า",
  ],
  id: YES_WORDS_ID_MS,
  ms: YES_WORDS_ID_MS,
  fil: [
    "oo", "opo", "oho", "oo po", "oo naman", "oo nga", "meron", "mayroon", "meron po", "tama", "tama po", "sige",
    "syempre", "siyempre", "opo naman",
  ],
  km: [
    "បាទ", "ចាស", "ចាស៎", "ចា៎", "ចា", "បាទចាស", "មាន", "ត្រូវ", "ត្រូវហើយ", "មែន", "មែនហើយ", "ពិតមែន", "អូខេ",
  ],
  lo: [
    "ແມ່ນ", "ແມ່ນແລ້ວ", "ເຈົ້າ", "ໂດຍ", "ມີ", "ຖືກ", "ຖືກຕ້ອງ", "ໄດ້", "ໂອເຄ", "ແມ່ນແລ້ວເຈົ້າ",
  ],
  my: [
    "ဟုတ်", "ဟုတ်ကဲ့", "ဟုတ်တယ်", "ဟုတ်ပါတယ်", "ဟုတ်ပါ", "ရှိ", "ရှိတယ်", "ရှိပါတယ်", "အင်း", "မှန်တယ်",
    "မှန်ပါတယ်", "ဟုတ်ကဲ့ပါ", "အိုကေ", "ဟုတ်ဟုတ်", "ရပါတယ်", "ဟုတ်ပါသည်", "ရှိပါသည်", "မှန်ပါသည်",
  ],
};

const YES = phraseSet([
  ...Object.values(YES_WORDS).flat(),
  // gestures
  "👍", "👌", "✅", "✔", "🙆",
]);

const NO_WORDS_ID_MS = [
  "tidak", "tdk", "nggak", "ngga", "gak", "ga", "enggak", "engga", "tak", "bukan", "belum", "tidak ada", "gak ada",
  "nggak ada", "tak ada", "tiada", "salah", "tidak pernah", "belum ada", "tidak betul", "tak betul",
];

/** No, per language ("id" and "ms" share theirs); a table, so that a new code in LANGS makes the typecheck ask for its words. */
const NO_WORDS: Record<Lang, readonly string[]> = {
  zh: [
    "否", "不是", "不是的", "没有", "沒有", "没", "沒", "不", "不对", "不對", "无", "無", "不要", "还没", "還沒", "还没有",
    "還沒有", "未", "不行", "没呢", "并没有", "错", "錯", "不用", "没有的", "不是啊", "都不是",
  ],
  en: [
    "no", "n", "nope", "nah", "not", "no thanks", "false", "not yet", "never", "none", "i don't", "we don't", "i do not",
    "we do not", "i am not", "we are not", "we aren't", "it is not", "it isn't", "we have not", "we haven't", "no we don't",
    "no we are not", "not at all", "incorrect", "wrong",
  ],
  vi: [
    "không", "không ạ", "dạ không", "không phải", "chưa", "chưa có", "không có", "sai", "khong", "không đúng", "chưa ạ",
    "không có ạ", "chưa từng",
  ],
  th: [
    "ไม่", "ไม่ใช่", "ไม่มี", "ไม่ได้", "ไม่ถูก", "ผิด", "ยัง", "ยังไม่", "ยังไม่มี", "ไม่เคย", "เปล่า", "ไม่ใช่เลย",
  ],
  id: NO_WORDS_ID_MS,
  ms: NO_WORDS_ID_MS,
  fil: [
    "hindi", "hindi po", "hinde", "wala", "wala po", "ayaw", "hindi pa", "wala pa", "mali", "hindi naman",
  ],
  km: [
    "ទេ", "អត់", "អត់ទេ", "មិនមែន", "មិនមែនទេ", "គ្មាន", "អត់មាន", "អត់មានទេ", "មិនទាន់", "មិនទាន់ទេ", "ខុស",
  ],
  lo: [
    "ບໍ່", "ບໍ່ແມ່ນ", "ບໍ່ມີ", "ບໍ່ໄດ້", "ຍັງ", "ຍັງບໍ່", "ບໍ່ເຄີຍ", "ຜິດ", "ບໍ່ແມ່ນເຈົ້າ",
  ],
  my: [
    "မဟုတ်", "မဟုတ်ဘူး", "မဟုတ်ပါဘူး", "မဟုတ်ပါ", "မရှိ", "မရှိဘူး", "မရှိပါဘူး", "ဟင့်အင်း", "ဟင့်အင်", "မမှန်ဘူး",
    "မရှိသေးဘူး",
  ],
};

const NO = phraseSet([
  ...Object.values(NO_WORDS).flat(),
  // gestures
  "👎", "❌", "🙅",
]);

/**
 * Words that mean yes or no only in one language: Vietnamese chat writes
 * "co"/"ko"/"k" for có/không, while "k" is "ok" in English chat and "di" is
 * Filipino for "no" but Indonesian for "at".
 */
const BY_LANG: Partial<Record<Lang, ReadonlyMap<string, boolean>>> = {
  vi: byLang({ co: true, ko: false, k: false, hong: false, hông: false, hok: false, hem: false, uk: true, uhm: true }),
  en: byLang({ k: true, kk: true }),
  fil: byLang({ di: false, "di po": false }),
  ms: byLang({ x: false }),
};

function byLang(words: Readonly<Record<string, boolean>>): ReadonlyMap<string, boolean> {
  return new Map(Object.entries(words).map(([w, v]) => [compact(w), v]));
}

/** Splits "No, we haven't" into "No" and the rest, so a clear first word can answer. */
const FIRST_CLAUSE = /^([^,，.。!！;；、]+)[,，.。!！;；、]/u;

function lookUp(text: string, lang: Lang | undefined): boolean | null {
  const local = lang ? BY_LANG[lang] : undefined;
  for (const key of answerKeys(text)) {
    const own = local?.get(key);
    if (own !== undefined) return own;
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
  }
  return null;
}

/**
 * Reads a yes/no answer: true, false, or null when the answer is neither
 * (including "don't know", which {@link isSkip} reports). Case, punctuation,
 * spaces and politeness particles (ครับ/ค่ะ, ạ, po, ပါ…) do not matter; an answer
 * that opens with a clear yes or no followed by a comma ("No, we haven't
 * settled yet") counts as that word. Pure; never throws.
 *
 * Thai needs care: ครับ/ค่ะ alone are a polite "yes", but ไม่ครับ is "no" and
 * ไม่ทราบครับ is "don't know" (null).
 *
 * @example parseYesNo("ใช่ค่ะ") // true
 * @example parseYesNo("không có", "vi") // false
 */
export function parseYesNo(text: string, lang?: Lang): boolean | null {
  try {
    if (isSkip(text)) return null;
    const whole = lookUp(text, lang);
    if (whole !== null) return whole;
    const first = FIRST_CLAUSE.exec(text.trim())?.[1];
    if (first === undefined || compact(first) === compact(text)) return null;
    return isSkip(first) ? null : lookUp(first, lang);
  } catch {
    // Lookups only; this guards the engine against an input we did not foresee.
    return null;
  }
}
