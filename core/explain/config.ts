/**
 * Which explainer to run, from the environment: the LLM explainer when
 * `LLM_BASE_URL` and `LLM_MODEL` are set, else the template explainer. Any
 * OpenAI-compatible endpoint works (Qwen on DashScope, DeepSeek, SEA-LION,
 * vLLM, Ollama); examples are in the README. The variables themselves are
 * checked in `llm-config.ts` (re-exported here).
 */
import type { ChatOpenAI } from "@langchain/openai";
import type { KeyValueStore } from "../store/key-value-store.ts";
import type { Explainer } from "./explainer.ts";
import type { ChatModelLike } from "./llm-explainer.ts";
import { llmConfigFromEnv, redactBaseUrl, type LlmConfig, type LlmEnv } from "./llm-config.ts";
import type { ExplainLogger } from "./security-log.ts";
import { TemplateExplainer } from "./template-explainer.ts";

export { DEFAULT_BUDGET_MS, LlmConfigError, llmConfigFromEnv, redactBaseUrl, type LlmConfig, type LlmEnv } from "./llm-config.ts";

/**
 * Longest answer asked of the model. Explanations are a few sentences per
 * measure; an answer cut at this length is refused as truncated.
 */
export const MAX_OUTPUT_TOKENS = 1_500;

/**
 * A LangChain `ChatOpenAI` for `config`: the Chat Completions API at the
 * configured base URL, at most one retry, the configured timeout per HTTP
 * request (the explainer's budget aborts earlier when a call passes less).
 */
export async function createChatModel(config: LlmConfig): Promise<ChatOpenAI> {
  // Loaded on first use: LangChain's OpenAI client costs a third of a second and some 70 MB at start-up.
  const { ChatOpenAI } = await import("@langchain/openai");
  return new ChatOpenAI({
    model: config.model,
    // Local servers need no key, but the client insists on one; they ignore it.
    apiKey: config.apiKey ?? "not-needed",
    configuration: { baseURL: config.baseUrl },
    timeout: config.timeoutMs,
    maxRetries: 1,
    maxTokens: MAX_OUTPUT_TOKENS,
    useResponsesApi: false,
  });
}

/** A chat model that creates the real one (and loads its library) on the first call. */
function lazyChatModel(config: LlmConfig): ChatModelLike {
  let model: Promise<ChatOpenAI> | null = null;
  const get = () => (model ??= createChatModel(config));
  return {
    invoke: async (input, options) => (await get()).invoke(input, options),
    stream: async (input, options) => (await get()).stream(input, options),
  };
}

/** Options of {@link createExplainer}. */
export interface CreateExplainerOptions {
  /** The session store; when given, guard-passed explanations are cached in it. */
  store?: KeyValueStore;
  /** Start-up line, fallbacks and security events. */
  logger?: ExplainLogger;
  /** The fallback explainer (default: a plain template explainer). */
  fallback?: Explainer;
}

/**
 * The explainer the environment asks for, and a start-up log line saying
 * which (with the model and the host, never the key). Without an LLM
 * configuration the template explainer is used, and users notice nothing.
 * Rejects with {@link LlmConfigError} on a malformed configuration, so a typo
 * fails the start rather than silently disabling the LLM. The LLM explainer,
 * its guard and the language model behind the guard's language check are
 * loaded only when an LLM is configured.
 *
 * @example
 * const explainer = await createExplainer(process.env, { store, logger });
 */
export async function createExplainer(env: LlmEnv, options: CreateExplainerOptions = {}): Promise<Explainer> {
  const config = llmConfigFromEnv(env);
  const fallback = options.fallback ?? new TemplateExplainer();
  if (config === null) {
    options.logger?.info({ explainer: "template" }, "explanations: curated templates (set LLM_BASE_URL and LLM_MODEL to use an LLM)");
    return fallback;
  }
  options.logger?.info(
    {
      explainer: "llm",
      baseUrl: redactBaseUrl(config.baseUrl),
      model: config.model,
      timeoutMs: config.timeoutMs,
      apiKey: config.apiKey === undefined ? "absent" : "set",
      cache: options.store ? "store" : "none",
    },
    "explanations: LLM through the guard, templates as fallback",
  );
  const [{ LlmExplainer }, { ExplanationCache }] = await Promise.all([import("./llm-explainer.ts"), import("./cache.ts")]);
  return new LlmExplainer({
    model: lazyChatModel(config),
    modelName: config.model,
    budgetMs: config.timeoutMs,
    fallback,
    ...(options.store ? { cache: new ExplanationCache(options.store) } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
