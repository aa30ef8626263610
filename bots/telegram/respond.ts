/**
 * Runs one Telegram turn: acknowledges a button press at once, asks the
 * conversations for replies, and sends them in order. A pressed keyboard is
 * closed with the chosen label, so old buttons cannot be pressed twice; a
 * multiple-choice toggle updates its message in place instead of sending a
 * new one. With an explainer that can stream (an LLM is configured), an
 * explanation that takes longer than {@link DRAFT_DELAY_MS} is first shown as
 * the curated template, and that message is then edited into the turn's
 * first reply, so that the user reads something at once and still gets one
 * message.
 */
import type { Api } from "grammy";
import { GrammyError } from "grammy";
import type { Conversations, MessageMeta } from "../../core/dialogues/conversations.ts";
import type { Explainer, Explanation } from "../../core/explain/explainer.ts";
import { canStream } from "../../core/explain/streaming.ts";
import { CHOICE } from "../../core/dialogues/render/question.ts";
import type { Reply } from "../../core/dialogues/types.ts";
import { userKeyOf } from "../../core/store/session-store.ts";
import { escapeHtml, MAX_MESSAGE_CHARS, renderReplies, renderReply, type OutgoingMessage } from "./render.ts";
import type { TurnClaim } from "./claim.ts";
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
  conversations: Pick<Conversations, "handle" | "handleOnce">;
  logger: TelegramLogger;
  /** The service's explainer; when it can stream, slow explanations show a draft first. */
  explainer?: Explainer;
}

/** How long an explanation may take before its draft (the template) is shown. */
export const DRAFT_DELAY_MS = 1_000;

/** The id prefix of a multiple-choice toggle (see `core/dialogues/render/question.ts`). */
const TOGGLE_PREFIX = CHOICE.toggle("");

/** Log-safe facts about a failed Bot API call: its code and Telegram's description, never the token or a text. */
export function describeApiError(e: unknown): Record<string, unknown> {
  if (e instanceof GrammyError) return { method: e.method, errorCode: e.error_code, description: e.description };
  return { error: e instanceof Error ? e.name : typeof e };
}

/**
 * Creates the function that answers one turn. It never throws. With a
 * `claim` (the webhook's), the turn takes it with the user's lock and runs
 * only if it was not taken already; a button press is then acknowledged once
 * the claim is taken, so a retry does not answer it twice.
 */
export function createResponder(deps: ResponderDeps): (turn: TelegramTurn, claim?: TurnClaim) => Promise<void> {
  const { api, conversations, logger } = deps;
  const streaming = deps.explainer && canStream(deps.explainer) ? deps.explainer : undefined;

  /**
   * The draft of one turn's explanation: shown after {@link DRAFT_DELAY_MS} if
   * the turn is still running, edited as better text arrives, and finally
   * replaced by the turn's first message.
   */
  function draftFor(chatId: number) {
    let latest: Explanation | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sent: Promise<number | undefined> | undefined;
    let done = false;
    const show = (): void => {
      if (done || !latest || sent) return;
      const text = latest.text;
      sent = api.sendMessage(chatId, escapeHtml(text.slice(0, MAX_MESSAGE_CHARS)), { parse_mode: "HTML", link_preview_options: { is_disabled: true } })
        .then((m) => m.message_id)
        .catch((e: unknown) => {
          logger.warn({ event: "telegram_draft_failed", ...describeApiError(e) }, "could not send the draft explanation");
          return undefined;
        });
    };
    return {
      onUpdate(e: Explanation): void {
        latest = e;
        if (!timer && !sent) timer = setTimeout(show, DRAFT_DELAY_MS);
      },
      /** The id of the draft message shown, if any, once the turn is done. */
      async finish(): Promise<number | undefined> {
        done = true;
        if (timer) clearTimeout(timer);
        return sent ? await sent : undefined;
      },
    };
  }

  /** Sends `messages`, the first as an edit of the draft message `draftId` when there is one. */
  async function sendOver(chatId: number, draftId: number | undefined, messages: OutgoingMessage[]): Promise<void> {
    const [first, ...rest] = messages;
    if (draftId === undefined || !first) return send(chatId, messages);
    try {
      await api.editMessageText(chatId, draftId, first.html, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(first.keyboard ? { reply_markup: first.keyboard } : {}) });
    } catch (e) {
      if (!isNotModified(e)) {
        logger.warn({ event: "telegram_edit_failed", ...describeApiError(e) }, "could not replace the draft explanation");
        return send(chatId, messages);
      }
    }
    await send(chatId, rest);
  }

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

  return async function respond(turn: TelegramTurn, claim?: TurnClaim): Promise<void> {
    const { chatId, pressed } = turn;
    try {
      // Telegram shows a spinner on the button until the query is answered.
      let answering: Promise<void> | undefined;
      const answerPress = (): void => {
        if (!pressed || answering) return;
        answering = api.answerCallbackQuery(pressed.queryId).then(
          () => undefined,
          (e: unknown) => logger.warn({ event: "telegram_answer_callback_failed", ...describeApiError(e) }, "could not answer the button press"),
        );
      };
      const meta: MessageMeta = turn.platformLang ? { platformLang: turn.platformLang } : {};
      const draft = streaming ? draftFor(chatId) : undefined;
      if (streaming && draft) meta.explainer = { explain: (request, options) => streaming.explainStream(request, draft.onUpdate, options) };
      const userKey = userKeyOf("telegram", String(turn.userId));
      let replies: Reply[];
      if (claim) {
        const delivery = claim.forUser(userKey);
        const outcome = await conversations.handleOnce(userKey, turn.input, { ...delivery, onTaken: () => (delivery.onTaken?.(), answerPress()) }, meta);
        claim.outcome(outcome);
        if (outcome.status !== "answered") {
          await draft?.finish();
          return;
        }
        replies = outcome.replies;
      } else {
        answerPress();
        await answering;
        replies = await conversations.handle(userKey, turn.input, meta);
      }
      await answering;
      const draftId = await draft?.finish();
      if (pressed && draftId === undefined && (await updateInPlace(chatId, pressed, replies))) return;
      if (pressed) await closeKeyboard(chatId, pressed);
      await sendOver(chatId, draftId, renderReplies(replies));
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
