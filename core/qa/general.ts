/**
 * General questions that are about the policy as a whole, not one measure:
 * who it covers, how long it runs, whether support stacks (从优不重复), and
 * who interprets it. Words per language; matched anywhere in the question.
 */
import { normalizeText } from "./tokenize.ts";

/** General topics that get their own answers. */
export type GeneralTopic = "scope" | "validity" | "stacking" | "interpret";

const WORDS: Record<GeneralTopic, string[]> = {
  scope: [
    "适用范围", "适用于", "谁可以申请", "哪些企业", "什么企业可以", "申请条件", "who can apply", "who is eligible", "who qualifies", "scope",
    "ai được", "đối tượng", "áp dụng cho", "siapa yang bisa", "siapa yang boleh", "siapa yang layak", "syarat", "sino ang puwede", "sino ang maaaring",
    "ใครสมัครได้", "ใครมีสิทธิ์", "ผู้มีสิทธิ์", "ໃຜສາມາດ", "ຜູ້ມີສິດ", "អ្នកណាអាច", "នរណាអាច", "ဘယ်သူ လျှောက်", "ဘယ်သူတွေ",
  ],
  validity: [
    "有效期", "截止", "到什么时候", "什么时候结束", "valid", "expire", "deadline", "until when", "how long", "end date",
    "hiệu lực", "hết hạn", "đến khi nào", "berlaku", "sampai kapan", "tarikh akhir", "sah sehingga", "hanggang kailan", "bisa hanggang",
    "หมดอายุ", "ใช้ได้ถึง", "สิ้นสุด", "ໝົດອາຍຸ", "ຮອດເມື່ອໃດ", "ផុតកំណត់", "ដល់ពេលណា", "သက်တမ်း", "ဘယ်အချိန်ထိ",
  ],
  stacking: [
    "从优不重复", "重复享受", "叠加", "同时享受", "同时申请", "stack", "both", "double dip", "combine", "at the same time",
    "cộng dồn", "cùng lúc", "đồng thời", "hưởng trùng", "trùng lặp", "dukungan ganda", "ganda", "bertindih", "dobleng", "digabung", "sekaligus", "serentak", "pada masa yang sama", "sabay", "parehong",
    "ซ้ำซ้อน", "พร้อมกัน", "ຊ້ຳຊ້ອນ", "ພ້ອມກັນ", "ត្រួតគ្នា", "ក្នុងពេលតែមួយ", "တစ်ပြိုင်နက်", "နှစ်ခုလုံး",
  ],
  interpret: [
    "解释", "谁负责", "哪个部门", "谁来认定", "谁决定", "who decides", "who interprets", "which department", "which authority", "which agency", "who approves",
    "cơ quan nào", "ai quyết định", "giải thích", "ai là cơ quan", "menafsirkan", "berwenang", "tafsiran", "pihak mana", "nagpapaliwanag", "siapa yang memutuskan", "instansi mana", "jabatan mana", "siapa yang menentukan", "sinong nagpapasya", "aling ahensya",
    "ใครเป็นผู้ตัดสิน", "หน่วยงานไหน", "ໜ່ວຍງານໃດ", "ໃຜຕັດສິນ", "ស្ថាប័នណា", "អ្នកណាសម្រេច", "ဘယ်ဌာန", "ဘယ်သူဆုံးဖြတ်",
  ],
};

// The words go through the question's normalisation too: NFKC rewrites Lao ໜ/ໝ and Thai/Lao SARA AM, so a word kept as typed would never be found.
const NORMALISED = Object.fromEntries(
  Object.entries(WORDS).map(([topic, words]) => [topic, words.map(normalizeText)]),
) as Record<GeneralTopic, string[]>;

/** The general topics `question` is about. */
export function generalTopics(question: string): GeneralTopic[] {
  const q = normalizeText(question);
  return (Object.keys(NORMALISED) as GeneralTopic[]).filter((topic) => NORMALISED[topic].some((w) => q.includes(w)));
}
