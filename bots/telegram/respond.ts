/**
 * Runs one Telegram turn: acknowledges a button press at once, asks the
 * conversations for replies, and sends them in order. A pressed keyboard is
 * closed with the chosen label, so old buttons cannot be pressed twice; a
 * multiple-choice toggle updates its message in place instead of sending a
 * new one.
 */
import type { Api } from "grammy";
import { GrammyError } from "grammy";
import type { Conversations } from "../../core/dialogues/conversations.ts";
import { CHOICE } from "../../core/dialogues/render/question.ts";
import type { Reply } from "../../core/dialogues/types.ts";
import { userKeyOf } from "../../core/store/session-store.ts";
import { escapeHtml, MAX_MESSAGE_CHARS, renderReplies, renderReply, type OutgoingMessage } from "./render.ts";
import type { PressedButton, TelegramTurn } from "./updates.ts";

/** The log calls the responder makes (pino's shape). Never given message contents. */
export interface TelegramLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What the responder needs. */
export interface ResponderDeps {
  api: Api;
  conversations: Pick<Conversations, "handle">;
  logger: TelegramLogger;
}

/** The id prefix of a multiple-choice toggle (see `core/dialogues/render/question.ts`). */
const TOGGLE_PREFIX = CHOICE.toggle("");

/** Log-safe facts about a failed Bot API call: its code and Telegram's description, never the token or a text. */
export function describeApiError(e: unknown): Record<string, unknown> {
  if (e instanceof GrammyError) return { method: e.method, errorCode: e.error_code, description: e.description };
  return { error: e instanceof Error ? e.name : typeof e };
}

/** Creates the function that answers one turn. It never throws. */
export function createResponder(deps: ResponderDeps): (turn: TelegramTurn) => Promise<void> {
  const { api, conversations, logger } = deps;

  async function send(chatId: number, messages: OutgoingMessage[]): Promise<void> {
    for (const m of messages) {
      await api.sendMessage(chatId, m.html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(m.keyboard ? { reply_markup: m.keyboard } : {}),
      });
    }
  }

  /** Shows the toggled selection in the pressed message itself; false when it cannot. */
  async function updateInPlace(chatId: number, pressed: PressedButton, replies: Reply[]): Promise<boolean> {
    const only = replies.length === 1 ? replies[0] : undefined;
    if (!pressed.message || !pressed.data.startsWith(TOGGLE_PREFIX) || only?.kind !== "choices" || !only.multi) return false;
    const parts = renderReply(only);
    if (parts.length !== 1) return false;
    const part = parts[0]!;
    try {
      await api.editMessageText(chatId, pressed.message.id, part.html, { parse_mode: "HTML", ...(part.keyboard ? { reply_markup: part.keyboard } : {}) });
      return true;
    } catch (e) {
      if (isNotModified(e)) return true;
      logger.warn({ event: "telegram_edit_failed", ...describeApiError(e) }, "could not update the pressed message");
      return false;
    }
  }

  /** Closes the pressed keyboard, leaving the chosen label under the question. */
  async function closeKeyboard(chatId: number, pressed: PressedButton): Promise<void> {
    const m = pressed.message;
    if (!m) return;
    try {
      const marked = m.label ? `${m.text}\n\n» ${m.label}` : m.text;
      if (m.label && marked.length <= MAX_MESSAGE_CHARS) await api.editMessageText(chatId, m.id, escapeHtml(marked), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      else await api.editMessageReplyMarkup(chatId, m.id, { reply_markup: { inline_keyboard: [] } });
    } catch (e) {
      if (!isNotModified(e)) logger.warn({ event: "telegram_edit_failed", ...describeApiError(e) }, "could not close the pressed keyboard");
    }
  }

  return async function respond(turn: TelegramTurn): Promise<void> {
    const { chatId, pressed } = turn;
    try {
      // Telegram shows a spinner on the button until the query is answered.
      if (pressed) {
        await api.answerCallbackQuery(pressed.queryId).catch((e: unknown) => {
          logger.warn({ event: "telegram_answer_callback_failed", ...describeApiError(e) }, "could not answer the button press");
        });
      }
      const replies = await conversations.handle(userKeyOf("telegram", String(turn.userId)), turn.input, turn.platformLang ? { platformLang: turn.platformLang } : {});
      if (pressed && (await updateInPlace(chatId, pressed, replies))) return;
      if (pressed) await closeKeyboard(chatId, pressed);
      await send(chatId, renderReplies(replies));
    } catch (e) {
      // A user who blocked the bot (403) or a chat that vanished is not an error of ours.
      const blocked = e instanceof GrammyError && (e.error_code === 403 || e.error_code === 400);
      (blocked ? logger.warn : logger.error).call(logger, { event: "telegram_reply_failed", updateId: turn.update_id, ...describeApiError(e) }, "reply not delivered");
    }
  };
}

function isNotModified(e: unknown): boolean {
  return e instanceof GrammyError && e.error_code === 400 && /not modified/i.test(e.description);
}
