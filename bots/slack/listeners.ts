/**
 * The Bolt listeners: one middleware that lets each delivery through once,
 * then direct messages, mentions, slash commands and presses of our buttons, each read into
 * a turn and handed to `dispatch`, which runs it after the acknowledgement.
 * The same listeners serve HTTP and Socket Mode.
 */
import type { App, webApi } from "@slack/bolt";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { dedupeKeyOf, turnOfAction, turnOfCommand, turnOfMention, turnOfMessage, type SlackTurn } from "./inputs.ts";
import { CHOICE_ACTION_PATTERN } from "./render.ts";
import type { SlackChatApi, SlackLogger } from "./respond.ts";

/** How long a taken delivery is remembered; Slack stops retrying within the hour. */
export const DEDUPE_TTL_SECONDS = 24 * 60 * 60;

/** What the listeners need. */
export interface ListenerDeps {
  store: Pick<KeyValueStore, "setIfAbsent">;
  logger: SlackLogger;
  /** Runs a turn after the acknowledgement (queued per user and tracked for shutdown); returns at once. */
  dispatch(turn: SlackTurn, api: SlackChatApi): void;
}

/** The chat calls of Bolt's per-request client, without link previews (the engine's texts are not about links). */
export function chatApiOf(client: webApi.WebClient): SlackChatApi {
  return {
    postMessage: (m) => client.chat.postMessage({ ...m, unfurl_links: false, unfurl_media: false }),
    update: (m) => client.chat.update(m),
  };
}

/** Registers the middleware and listeners on `app`. */
export function installListeners(app: App, deps: ListenerDeps): void {
  const { store, logger, dispatch } = deps;

  app.use(async (args) => {
    const body = args.body as Record<string, unknown>;
    const key = dedupeKeyOf(body);
    if (key) {
      let first = true;
      try {
        first = await store.setIfAbsent(key, "1", DEDUPE_TTL_SECONDS);
      } catch {
        // Without the store, answering (the engine then says "unavailable") beats dropping the message.
        logger.warn({ event: "slack_dedupe_unavailable" }, "store unavailable; delivery processed without dedupe");
      }
      if (!first) {
        const ack = (args as { ack?: unknown }).ack;
        if (typeof ack === "function") await (ack as () => Promise<void>)();
        logger.info({ event: "slack_duplicate", retry: args.context.retryNum ?? 0 }, "delivery already taken");
        return;
      }
    }
    await args.next();
  });

  app.message(async ({ body, context, client }) => {
    const turn = turnOfMessage(body as unknown as Record<string, unknown>, context.botUserId);
    if (turn) dispatch(turn, chatApiOf(client));
  });

  app.event("app_mention", async ({ body, context, client }) => {
    const turn = turnOfMention(body as unknown as Record<string, unknown>, context.botUserId);
    if (turn) dispatch(turn, chatApiOf(client));
  });

  // Any command the app is given (the README suggests /policy): Slack needs the acknowledgement within 3 s, the answer follows as messages.
  app.command(/.*/, async ({ ack, body, client }) => {
    await ack();
    const turn = turnOfCommand(body as unknown as Record<string, unknown>);
    if (turn) dispatch(turn, chatApiOf(client));
  });

  app.action(CHOICE_ACTION_PATTERN, async ({ ack, body, client }) => {
    await ack();
    const turn = turnOfAction(body as unknown as Record<string, unknown>);
    if (turn) dispatch(turn, chatApiOf(client));
  });

  app.error(async (error) => {
    logger.error({ event: "slack_listener_failed", code: error.code, error: error.name }, "a Slack listener failed");
  });
}
