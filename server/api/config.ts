/**
 * The JSON API's configuration slice: the optional key, CORS origins, the
 * per-client rate limit, the body size limit, and whether to believe
 * `X-Forwarded-For` (only behind a proxy you run).
 */
import * as z from "zod/mini";
import { optionalString, refined, wholeNumber } from "../../bots/kit/env.ts";

const origin = /^(\*|https?:\/\/[^\s/,]+)$/;

/** The API's environment variables. */
export const apiEnv = z.object({
  API_KEY: z.optional(z.string().check(z.trim(), z.minLength(16, { message: "API_KEY must be at least 16 characters" }))),
  API_CORS_ORIGINS: refined(
    optionalString,
    (v) => v === undefined || v.split(",").every((o) => origin.test(o.trim())),
    "API_CORS_ORIGINS must be * or a comma-separated list of origins such as https://example.com",
  ),
  API_RATE_LIMIT_PER_MINUTE: z._default(wholeNumber("API_RATE_LIMIT_PER_MINUTE", "a whole number", 0), 60),
  API_BODY_LIMIT_BYTES: z._default(wholeNumber("API_BODY_LIMIT_BYTES", "a number of bytes", 1024, 10_485_760), 65_536),
  TRUST_PROXY: z.pipe(
    z._default(z.string().check(z.trim(), z.regex(/^(true|false|\d{1,2})$/, { message: "TRUST_PROXY must be false, true or a number of proxies (0–99)" })), "false"),
    z.transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
  ),
});

/** The API's validated configuration. */
export type ApiConfig = z.output<typeof apiEnv>;

/** The CORS origins allowed: none, every one (`*`), or a list. */
export function corsOrigins(config: ApiConfig): "*" | string[] {
  if (!config.API_CORS_ORIGINS) return [];
  const list = config.API_CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  return list.includes("*") ? "*" : list;
}
