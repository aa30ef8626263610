/** WeChat's configuration slice: the environment variables the channel reads, checked at start-up. */
import * as z from "zod/mini";
import { optionalString, refined, url } from "../kit/env.ts";

/** WeChat's configuration slice. */
export const WechatEnv = z.object({
  WECHAT_TOKEN: refined(
    optionalString,
    (v) => v === undefined || /^[A-Za-z0-9_-]{1,32}$/.test(v),
    "WECHAT_TOKEN must be the Token of the Official Account's server settings: up to 32 letters and digits",
  ),
  WECHAT_APP_ID: refined(
    optionalString,
    (v) => v === undefined || /^wx[A-Za-z0-9_]{1,30}$/.test(v),
    "WECHAT_APP_ID must be the AppID of the Official Account, which starts with wx (e.g. wx0123456789abcdef)",
  ),
  WECHAT_ENCODING_AES_KEY: z.optional(z.string().check(z.regex(/^[A-Za-z0-9]{43}$/, { message: "WECHAT_ENCODING_AES_KEY must be 43 letters and digits" }))),
  WECHAT_APP_SECRET: optionalString,
  WECHAT_API_BASE_URL: url("WECHAT_API_BASE_URL"),
});

/** WeChat's validated configuration. */
export type WechatConfig = z.output<typeof WechatEnv>;
