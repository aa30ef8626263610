/**
 * Configuration from the environment, validated with zod at start-up. A
 * missing or malformed value stops start-up with a message naming it.
 * Secrets are held here and never logged (see `describeConfig`).
 */
import { z } from "zod";
import { optionalString, url } from "../bots/kit/env.ts";
import { CHANNELS } from "./channels.ts";

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every channel's configuration slice, as one shape. */
const channelShapes = Object.assign({}, ...CHANNELS.map((c) => c.env.shape)) as Intersection<(typeof CHANNELS)[number]["env"]["shape"]>;

/** The schema of every environment variable the service reads: the server's own, then each channel's slice. */
export const EnvSchema = z.object({
  PORT: z.coerce.number({ message: "PORT must be a port number" }).int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REDIS_URL: optionalString,
  REDIS_CLUSTER_NODES: optionalString,
  REDIS_KEY_PREFIX: optionalString,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  /** Where users reach the service from outside; with it, "keep my results" gives a link to a results page. */
  PUBLIC_URL: url("PUBLIC_URL"),

  ...channelShapes,

  LLM_BASE_URL: url("LLM_BASE_URL"),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).optional(),
}).superRefine((env, ctx) => {
  for (const channel of CHANNELS) {
    for (const p of channel.problems(env)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  }
  if (env.LLM_BASE_URL && !env.LLM_MODEL) ctx.addIssue({ code: "custom", path: ["LLM_MODEL"], message: "LLM_MODEL is required with LLM_BASE_URL" });
});

/** The validated configuration. */
export type AppConfig = z.output<typeof EnvSchema>;

/** A configuration error naming the variables at fault. */
export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment. Empty strings count as unset. Throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape ?? {})) {
    const v = env[key];
    if (v !== undefined && v.trim() !== "") cleaned[key] = v;
  }
  const r = EnvSchema.safeParse(cleaned);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`));
  return r.data;
}

/** Which channels are configured, by name. */
export function channelsOf(config: AppConfig): Record<string, boolean> {
  return Object.fromEntries(CHANNELS.map((c) => [c.name, c.configured(config)]));
}

/** A log-safe description: which features are on, never a secret. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    port: config.PORT,
    store: config.REDIS_CLUSTER_NODES ? "redis-cluster" : config.REDIS_URL ? "redis" : "memory",
    channels: channelsOf(config),
    ...Object.fromEntries(CHANNELS.map((c) => [`${c.name}Mode`, c.mode(config)])),
    explainer: config.LLM_BASE_URL ? "llm" : "template",
  };
}
