/**
 * How the WeChat channel plugs into the service: its variables, their rules,
 * and a factory that loads the adapter only when WeChat is configured.
 */
import type { ChannelEntry } from "../kit/channel.ts";
import { WechatEnv } from "./config.ts";

/** The WeChat channel, for `server/channels.ts`. */
export const wechatEntry: ChannelEntry<typeof WechatEnv.shape> = {
  name: "wechat",
  env: WechatEnv,
  problems: (env) => [
    ...(Boolean(env.WECHAT_TOKEN) !== Boolean(env.WECHAT_APP_ID) ? [{ path: env.WECHAT_TOKEN ? "WECHAT_APP_ID" : "WECHAT_TOKEN", message: "WECHAT_TOKEN and WECHAT_APP_ID go together" }] : []),
    ...(env.WECHAT_APP_SECRET && !env.WECHAT_APP_ID ? [{ path: "WECHAT_APP_ID", message: "WECHAT_APP_ID is required with WECHAT_APP_SECRET" }] : []),
  ],
  configured: (env) => Boolean(env.WECHAT_TOKEN && env.WECHAT_APP_ID),
  mode: (env) => (env.WECHAT_ENCODING_AES_KEY ? "aes" : env.WECHAT_TOKEN ? "plain" : undefined),
  create: async (deps) => (await import("./channel.ts")).createWechatChannel(deps),
};
