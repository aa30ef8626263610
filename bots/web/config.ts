/** The web chat's configuration slice: the environment variables it reads, checked at start-up. */
import * as z from "zod/mini";
import { optionalString } from "../kit/env.ts";

/** An origin a site embedding the widget is served from: scheme, host and optional port, nothing else. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** The web chat's configuration slice. */
export const WebEnv = z.object({
  /** `1` (or `on`, `true`) serves the web chat at `/`; off by default so that `npm start` with nothing configured still opens the terminal chat. */
  WEB_CHAT: z.optional(z.enum(["1", "0", "on", "off", "true", "false"], { message: "WEB_CHAT must be 1 or 0" })),
  /** Signs session tokens; required once more than one instance serves the web chat. */
  WEB_SESSION_SECRET: z.optional(z.string().check(z.minLength(32, { message: "WEB_SESSION_SECRET must be at least 32 characters" }))),
  /** Sites allowed to embed the chat in an iframe, as origins separated by spaces or commas. */
  WEB_FRAME_ANCESTORS: z.pipe(
    optionalString,
    z.optional(
      z.pipe(
        z.string(),
        z.transform((s) => s.split(/[\s,]+/).filter(Boolean)),
      ).check(z.refine((list) => list.every((o) => ORIGIN.test(o)), { message: "WEB_FRAME_ANCESTORS must list origins such as https://www.example.org" })),
    ),
  ),
});

/** The web chat's validated configuration. */
export type WebConfig = z.output<typeof WebEnv>;

/** True when `WEB_CHAT` turns the web chat on. */
export function webChatOn(config: Pick<WebConfig, "WEB_CHAT">): boolean {
  return config.WEB_CHAT === "1" || config.WEB_CHAT === "on" || config.WEB_CHAT === "true";
}
