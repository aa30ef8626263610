/**
 * Answers one turn: runs it through the conversations, closes the buttons
 * of the message a user pressed (or, for a multiple-choice toggle, shows the
 * new selection in that same message), and posts the replies in the
 * conversation (and thread) the user wrote in.
 */
import type { Conversations } from "../../core/dialogues/conversations.ts";
import { CHOICE } from "../../core/dialogues/render/question.ts";
import type { Reply } from "../../core/dialogues/types.ts";
import { userKeyOfTurn, type PressedButton, type SlackTurn } from "./inputs.ts";
import { closedBlocks, renderReplies, renderReply, type SlackMessage } from "./render.ts";

/** The log calls the Slack channel makes (pino's shape). Never given message contents or tokens. */
export interface SlackLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** The two Web API calls replies need; the channel binds them to Bolt's client. */
export interface SlackChatApi {
  postMessage(message: SlackMessage & { channel: string; thread_ts?: string }): Promise<unknown>;
  update(message: SlackMessage & { channel: string; ts: string }): Promise<unknown>;
}

/** What the responder needs. */
export interface ResponderDeps {
  conversations: Pick<Conversations, "handle">;
  logger: SlackLogger;
}

/** The id prefix of a multiple-choice toggle (see `core/dialogues/render/question.ts`). */
const TOGGLE_PREFIX = CHOICE.toggle("");

/** Log-safe facts about a failed Web API call: Slack's error code, never the token or a text. */
export function describeApiError(e: unknown): Record<string, unknown> {
  const err = e as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; name?: unknown } | null;
  if (err && typeof err.code === "string" && err.code.startsWith("slack_")) {
    return { code: err.code, ...(typeof err.data?.error === "string" ? { slackError: err.data.error } : {}), ...(typeof err.statusCode === "number" ? { status: err.statusCode } : {}) };
  }
  return { error: e instanceof Error ? e.name : typeof e };
}

/** Creates the function that answers one turn. It never throws. */
export function createResponder(deps: ResponderDeps): (turn: SlackTurn, api: SlackChatApi) => Promise<void> {
  const { conversations, logger } = deps;

  /** Shows a toggled selection in the pressed message itself; false when the replies are something else. */
  async function updateInPlace(api: SlackChatApi, channel: string, pressed: PressedButton, replies: Reply[]): Promise<boolean> {
    const only = replies.length === 1 ? replies[0] : undefined;
    if (!pressed.value.startsWith(TOGGLE_PREFIX) || only?.kind !== "choices" || !only.multi) return false;
    const messages = renderReply(only);
    if (messages.length !== 1) return false;
    try {
      await api.update({ channel, ts: pressed.messageTs, ...messages[0]! });
      return true;
    } catch (e) {
      logger.warn({ event: "slack_update_failed", ...describeApiError(e) }, "could not update the pressed message");
      return false;
    }
  }

  /** Removes the pressed buttons, leaving the chosen label under the question. */
  async function closeButtons(api: SlackChatApi, channel: string, pressed: PressedButton): Promise<void> {
    try {
      await api.update({ channel, ts: pressed.messageTs, text: pressed.text || "…", blocks: closedBlocks(pressed.blocks, pressed.label) });
    } catch (e) {
      logger.warn({ event: "slack_update_failed", ...describeApiError(e) }, "could not close the pressed buttons");
    }
  }

  return async function respond(turn: SlackTurn, api: SlackChatApi): Promise<void> {
    const { channel, pressed } = turn;
    try {
      const replies = await conversations.handle(userKeyOfTurn(turn), turn.input);
      if (pressed && (await updateInPlace(api, channel, pressed, replies))) return;
      if (pressed) await closeButtons(api, channel, pressed);
      for (const m of renderReplies(replies)) {
        await api.postMessage({ channel, ...(turn.threadTs ? { thread_ts: turn.threadTs } : {}), ...m });
      }
    } catch (e) {
      logger.error({ event: "slack_reply_failed", ...describeApiError(e) }, "reply not delivered");
    }
  };
}
