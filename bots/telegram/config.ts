/** Telegram's configuration slice: the environment variables the channel reads, checked at start-up. */
import * as z from "zod/mini";
import { optionalString, url } from "../kit/env.ts";

/** Telegram's configuration slice. */
export const TelegramEnv = z.object({
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_WEBHOOK_URL: url("TELEGRAM_WEBHOOK_URL"),
  TELEGRAM_WEBHOOK_SECRET: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,256}$/, { message: "TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1–256 characters)" }))),
  TELEGRAM_API_ROOT: url("TELEGRAM_API_ROOT"),
});

/** Telegram's validated configuration. */
export type TelegramConfig = z.output<typeof TelegramEnv>;
