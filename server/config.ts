/**
 * Configuration from the environment, validated with zod (`zod/mini`, see
 * `bots/kit/env.ts`) at start-up. A missing or malformed value stops
 * start-up with a message naming it.
 * Secrets are held here and never logged (see `describeConfig`).
 */
import * as z from "zod/mini";
import { optionalString, refined, url, wholeNumber } from "../bots/kit/env.ts";
import { LlmConfigError, llmConfigFromEnv } from "../core/explain/llm-config.ts";
import { parseClusterNodes } from "../core/store/cluster-nodes.ts";
import { apiEnv } from "./api/config.ts";
import { CHANNELS } from "./channels.ts";

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every channel's configuration slice, as one shape. */
const channelShapes = Object.assign({}, ...CHANNELS.map((c) => c.env.shape)) as Intersection<(typeof CHANNELS)[number]["env"]["shape"]>;

/** The schema of every environment variable the service reads: the server's own, then each channel's slice. */
export const EnvSchema = z
  .object({
    PORT: z._default(wholeNumber("PORT", "a port number", 0, 65535), 3000),
    HOST: z._default(
      z.pipe(
        z.string().check(
          z.trim(),
          z.regex(/^(\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?)$/, { message: "HOST must be an address or host name to listen on, such as 0.0.0.0, 127.0.0.1 or ::" }),
        ),
        z.transform((h) => h.replace(/^\[(.*)\]$/, "$1")),
      ),
      "0.0.0.0",
    ),
    LOG_LEVEL: z._default(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent" }), "info"),
    REDIS_URL: refined(optionalString, (v) => v === undefined || isRedisUrl(v), "REDIS_URL must be a URL such as redis://127.0.0.1:6379 (or rediss:// for TLS)"),
    REDIS_CLUSTER_NODES: refined(optionalString, (v) => v === undefined || clusterNodesOk(v), "REDIS_CLUSTER_NODES must be host:port pairs separated by commas, such as 10.0.0.1:7000,10.0.0.2:7000"),
    REDIS_KEY_PREFIX: optionalString,
    RATE_LIMIT_PER_MINUTE: z._default(wholeNumber("RATE_LIMIT_PER_MINUTE", "a whole number", 0), 60),
    /** Where users reach the service from outside; with it, "keep my results" gives a link to a results page. */
    PUBLIC_URL: url("PUBLIC_URL"),

    ...apiEnv.shape,

    ...channelShapes,

    LLM_BASE_URL: url("LLM_BASE_URL"),
    LLM_API_KEY: optionalString,
    LLM_MODEL: optionalString,
    LLM_TIMEOUT_MS: z.optional(wholeNumber("LLM_TIMEOUT_MS", "a whole number of milliseconds", 100, 120_000)),
  })
  .check(
    z.superRefine((env, ctx) => {
      for (const channel of CHANNELS) {
        for (const p of channel.problems(env)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
      }
      // The LLM's own rules (core/explain/llm-config.ts), so that a bad LLM setting stops start-up here with exit code 2.
      try {
        llmConfigFromEnv({ LLM_BASE_URL: env.LLM_BASE_URL, LLM_API_KEY: env.LLM_API_KEY, LLM_MODEL: env.LLM_MODEL, LLM_TIMEOUT_MS: env.LLM_TIMEOUT_MS?.toString() });
      } catch (e) {
        if (!(e instanceof LlmConfigError)) throw e;
        ctx.addIssue({ code: "custom", path: [e.variable], message: e.message.replace(`${e.variable}: `, `${e.variable} `) });
      }
    }),
  );

function isRedisUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "redis:" || u.protocol === "rediss:") && u.hostname !== "";
  } catch {
    return false;
  }
}

function clusterNodesOk(value: string): boolean {
  try {
    return parseClusterNodes(value).length > 0;
  } catch {
    return false;
  }
}

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
  // Parsed once: zod's compiled fast path for objects would cost more to build than it saves here.
  const r = EnvSchema.safeParse(cleaned, { jitless: true });
  if (!r.success) {
    // One message a variable: the first, which is the variable's own rule (the LLM's rules can say it again).
    const byPath = new Map<string, string>();
    for (const i of r.error.issues) {
      const path = i.path.join(".") || "environment";
      if (!byPath.has(path)) byPath.set(path, `${path}: ${i.message}`);
    }
    throw new ConfigError([...byPath.values()]);
  }
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
