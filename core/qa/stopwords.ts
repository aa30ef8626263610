/**
 * Words that say nothing about which measure a question is about: pronouns,
 * particles, prepositions, "can", "how much", and "AI" itself (every measure
 * is about AI). The index holds ten languages, so each language's function
 * words occur in at most a tenth of the documents and look rare to BM25;
 * left in, "for", "a" and "in" outweighed "electricity" or "deployed".
 *
 * Nominalisers (การ, ການ, ការ, မှု) go too: the segmenters cut them off
 * most nouns, and "the act of" matched every summary.
 *
 * Generic words of asking for help ("help", "支持", "bantuan", "tolong",
 * "tulong") go too: they name no topic, but "help applying for other
 * funding" (（二十二）) has them in its keywords, so they pulled it to the top.
 *
 * Kept short on purpose: only words that never name a topic. Vietnamese is
 * listed with and without accents, as users type both; "vay" (borrow) is
 * therefore not here although "vậy" is.
 */
import type { Lang } from "../i18n/langs.ts";

const ID_MS = `yang di ke dari dan atau untuk dengan ini itu ada apa apakah adakah bisa boleh kami kita saya aku
    anda kamu mereka dia nya ya tidak tak ga gak nggak saja berapa bagaimana gimana macam mana kalau jika kah
    pun juga sudah dah akan nak mau ingin dalam pada oleh tu je kan dapat bagi sebagai bantuan tolong`;

/** Stop words per language ("id" and "ms" share theirs), keyed so that a new code in LANGS makes the typecheck ask for its words; `domain` holds "AI". */
const WORDS: Record<Lang | "domain", string> = {
  domain: "ai",
  en: `a an the is are was were be been am do does did can could would should will shall may might must
    i we you he she it they me us our ours your my their them this that these those there here what which
    how of in on at to for from by with about as into and or but if so any some get got have has had just
    also than then too very please hi hello we're i'm it's there's is there anything help`,
  id: ID_MS,
  ms: ID_MS,
  fil: `ang ng mga sa na ba ay at si ni kay kami namin natin tayo ko ako mo ikaw ka siya nila sila ito iyan
    iyon po may mayroon meron para kung nang din rin lang pa paano ano magkano ilan puwede pwede mag nag pag i tulong`,
  vi: `có không ko k được đc của cho và thì là tôi em anh chị mình chúng ta các những này đó ở với bao nhiêu
    mấy nào gì như thế vậy ạ nhé à hả hay hoặc
    co khong duoc dc cua va thi toi minh chung nhung nay do voi nhieu may nao gi nhu the`,
  zh: "的 了 吗 呢 吧 啊 有 没有 没 是 不 能 可以 我们 我 你 您 他 这个 那个 这 那 什么 怎么 多少 哪些 和 与 在 给 要 想 会 就 还 都 也 一个 个 请问 支持 帮助",
  th: "ไหม มั้ย หรือเปล่า ครับ ค่ะ คะ นะ จะ ได้ ที่ ของ และ กับ ให้ มี ไม่ เป็น คือ เรา ผม ดิฉัน ฉัน เท่าไหร่ เท่าไร อะไร บ้าง อยาก ว่า แล้ว ก็ ใน หรือ การ ความ",
  lo: "ບໍ່ ບໍ ໄດ້ ມີ ແລະ ຂອງ ໃຫ້ ທີ່ ພວກ ເຮົາ ຂ້ອຍ ເທົ່າໃດ ຫຍັງ ແດ່ ແລ້ວ ຈະ ກັບ ໃນ ເປັນ ຫຼື ການ ຄວາມ ມີການ",
  km: "ទេ តើ បាន មាន និង របស់ ឱ្យ ដែល យើង ខ្ញុំ ប៉ុន្មាន អ្វី ហើយ នឹង ជាមួយ នៅ ជា ក្នុង ឬ ការ សេចក្តី អាច សម្រាប់ បានទេ",
  my: "တယ် မယ် ပါ လား လဲ ရင် ကို က မှာ နဲ့ ရဲ့ တွေ ကျွန်တော် ကျွန်မ တို့ ဘယ် ရ ရှိ မှု",
};

/** Every stop word, as typed; compare after the tokenizer's normalisation. */
export const STOP_WORD_LIST: readonly string[] = Object.values(WORDS).flatMap((w) => w.split(/\s+/u).filter(Boolean));
