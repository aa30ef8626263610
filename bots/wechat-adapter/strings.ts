/**
 * The few user-visible strings the WeChat adapter says by itself (not the
 * engine): a voice message without a transcript, a message type we cannot
 * read, and the note on a reply cut to fit one message. They live in the UI
 * catalogues (`core/i18n/messages/*`), like every string.
 */
import type { Lang } from "../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../core/i18n/messages/index.ts";

/** The adapter's own texts. */
export type WechatTextKey = "wechat.voiceUnrecognised" | "wechat.unsupported" | "wechat.cut";

const CATALOGUE_KEY: Record<WechatTextKey, MessageKey> = {
  "wechat.voiceUnrecognised": "voiceNotRecognized",
  "wechat.unsupported": "nonText",
  "wechat.cut": "reply.cut",
};

/**
 * The language of what the adapter says before the engine knows the user:
 * WeChat sends no locale, and an Official Account's audience reads Chinese.
 */
export const WECHAT_DEFAULT_LANG: Lang = "zh";

/** The adapter's text `key` in `lang`. */
export function wechatText(lang: Lang, key: WechatTextKey): string {
  return t(lang, CATALOGUE_KEY[key]);
}
