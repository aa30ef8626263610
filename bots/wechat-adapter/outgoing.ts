/**
 * The engine's replies as WeChat text: numbered options (WeChat has no
 * buttons), and a split where one passive reply cannot hold it all.
 */
import type { Reply } from "../../core/dialogues/types.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { renderPlain, renderPlainAll } from "../kit/render-plain.ts";
import { DEFAULT_MAX_BYTES, splitUtf8 } from "./split.ts";
import { WECHAT_DEFAULT_LANG, wechatText } from "./strings.ts";

/** What goes in the passive reply and what must follow by the customer-service API. */
export interface Outgoing {
  /** The passive reply's text, at most `maxBytes` UTF-8 bytes; null when there is nothing to say (`success`). */
  passive: string | null;
  /** The text that did not fit, for the customer-service API; null when all fit or it was cut. */
  rest: string | null;
}

/** Options of {@link outgoing}. */
export interface OutgoingOptions {
  /** True when the customer-service API can carry what does not fit; otherwise the text is cut with a note. */
  canSendLater: boolean;
  /** The largest passive reply in UTF-8 bytes. Default 2,000 (WeChat refuses about 2,048). */
  maxBytes?: number;
  /** The language of the note on a cut reply. */
  lang?: Lang;
}

/** The replies of one turn as WeChat text, as plain text with numbered options. */
export function renderForWechat(replies: Reply[]): string {
  return renderPlainAll(replies).trim();
}

/** Smallest room worth keeping for the start of a cut text; below it the question is cut too. */
const MIN_HEAD_BYTES = 200;

/**
 * Splits the replies of one turn between the passive reply and the
 * customer-service API. Without the API, an over-long reply is cut at a
 * character boundary and the cut is marked with a note in the user's
 * language; when the turn ends with a question (options to pick), the cut
 * falls in what comes before it, so that the question the user must answer
 * is always shown whole.
 */
export function outgoing(replies: Reply[], options: OutgoingOptions): Outgoing {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const text = renderForWechat(replies);
  if (text === "") return { passive: null, rest: null };
  if (bytes(text) <= maxBytes) return { passive: text, rest: null };
  if (options.canSendLater) {
    const [first, ...others] = splitUtf8(text, maxBytes);
    return { passive: first!.trimEnd(), rest: others.join("").trim() || null };
  }
  const note = wechatText(options.lang ?? WECHAT_DEFAULT_LANG, "wechat.cut");
  const last = replies.at(-1);
  if (last?.kind === "choices" && replies.length > 1) {
    const question = renderPlain(last).trim();
    const head = renderPlainAll(replies.slice(0, -1)).trim();
    const room = maxBytes - bytes(`\n\n${note}\n\n${question}`);
    if (room >= MIN_HEAD_BYTES) {
      const [first] = splitUtf8(head, room);
      return { passive: `${first!.trimEnd()}\n\n${note}\n\n${question}`, rest: null };
    }
  }
  const [first] = splitUtf8(text, maxBytes - bytes(`\n\n${note}`));
  return { passive: `${first!.trimEnd()}\n\n${note}`, rest: null };
}

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
