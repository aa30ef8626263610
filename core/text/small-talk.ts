/**
 * Messages that are only small talk: greetings, thanks, "ok", a bare "help",
 * with the polite particles that go with them (po, ạ, ครับ, ເຈົ້າ, ခင်ဗျာ).
 * They ask about no measure, and most say which language the user speaks
 * ("salamat po" is Filipino, "xin chào" Vietnamese, "terima kasih" Malay or
 * Indonesian) although they are far too short for a statistical detector.
 */

/** The ten language codes (the same strings as `Lang` in core/i18n). */
export type SmallTalkLang = "zh" | "en" | "vi" | "th" | "id" | "ms" | "fil" | "km" | "lo" | "my";

/** What kind of small talk a message is. */
export type SmallTalkKind = "greeting" | "thanks" | "other";

/** A message that is only small talk. */
export interface SmallTalk {
  kind: SmallTalkKind;
  /** The languages its words belong to, most likely first; empty when they belong to any ("ok", "500"). */
  langs: SmallTalkLang[];
}

type Entry = { kind: SmallTalkKind; langs: SmallTalkLang[] };

const LATIN_GREETERS: SmallTalkLang[] = ["en", "fil", "id", "ms"];
const MALAY: SmallTalkLang[] = ["id", "ms"];

/** Phrases by kind and languages. A phrase of several words is matched as a whole. */
const PHRASES: readonly [SmallTalkKind, SmallTalkLang[], string][] = [
  ["greeting", ["zh"], "你好 您好 你们好 您们好 大家好 在吗 在不在 哈喽 哈啰 早上好 上午好 下午好 晚上好 早 喂 老师好"],
  ["thanks", ["zh"], "谢谢 谢谢你 谢谢您 多谢 感谢 非常感谢 谢了"],
  ["other", ["zh"], "好的 好 嗯 嗯嗯 哦 收到 明白 了解 知道了 再见 啊 呀 吧 呢 帮助 帮忙 请问"],

  ["greeting", LATIN_GREETERS, "hello hi hey helo"],
  ["greeting", ["en"], "hiya good morning good afternoon good evening morning greetings"],
  ["thanks", ["en"], "thanks thank you thank you so much thank you very much thanks a lot many thanks thx ty cheers"],
  ["other", ["en"], "yes yeah yep nope sure great cool nice bye goodbye see you got it alright all right help please help me"],
  ["other", ["en", "id", "ms", "fil", "vi"], "ok okay oke okey no"],

  ["greeting", ["vi"], "xin chào xin chao chào chao chào bạn chào anh chào chị chào em alo"],
  ["thanks", ["vi"], "cảm ơn cám ơn cam on cảm ơn bạn cảm ơn nhiều"],
  ["other", ["vi"], "bạn ban anh chị em ạ nhé nhiều nhieu vâng vang dạ được rồi tạm biệt giúp đỡ giúp với giup do"],

  ["greeting", ["th"], "สวัสดี หวัดดี"],
  ["thanks", ["th"], "ขอบคุณ ขอบใจ"],
  ["other", ["th"], "ครับ ค่ะ คะ ค่า ฮะ นะ จ้า จ้ะ มาก มากๆ โอเค ได้ ดี ช่วยด้วย ช่วยหน่อย ลาก่อน"],

  ["greeting", MALAY, "halo hai selamat pagi selamat malam"],
  ["greeting", ["id"], "selamat siang selamat sore pagi siang sore"],
  ["greeting", ["ms"], "selamat petang selamat tengah hari"],
  ["thanks", MALAY, "terima kasih terima kasih banyak banyak"],
  ["thanks", ["id"], "makasih trims trima kasih"],
  ["thanks", ["ms"], "tq"],
  ["other", MALAY, "ya baik bantuan tolong permisi"],
  ["other", ["id"], "iya sip kak pak bu mas mbak sama"],
  ["other", ["ms"], "encik cik tuan puan sama"],

  ["greeting", ["fil"], "kumusta kamusta magandang umaga magandang hapon magandang gabi magandang araw"],
  ["thanks", ["fil"], "salamat maraming salamat"],
  ["other", ["fil"], "po opo oo sige tulong sa tulong paalam ingat ate kuya"],

  ["greeting", ["km"], "សួស្តី ជំរាបសួរ"],
  ["thanks", ["km"], "អរគុណ អរគុណច្រើន"],
  ["other", ["km"], "ច្រើន បាទ ចាស អូខេ លោក ជំនួយ ជួយផង ជួយ"],

  ["greeting", ["lo"], "ສະບາຍດີ"],
  ["thanks", ["lo"], "ຂອບໃຈ ຂອບໃຈຫຼາຍໆ"],
  ["other", ["lo"], "ເຈົ້າ ຫຼາຍ ໆ ໂອເຄ ແດ່ ຊ່ວຍ ຊ່ວຍແດ່ ໂດຍ"],

  ["greeting", ["my"], "မင်္ဂလာပါ"],
  ["thanks", ["my"], "ကျေးဇူးတင်ပါတယ် ကျေးဇူးပဲ ကျေးဇူး"],
  ["other", ["my"], "ခင်ဗျာ ခင်ဗျ ရှင် ဟုတ်ကဲ့ အိုကေ အကူအညီ ကူညီပါ ပါ"],
];

/** Multi-word phrases of the lists above (split on spaces, these must stay whole). */
const MULTI_WORD = new Set([
  "good morning", "good afternoon", "good evening", "thank you", "thank you so much", "thank you very much", "thanks a lot", "many thanks",
  "see you", "got it", "all right", "help me", "xin chào", "xin chao", "chào bạn", "chào anh", "chào chị", "chào em", "cảm ơn", "cám ơn",
  "cam on", "cảm ơn bạn", "cảm ơn nhiều", "được rồi", "tạm biệt", "giúp đỡ", "giúp với", "giup do", "selamat pagi", "selamat malam",
  "selamat siang", "selamat sore", "selamat petang", "selamat tengah hari", "terima kasih", "terima kasih banyak", "trima kasih",
  "magandang umaga", "magandang hapon", "magandang gabi", "magandang araw", "maraming salamat", "sa tulong",
]);

function phrasesOf(list: string): string[] {
  const words = list.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let taken = false;
    for (let n = 4; n >= 2 && !taken; n--) {
      const p = words.slice(i, i + n).join(" ");
      if (MULTI_WORD.has(p)) {
        out.push(p);
        i += n - 1;
        taken = true;
      }
    }
    if (!taken) out.push(words[i]!);
  }
  return out;
}

const LEXICON = new Map<string, Entry>();
for (const [kind, langs, list] of PHRASES) {
  for (const p of phrasesOf(list)) {
    const key = p.normalize("NFC");
    const had = LEXICON.get(key);
    LEXICON.set(key, had ? { kind: had.kind === "other" ? kind : had.kind, langs: [...new Set([...had.langs, ...langs])] } : { kind, langs });
  }
}
const BY_LENGTH = [...LEXICON.keys()].sort((a, b) => b.length - a.length);
const ALL_LANGS = 10;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** The phrase of the lexicon at `i`, longest first; a Latin phrase must end a word. */
function phraseAt(s: string, i: number): string | null {
  for (const p of BY_LENGTH) {
    if (!s.startsWith(p, i)) continue;
    const next = s[i + p.length];
    if (next !== undefined && LATIN_LETTER.test(p[p.length - 1]!) && /[\p{L}\p{M}\p{N}]/u.test(next)) continue;
    return p;
  }
  return null;
}

/**
 * The message as small talk, or null when it says anything else. Digits alone
 * ("500", "2") count as small talk of no language: they ask about nothing.
 *
 * @example smallTalk("salamat po!") // { kind: "thanks", langs: ["fil"] }
 * @example smallTalk("terima kasih") // { kind: "thanks", langs: ["id", "ms"] }
 * @example smallTalk("hi, is the office free?") // null
 */
export function smallTalk(text: string): SmallTalk | null {
  if (typeof text !== "string") return null;
  // Punctuation, symbols and emoji say nothing; digits alone say nothing either.
  const s = text.normalize("NFC").toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, " ").trim();
  if (s === "" || !/\p{L}/u.test(s)) return /\p{N}/u.test(s) ? { kind: "other", langs: [] } : null;
  const found: Entry[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === " ") {
      i++;
      continue;
    }
    const p = phraseAt(s, i);
    if (!p) return null;
    found.push(LEXICON.get(p)!);
    i += p.length;
  }
  const kind = found.find((e) => e.kind === "greeting") ? "greeting" : found.find((e) => e.kind === "thanks") ? "thanks" : "other";
  return { kind, langs: languagesOf(found) };
}

/** The languages every telling phrase shares; failing that, those most phrases name. */
function languagesOf(found: Entry[]): SmallTalkLang[] {
  const telling = found.filter((e) => e.langs.length < ALL_LANGS);
  if (telling.length === 0) return [];
  const votes = new Map<SmallTalkLang, number>();
  for (const e of telling) for (const l of e.langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  const best = Math.max(...votes.values());
  const langs = [...votes.entries()].filter(([, n]) => n === best).map(([l]) => l);
  // English first among equals: "hello" and "ok" alone are read as the lingua franca.
  return langs.sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : 0));
}
