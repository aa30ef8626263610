/** The channel factories `npm start` can serve, by name. Each adapter registers itself here. */
import type { Channel } from "./channel.ts";
import type { ChannelFactory } from "./app.ts";
import { createTelegramChannel } from "../bots/telegram/channel.ts";
import { createWechatChannel } from "../bots/wechat-adapter/channel.ts";
import { createSlackChannel } from "../bots/slack/channel.ts";

/** Factories by channel name; a configured channel without a factory stops start-up. */
export const CHANNEL_FACTORIES: Partial<Record<Channel["name"], ChannelFactory>> = {
  telegram: createTelegramChannel,
  wechat: createWechatChannel,
  slack: createSlackChannel,
};
