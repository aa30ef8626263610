/**
 * The channels `npm start` can serve: the one list a new channel is added to.
 * Each entry carries its configuration slice (composed by `server/config.ts`)
 * and imports its adapter only when its channel is configured, so that a
 * WeChat-only service does not load grammY or Bolt (faster start, less memory).
 */
import { slackEntry } from "../bots/slack/entry.ts";
import { telegramEntry } from "../bots/telegram/entry.ts";
import { webEntry } from "../bots/web/entry.ts";
import { wechatEntry } from "../bots/wechat-adapter/entry.ts";

/** The channels, in start-up order. */
export const CHANNELS = [telegramEntry, wechatEntry, slackEntry, webEntry] as const;
