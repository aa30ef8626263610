/**
 * The LLM's configuration from the environment, checked: what the server's
 * configuration validates at start-up. Only zod: the explainers it
 * configures (and the catalogues they bring) are loaded by `config.ts`, so
 * that reading the configuration does not load them. `zod/mini`, as for the
 * server's configuration (see `bots/kit/env.ts`).
 */
import * as z from "zod/mini";

/** Default time budget per explanation when `LLM_TIMEOUT_MS` is not set. */
export const DEFAULT_BUDGET_MS = 8_000;

/** The environment variables read here. */
export interface LlmEnv {
  /** Base URL of the OpenAI-compatible API, including `/v1` (or the provider's equivalent). */
  LLM_BASE_URL?: string | undefined;
  /** The API key; optional for local servers (Ollama, vLLM) that need none. Never logged. */
  LLM_API_KEY?: string | undefined;
  /** The model name as the endpoint knows it: `qwen-plus`, `deepseek-chat`, `llama3.1:8b`. */
  LLM_MODEL?: string | undefined;
  /** Default time budget per explanation in milliseconds (100–120,000); default 8,000. A number when the server's config already parsed it. */
  LLM_TIMEOUT_MS?: string | number | undefined;
}

/** A validated LLM configuration. */
export interface LlmConfig {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs: number;
}

/** A variable of the LLM configuration is missing or malformed. The message names the variable, never its value. */
export class LlmConfigError extends Error {
  /** Stable code for logs and the CLI. */
  readonly code = "LLM_CONFIG_INVALID";
  constructor(
    readonly variable: keyof LlmEnv,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = "LlmConfigError";
  }
}

const blankToUndefined = (v: unknown): unknown => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

/** `schema` applied to the value with blanks made undefined and surrounding spaces trimmed. */
const blankOr = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankToUndefined), schema);

const WHOLE_MS = "must be a whole number of milliseconds";

const SCHEMA = z.object({
  LLM_BASE_URL: blankOr(
    z.optional(z.string().check(z.refine((s) => URL.canParse(s) && /^https?:$/u.test(new URL(s).protocol), { message: "must be an http(s) URL such as http://127.0.0.1:11434/v1" }))),
  ),
  LLM_API_KEY: blankOr(z.optional(z.string())),
  LLM_MODEL: blankOr(z.optional(z.string().check(z.maxLength(200, { message: "must be a model name of at most 200 characters" })))),
  LLM_TIMEOUT_MS: blankOr(
    z.optional(
      z.coerce.number({ message: WHOLE_MS }).check(
        z.int({ message: WHOLE_MS }),
        z.minimum(100, { message: "must be at least 100 (milliseconds)" }),
        z.maximum(120_000, { message: "must be at most 120000 (milliseconds)" }),
      ),
    ),
  ),
});

/**
 * Reads the LLM configuration. Returns null when no LLM is configured (none
 * of `LLM_BASE_URL`, `LLM_MODEL`, `LLM_API_KEY` set); throws
 * {@link LlmConfigError} naming the variable when one is malformed or when
 * the configuration is half there (a model without a URL, or the reverse).
 *
 * @example
 * llmConfigFromEnv({ LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen2.5:7b" })
 * // { baseUrl: "http://127.0.0.1:11434/v1", apiKey: undefined, model: "qwen2.5:7b", timeoutMs: 8000 }
 */
export function llmConfigFromEnv(env: LlmEnv): LlmConfig | null {
  const parsed = SCHEMA.safeParse({
    LLM_BASE_URL: env.LLM_BASE_URL,
    LLM_API_KEY: env.LLM_API_KEY,
    LLM_MODEL: env.LLM_MODEL,
    LLM_TIMEOUT_MS: env.LLM_TIMEOUT_MS,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LlmConfigError(issue.path[0] as keyof LlmEnv, issue.message);
  }
  const { LLM_BASE_URL: baseUrl, LLM_API_KEY: apiKey, LLM_MODEL: model, LLM_TIMEOUT_MS: timeoutMs } = parsed.data;
  if (baseUrl === undefined && model === undefined && apiKey === undefined) return null;
  if (baseUrl === undefined) throw new LlmConfigError("LLM_BASE_URL", "is required when LLM_MODEL or LLM_API_KEY is set");
  if (model === undefined) throw new LlmConfigError("LLM_MODEL", "is required when LLM_BASE_URL is set");
  return { baseUrl, apiKey, model, timeoutMs: timeoutMs ?? DEFAULT_BUDGET_MS };
}

/** The URL without credentials, query or fragment, for logs. */
export function redactBaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "(unparseable LLM_BASE_URL)";
  }
}
