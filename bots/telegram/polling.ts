/**
 * Long polling with the grammY runner, for when there is no public URL:
 * updates run concurrently across chats and one at a time within a chat
 * (`sequentialize`), each `update_id` at most once.
 */
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { describeApiError, type TelegramLogger } from "./respond.ts";
import { ALLOWED_UPDATES, chatKeyOf, dedupeKeyOf } from "./updates.ts";
import { DEDUPE_TTL_SECONDS } from "./webhook.ts";

/** What polling needs. */
export interface PollingDeps {
  store: Pick<KeyValueStore, "setIfAbsent">;
  /** The bot's id, part of every deduplication key (see `botIdOf`). */
  botId: string;
  logger: TelegramLogger;
  /** Runs one update to the end (queued per chat and tracked for shutdown). */
  process(update: Update, chatKey: string): Promise<void>;
}

/** Long-poll timeout in seconds: how long Telegram holds a getUpdates call open. */
export const POLL_TIMEOUT_SECONDS = 30;

/** Installs the polling middleware on `bot`; call once, before {@link startPolling}. */
export function installPollingMiddleware(bot: Bot, deps: PollingDeps): void {
  bot.use(sequentialize((ctx) => chatKeyOf(ctx.update)));
  bot.use(async (ctx) => {
    const update = ctx.update;
    const chatKey = chatKeyOf(update);
    if (chatKey === undefined) return;
    let first = true;
    try {
      first = await deps.store.setIfAbsent(dedupeKeyOf(deps.botId, update.update_id), "1", DEDUPE_TTL_SECONDS);
    } catch {
      // Polling never delivers an update twice to one process; without the
      // store, answering (even "unavailable") beats dropping the message.
      deps.logger.warn({ event: "telegram_dedupe_unavailable" }, "store unavailable; update processed without dedupe");
    }
    if (first) await deps.process(update, chatKey);
  });
  bot.catch((err) => {
    deps.logger.error({ event: "telegram_update_failed", updateId: err.ctx.update.update_id, ...describeApiError(err.error) }, "update failed");
  });
}

/** Starts polling; the runner's own console output is off, and a crash is logged. */
export function startPolling(bot: Bot, logger: TelegramLogger): RunnerHandle {
  const handle = run(bot, {
    runner: { fetch: { timeout: POLL_TIMEOUT_SECONDS, allowed_updates: ALLOWED_UPDATES }, silent: true },
  });
  handle.task()?.catch((e: unknown) => {
    logger.error({ event: "telegram_polling_stopped", ...describeApiError(e) }, "long polling stopped");
  });
  return handle;
}
