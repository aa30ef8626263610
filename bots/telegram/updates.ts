/**
 * Telegram updates → the engine's `Input`: `/start` is the start event,
 * `/check`-style commands are commands (with `@botname` in groups), a button
 * press is a choice, text is text. Anything else a user sends (voice,
 * stickers, photos without a caption) becomes an empty text, which the
 * engine answers by showing again where the user is.
 */
import { createHash } from "node:crypto";
import type { Update } from "grammy/types";
import { COMMANDS, type CommandName, type Input } from "../../core/dialogues/types.ts";
import { slotTwin } from "../../core/store/hash-slot.ts";
import { tagOf } from "../../core/store/user-keys.ts";

/** The button a user pressed, and the message it sat on when we can still edit it. */
export interface PressedButton {
  /** For answerCallbackQuery. */
  queryId: string;
  /** The callback data, i.e. the engine's choice id. */
  data: string;
  /** The message with the keyboard, when Telegram still gives us its text. */
  message?: { id: number; text: string; label?: string };
}

/** One update read for the engine. */
export interface TelegramTurn {
  update_id: number;
  /** Where replies go. */
  chatId: number;
  /** Whose session this is (`userKeyOf("telegram", String(userId))`). */
  userId: number;
  input: Input;
  /** The user's `language_code`, the first language hint. */
  platformLang?: string;
  /** Set for a button press. */
  pressed?: PressedButton;
  /** True when the user sent something that is not text (voice, sticker, photo…). */
  unsupported?: boolean;
}

/** The updates the bot asks Telegram for. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

const SLASH = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/;

/**
 * The input a message text stands for, or null when it is a command for
 * another bot (`/help@OtherBot` in a group). Unknown commands stay text, so
 * the engine can still recognise its own aliases (`/language`).
 */
export function inputOfText(text: string, botUsername?: string): Input | null {
  const m = SLASH.exec(text.trim());
  if (!m) return { kind: "text", text };
  const [, rawName = "", addressee, rawArg] = m;
  if (addressee && botUsername && addressee.toLowerCase() !== botUsername.toLowerCase()) return null;
  const name = rawName.toLowerCase();
  // A deep-link payload (`/start ref42`) is not an answer to anything.
  if (name === "start") return { kind: "start" };
  if (!(COMMANDS as readonly string[]).includes(name)) return { kind: "text", text };
  const arg = rawArg?.trim();
  return arg ? { kind: "command", name: name as CommandName, arg } : { kind: "command", name: name as CommandName };
}

/** The chat an update belongs to, as a string key (for per-chat ordering), if any. */
export function chatKeyOf(update: Update): string | undefined {
  const chat = update.message?.chat ?? update.callback_query?.message?.chat;
  if (chat) return String(chat.id);
  const from = update.callback_query?.from;
  return from ? String(from.id) : undefined;
}

/**
 * The key that marks an update as taken, so that no update runs twice.
 * Telegram numbers updates per bot, so the bot's id is part of the key: two
 * bots sharing one store must not take each other's updates.
 */
export function dedupeKeyOf(botId: string, updateId: number): string {
  return `telegram:${botId}:update:${updateId}`;
}

/**
 * The key the webhook claims an update under, taken with the user's session
 * lock in one script: {@link dedupeKeyOf}'s with a hash tag that puts it on
 * the user's Redis Cluster slot (the user's tag's stand-in, see
 * `core/store/hash-slot.ts`), so that it names no one.
 * `telegram:123456:update:{a1b}789`.
 */
export function claimKeyOf(botId: string, updateId: number, userKey: string): string {
  return `telegram:${botId}:update:{${slotTwin(tagOf(userKey))}}${updateId}`;
}

/**
 * The bot's id, which is the part of its token before the colon
 * (`123456:ABC…` → `"123456"`); known before `getMe`, and no secret.
 */
export function botIdOf(token: string): string {
  const id = /^(\d+):/.exec(token)?.[1];
  // A malformed token fails at getMe; its digest still keeps two such bots apart without logging it.
  return id ?? `x${createHash("sha256").update(token).digest("hex").slice(0, 16)}`;
}

/**
 * Reads an update for the engine, or null when there is nothing to answer:
 * an edited message, a message from a bot, a command for another bot, a
 * button without data.
 */
export function readUpdate(update: Update, botUsername?: string): TelegramTurn | null {
  if (update.message) {
    const msg = update.message;
    const from = msg.from;
    if (!from || from.is_bot) return null;
    const base = { update_id: update.update_id, chatId: msg.chat.id, userId: from.id, ...(from.language_code ? { platformLang: from.language_code } : {}) };
    if (typeof msg.text === "string") {
      const input = inputOfText(msg.text, botUsername);
      return input ? { ...base, input } : null;
    }
    // A photo or document with a caption: the caption is what the user said.
    if (typeof msg.caption === "string" && msg.caption.trim()) return { ...base, input: { kind: "text", text: msg.caption } };
    return { ...base, input: { kind: "text", text: "" }, unsupported: true };
  }
  const query = update.callback_query;
  if (query) {
    if (query.from.is_bot || typeof query.data !== "string" || query.data === "") return null;
    const message = query.message;
    const pressed: PressedButton = { queryId: query.id, data: query.data };
    // An inaccessible message (older than 48 hours) comes with date 0 and no text.
    if (message && message.date !== 0 && "text" in message && typeof message.text === "string") {
      const label = message.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data === query.data)?.text;
      pressed.message = { id: message.message_id, text: message.text, ...(label !== undefined ? { label } : {}) };
    }
    return {
      update_id: update.update_id,
      chatId: message?.chat.id ?? query.from.id,
      userId: query.from.id,
      input: { kind: "choice", id: query.data },
      ...(query.from.language_code ? { platformLang: query.from.language_code } : {}),
      pressed,
    };
  }
  return null;
}
