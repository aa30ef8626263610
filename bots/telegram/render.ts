/**
 * Renders the engine's replies as Telegram messages: HTML parse mode with
 * every text escaped (the engine sends plain text, so nothing it says, nor
 * anything a user typed and the engine echoes, can turn into markup), long
 * texts split under Telegram's limit on line boundaries, and choices as an
 * inline keyboard whose callback data is the choice id.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Choice, Reply } from "../../core/dialogues/types.ts";
import { splitLines } from "../kit/split-lines.ts";

/**
 * Longest text part, in UTF-16 code units. Telegram allows 4,096 characters
 * after entity parsing; counting code units (never fewer than characters)
 * and keeping a margin stays under it whatever Telegram counts.
 */
export const MAX_MESSAGE_CHARS = 4000;

/** Telegram's limit on callback data; the engine keeps ids under 40 bytes. */
const MAX_CALLBACK_BYTES = 64;

/** Labels at most this wide (CJK counting double) share a row with another short one. */
const SHORT_LABEL_WIDTH = 20;

/** One message to send: HTML text and, on the last part of a choices reply, its keyboard. */
export interface OutgoingMessage {
  /** Escaped text for `parse_mode: "HTML"`. */
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/**
 * Escapes text for Telegram's HTML parse mode, which needs only `&`, `<` and
 * `>` escaped outside attributes.
 *
 * @example escapeHtml("<b>50万</b> & more") // "&lt;b&gt;50万&lt;/b&gt; &amp; more"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Splits `text` into parts of at most `max` UTF-16 code units, on line
 * boundaries where possible, then on spaces, and never inside a surrogate pair.
 */
export function splitText(text: string, max: number = MAX_MESSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  return splitLines(text, max, (ch) => ch.length);
}

/** How wide a label shows: wide (CJK, fullwidth) characters count double. */
function displayWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * The inline keyboard for `choices`: two short labels to a row, a long one
 * alone, in the engine's order. Choices whose id would not fit Telegram's
 * callback data are left out (the engine guarantees they never occur).
 */
export function keyboardOf(choices: readonly Choice[]): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  let pending: InlineKeyboardButton | null = null;
  for (const c of choices) {
    const bytes = Buffer.byteLength(c.id, "utf8");
    if (bytes === 0 || bytes > MAX_CALLBACK_BYTES) continue;
    const button: InlineKeyboardButton = { text: c.label, callback_data: c.id };
    if (displayWidth(c.label) > SHORT_LABEL_WIDTH) {
      if (pending) rows.push([pending]);
      pending = null;
      rows.push([button]);
    } else if (pending) {
      rows.push([pending, button]);
      pending = null;
    } else {
      pending = button;
    }
  }
  if (pending) rows.push([pending]);
  return { inline_keyboard: rows };
}

/**
 * One reply as the messages to send, in order. Text and result cards become
 * text; a choices reply carries its keyboard on its last part.
 */
export function renderReply(reply: Reply): OutgoingMessage[] {
  const parts = splitText(reply.text)
    .filter((p) => p.trim() !== "")
    .map((p): OutgoingMessage => ({ html: escapeHtml(p) }));
  // Telegram refuses empty messages; a keyboard still needs a text to hang on.
  if (parts.length === 0) {
    if (reply.kind !== "choices" || reply.choices.length === 0) return [];
    parts.push({ html: "…" });
  }
  if (reply.kind === "choices" && reply.choices.length > 0) parts[parts.length - 1]!.keyboard = keyboardOf(reply.choices);
  return parts;
}

/** Several replies as the messages to send, in order. */
export function renderReplies(replies: readonly Reply[]): OutgoingMessage[] {
  return replies.flatMap(renderReply);
}
