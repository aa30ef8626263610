/**
 * The few user-visible strings the WeChat adapter says by itself (not the
 * engine): a voice message without a transcript, a message type we cannot
 * read, and the note on a reply cut to fit one message.
 *
 * They belong in the UI catalogues (`core/i18n/messages/*`) under the keys
 * below. Until a catalogue has them, the texts here stand in, so that the
 * adapter works and typechecks either way; once the keys land in every
 * catalogue, `FALLBACK` can go.
 */
import type { Lang } from "../../core/i18n/langs.ts";
import { isMessageKey, t } from "../../core/i18n/messages/index.ts";

/** The catalogue keys the adapter needs. */
export type WechatTextKey = "wechat.voiceUnrecognised" | "wechat.unsupported" | "wechat.cut";

/**
 * The language of what the adapter says before the engine knows the user:
 * WeChat sends no locale, and an Official Account's audience reads Chinese.
 */
export const WECHAT_DEFAULT_LANG: Lang = "zh";

const FALLBACK: Record<WechatTextKey, Partial<Record<Lang, string>> & { en: string }> = {
  "wechat.voiceUnrecognised": {
    zh: "抱歉，我没能识别这条语音，请直接输入文字。",
    en: "Sorry, I could not make out that voice message. Please type it instead.",
  },
  "wechat.unsupported": {
    zh: "抱歉，我目前只能阅读文字消息。请输入您的问题，或输入“帮助”查看我能做什么。",
    en: "Sorry, I can only read text messages for now. Please type your question, or type \"help\" to see what I can do.",
  },
  "wechat.cut": {
    zh: "（回复超出微信的长度限制，以上仅为前一部分。）",
    en: "(This reply was longer than WeChat allows; only its first part is shown.)",
  },
};

/** The adapter's text `key` in `lang`: from the catalogue when it has the key, else the stand-in. */
export function wechatText(lang: Lang, key: WechatTextKey): string {
  if (isMessageKey(key)) return t(lang, key);
  const texts = FALLBACK[key];
  return texts[lang] ?? texts.en;
}
