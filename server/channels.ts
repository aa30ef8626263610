/**
 * The channel factories `npm start` can serve, by name. Each adapter is
 * imported only when its channel is configured, so that a WeChat-only
 * service does not load grammY or Bolt (faster start, less memory).
 */
import type { Channel } from "../bots/kit/channel.ts";
import type { ChannelFactory } from "./app.ts";

/** Factories by channel name; a configured channel without a factory stops start-up. */
export const CHANNEL_FACTORIES: Partial<Record<Channel["name"], ChannelFactory>> = {
  telegram: async (deps) => (await import("../bots/telegram/channel.ts")).createTelegramChannel(deps),
  wechat: async (deps) => (await import("../bots/wechat-adapter/channel.ts")).createWechatChannel(deps),
  slack: async (deps) => (await import("../bots/slack/channel.ts")).createSlackChannel(deps),
};
