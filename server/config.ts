/**
 * Configuration from the environment, validated with zod at start-up. A
 * missing or malformed value stops start-up with a message naming it.
 * Secrets are held here and never logged (see `describeConfig`).
 */
import { z } from "zod";

const optionalString = z.string().trim().min(1).optional();
const url = (name: string) => z.string().trim().url({ message: `${name} must be a URL such as https://example.com/path` }).optional();

/** The schema of every environment variable the service reads. */
export const EnvSchema = z.object({
  PORT: z.coerce.number({ message: "PORT must be a port number" }).int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REDIS_URL: optionalString,
  REDIS_CLUSTER_NODES: optionalString,
  REDIS_KEY_PREFIX: optionalString,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(60),

  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_WEBHOOK_URL: url("TELEGRAM_WEBHOOK_URL"),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, { message: "TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1–256 characters)" }).optional(),
  TELEGRAM_API_ROOT: url("TELEGRAM_API_ROOT"),

  WECHAT_TOKEN: optionalString,
  WECHAT_APP_ID: optionalString,
  WECHAT_ENCODING_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, { message: "WECHAT_ENCODING_AES_KEY must be 43 letters and digits" }).optional(),
  WECHAT_APP_SECRET: optionalString,
  WECHAT_API_BASE_URL: url("WECHAT_API_BASE_URL"),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url("SLACK_API_URL"),

  LLM_BASE_URL: url("LLM_BASE_URL"),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).optional(),
}).superRefine((env, ctx) => {
  const need = (cond: boolean, path: string, message: string) => {
    if (cond) ctx.addIssue({ code: "custom", path: [path], message });
  };
  need(Boolean(env.TELEGRAM_WEBHOOK_URL) && !env.TELEGRAM_BOT_TOKEN, "TELEGRAM_BOT_TOKEN", "TELEGRAM_BOT_TOKEN is required when TELEGRAM_WEBHOOK_URL is set");
  need(Boolean(env.TELEGRAM_WEBHOOK_URL) && !env.TELEGRAM_WEBHOOK_SECRET, "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_SECRET is required in webhook mode, so that forged updates are refused");
  need(Boolean(env.WECHAT_TOKEN) !== Boolean(env.WECHAT_APP_ID), env.WECHAT_TOKEN ? "WECHAT_APP_ID" : "WECHAT_TOKEN", "WECHAT_TOKEN and WECHAT_APP_ID go together");
  need(Boolean(env.WECHAT_APP_SECRET) && !env.WECHAT_APP_ID, "WECHAT_APP_ID", "WECHAT_APP_ID is required with WECHAT_APP_SECRET");
  need(Boolean(env.SLACK_BOT_TOKEN) && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN, "SLACK_SIGNING_SECRET", "SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) is required with SLACK_BOT_TOKEN");
  need(Boolean(env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN, "SLACK_BOT_TOKEN", "SLACK_BOT_TOKEN is required for Slack");
  need(Boolean(env.LLM_BASE_URL) && !env.LLM_MODEL, "LLM_MODEL", "LLM_MODEL is required with LLM_BASE_URL");
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

/** Which channels are configured. */
export function channelsOf(config: AppConfig): { telegram: boolean; wechat: boolean; slack: boolean } {
  return {
    telegram: Boolean(config.TELEGRAM_BOT_TOKEN),
    wechat: Boolean(config.WECHAT_TOKEN && config.WECHAT_APP_ID),
    slack: Boolean(config.SLACK_BOT_TOKEN),
  };
}

/** A log-safe description: which features are on, never a secret. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    port: config.PORT,
    store: config.REDIS_CLUSTER_NODES ? "redis-cluster" : config.REDIS_URL ? "redis" : "memory",
    channels: channelsOf(config),
    telegramMode: config.TELEGRAM_BOT_TOKEN ? (config.TELEGRAM_WEBHOOK_URL ? "webhook" : "polling") : undefined,
    wechatMode: config.WECHAT_ENCODING_AES_KEY ? "aes" : config.WECHAT_TOKEN ? "plain" : undefined,
    slackMode: config.SLACK_BOT_TOKEN ? (config.SLACK_APP_TOKEN ? "socket" : "http") : undefined,
    explainer: config.LLM_BASE_URL ? "llm" : "template",
  };
}
