/**
 * The Telegram channel: a grammY bot pointed at `TELEGRAM_API_ROOT` when set,
 * served by webhook (`TELEGRAM_WEBHOOK_URL`, `POST /telegram`) or by long
 * polling otherwise. Transport only: updates become `Input`, replies become
 * messages; the engine decides everything else.
 */
import { Bot, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { RunnerHandle } from "@grammyjs/runner";
import type { Channel, ChannelDeps, HttpRoute } from "../kit/channel.ts";
import { ChatQueue } from "../kit/chat-queue.ts";
import { createBotApiHttp } from "./bot-api-http.ts";
import { registerCommandMenus } from "./commands.ts";
import { TelegramError } from "./errors.ts";
import { installPollingMiddleware, POLL_TIMEOUT_SECONDS, startPolling } from "./polling.ts";
import type { UpdateClaim } from "./claim.ts";
import { createResponder, describeApiError } from "./respond.ts";
import { ALLOWED_UPDATES, botIdOf, chatKeyOf, readUpdate } from "./updates.ts";
import { WEBHOOK_PATH, webhookRoute } from "./webhook.ts";
import type { TelegramConfig } from "./config.ts";

/** How long `stop()` waits for turns in flight. */
export const STOP_TIMEOUT_MS = 20_000;

/** The Telegram channel: a {@link Channel} that can also say when its turns are done. */
export interface TelegramChannel extends Channel {
  /** Resolves when no turn is queued or running (or after `timeoutMs`); true when idle. For tests and health. */
  idle(timeoutMs: number): Promise<boolean>;
}

/** Telegram's Bot API, where TELEGRAM_API_ROOT does not say otherwise. */
const DEFAULT_API_ROOT = "https://api.telegram.org";

/** Options of {@link createTelegramChannel}, for tests and tuning. */
export interface TelegramChannelOptions {
  /** The webhook claim's life and renewal period (see `CLAIM_TTL_SECONDS`). */
  claim?: { ttlSeconds?: number; renewMs?: number };
}

/**
 * Creates the Telegram channel from the service's configuration.
 * Throws TelegramError `NOT_CONFIGURED` without a token (or, in webhook mode, a secret).
 *
 * @example
 * const channel = createTelegramChannel(deps); // registered in server/channels.ts
 * await channel.start(); // getMe, setWebhook or polling, command menus
 */
export function createTelegramChannel(deps: ChannelDeps<TelegramConfig>, options: TelegramChannelOptions = {}): TelegramChannel {
  const { config, conversations, store, logger } = deps;
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new TelegramError("NOT_CONFIGURED", "TELEGRAM_BOT_TOKEN is not set");
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  const secret = config.TELEGRAM_WEBHOOK_SECRET;
  if (webhookUrl && !secret) throw new TelegramError("NOT_CONFIGURED", "TELEGRAM_WEBHOOK_SECRET is required in webhook mode");

  const apiRoot = config.TELEGRAM_API_ROOT ? config.TELEGRAM_API_ROOT.replace(/\/+$/, "") : DEFAULT_API_ROOT;
  // Long enough for a long poll, short enough that a hung call cannot hold shutdown forever.
  const timeoutSeconds = POLL_TIMEOUT_SECONDS + 15;
  const http = createBotApiHttp({ apiRoot, token, timeoutSeconds });
  const bot = new Bot(token, { client: { apiRoot, timeoutSeconds, fetch: http.fetch as never } });
  bot.api.config.use(http.transformer);
  const botId = botIdOf(token);
  const respond = createResponder({ api: bot.api, conversations, logger, explainer: deps.explainer });
  const queue = new ChatQueue();
  let stopping = false;
  let runner: RunnerHandle | undefined;

  const processUpdate = async (update: Update, claim?: UpdateClaim): Promise<void> => {
    const turn = readUpdate(update, bot.isInited() ? bot.botInfo.username : undefined);
    if (turn) await respond(turn, claim);
  };

  const routes: HttpRoute[] = [];
  if (webhookUrl && secret) {
    routes.push(
      webhookRoute({
        secret,
        botId,
        store,
        ...(options.claim ? { claim: options.claim } : {}),
        logger,
        stopping: () => stopping,
        dispatch: (update, claim) => {
          const key = chatKeyOf(update);
          return key === undefined ? Promise.resolve() : queue.run(key, () => processUpdate(update, claim));
        },
      }),
    );
  } else {
    installPollingMiddleware(bot, { store, botId, logger, process: (update, key) => queue.run(key, () => processUpdate(update)) });
  }

  return {
    name: "telegram",
    routes,
    async start() {
      try {
        // Not bot.init(): it retries a network failure forever, and start-up
        // should rather fail, naming the cause, than hang without a word.
        if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
      } catch (e) {
        const bad = e instanceof GrammyError && (e.error_code === 401 || e.error_code === 404);
        throw new TelegramError(bad ? "BAD_TOKEN" : "SETUP_FAILED", bad ? "Telegram refused TELEGRAM_BOT_TOKEN" : `could not reach the Telegram Bot API (getMe): ${reason(e)}`);
      }
      if (webhookUrl && secret) {
        // Telegram posts to the URL as given; only a proxy can map another path to ours.
        if (new URL(webhookUrl).pathname !== WEBHOOK_PATH) logger.warn({ event: "telegram_webhook_path", expected: WEBHOOK_PATH }, "TELEGRAM_WEBHOOK_URL does not end in /telegram; make sure a proxy maps it");
        try {
          await bot.api.setWebhook(webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
        } catch (e) {
          throw new TelegramError("SETUP_FAILED", `Telegram refused setWebhook for TELEGRAM_WEBHOOK_URL: ${reason(e)}`);
        }
      } else {
        // getUpdates fails while a webhook is set; keep the updates queued meanwhile.
        await bot.api.deleteWebhook({ drop_pending_updates: false }).catch((e: unknown) => {
          logger.warn({ event: "telegram_delete_webhook_failed", ...describeApiError(e) }, "could not remove the webhook");
        });
      }
      await registerCommandMenus(bot.api, (languageCode, e) => {
        logger.warn({ event: "telegram_commands_failed", languageCode, ...describeApiError(e) }, "command menu not registered");
      });
      if (!webhookUrl) runner = startPolling(bot, logger);
      logger.info({ event: "telegram_started", mode: webhookUrl ? "webhook" : "polling", bot: bot.botInfo.username }, "telegram channel ready");
    },
    idle: (timeoutMs) => queue.idle(timeoutMs),
    async stop() {
      stopping = true;
      if (runner) await runner.stop();
      if (!(await queue.idle(STOP_TIMEOUT_MS))) logger.warn({ event: "telegram_stop_timeout", pending: queue.size }, "turns still running at shutdown");
      await http.close();
    },
  };
}

/**
 * A short reason for a failed call. The error itself is not kept as `cause`:
 * a network error's inner error holds the request URL, and the URL holds the token.
 */
function reason(e: unknown): string {
  return e instanceof GrammyError ? `${e.error_code} ${e.description}` : e instanceof Error ? e.name : "unknown error";
}
