/**
 * The JSON API's configuration slice: the optional key, CORS origins, the
 * per-client rate limit, the body size limit, and whether to believe
 * `X-Forwarded-For` (only behind a proxy you run).
 */
import * as z from "zod";
import { optionalString } from "../../bots/kit/env.ts";

const origin = /^(\*|https?:\/\/[^\s/,]+)$/;

/** The API's environment variables. */
export const apiEnv = z.object({
  API_KEY: z.string().trim().min(16, { message: "API_KEY must be at least 16 characters" }).optional(),
  API_CORS_ORIGINS: optionalString.refine((v) => v === undefined || v.split(",").every((o) => origin.test(o.trim())), {
    message: "API_CORS_ORIGINS must be * or a comma-separated list of origins such as https://example.com",
  }),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number({ message: "API_RATE_LIMIT_PER_MINUTE must be a whole number" }).int().min(0).default(60),
  API_BODY_LIMIT_BYTES: z.coerce.number({ message: "API_BODY_LIMIT_BYTES must be a number of bytes" }).int().min(1024).max(10_485_760).default(65_536),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d{1,2})$/, { message: "TRUST_PROXY must be false, true or a number of proxies (0–99)" })
    .default("false")
    .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v))),
});

/** The API's validated configuration. */
export type ApiConfig = z.output<typeof apiEnv>;

/** The CORS origins allowed: none, every one (`*`), or a list. */
export function corsOrigins(config: ApiConfig): "*" | string[] {
  if (!config.API_CORS_ORIGINS) return [];
  const list = config.API_CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  return list.includes("*") ? "*" : list;
}
