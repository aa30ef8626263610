/**
 * How the Telegram channel plugs into the service: its variables, their rules,
 * and a factory that loads grammY only when Telegram is configured.
 */
import type { ChannelEntry } from "../kit/channel.ts";
import { TelegramEnv } from "./config.ts";

/** The Telegram channel, for `server/channels.ts`. */
export const telegramEntry: ChannelEntry<typeof TelegramEnv.shape> = {
  name: "telegram",
  env: TelegramEnv,
  problems: (env) => [
    ...(env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN ? [{ path: "TELEGRAM_BOT_TOKEN", message: "TELEGRAM_BOT_TOKEN is required when TELEGRAM_WEBHOOK_URL is set" }] : []),
    ...(env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET ? [{ path: "TELEGRAM_WEBHOOK_SECRET", message: "TELEGRAM_WEBHOOK_SECRET is required in webhook mode, so that forged updates are refused" }] : []),
  ],
  configured: (env) => Boolean(env.TELEGRAM_BOT_TOKEN),
  mode: (env) => (env.TELEGRAM_BOT_TOKEN ? (env.TELEGRAM_WEBHOOK_URL ? "webhook" : "polling") : undefined),
  create: async (deps) => (await import("./channel.ts")).createTelegramChannel(deps),
};
