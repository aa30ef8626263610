/**
 * The LLM explainer: asks a chat model (any OpenAI-compatible endpoint
 * through LangChain's ChatOpenAI, or a fake in tests) to explain the rules
 * core's results in the user's language, and lets the text through only when
 * the guard passes it. On a timeout, an HTTP error, a malformed body, a
 * refusal or a failed guard the user gets the template explanation instead;
 * nothing here throws.
 */
import type { BaseMessage } from "@langchain/core/messages";
import { EXPLAIN_PROMPT_VERSION } from "../../prompts/explain-version.ts";
import type { Lang } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import type { MeasureResult } from "../rules/types.ts";
import { Budget, BudgetEndedError } from "./budget.ts";
import { explanationKey, type ExplanationCache } from "./cache.ts";
import type { ExplainOptions, ExplainRequest, Explainer, Explanation } from "./explainer.ts";
import type { StreamingExplainer } from "./streaming.ts";
import { checkExplanation, type Violation } from "./guard.ts";
import type { GuardRejections } from "./guard-counter.ts";
import { placeholderTable } from "./placeholders.ts";
import { promptInput } from "./prompt-input.ts";
import { SecurityLog, type ExplainLogger } from "./security-log.ts";
import { TemplateExplainer } from "./template-explainer.ts";
import { DEFAULT_BUDGET_MS } from "./llm-config.ts";

/** Default time budget of one explanation, in milliseconds (defined with the LLM's configuration). */
export { DEFAULT_BUDGET_MS };

/** The part of a LangChain chat model the explainer uses (ChatOpenAI and the fake chat models fit). */
export interface ChatModelLike {
  invoke(input: BaseMessage[], options?: { signal?: AbortSignal }): Promise<BaseMessage>;
  stream(input: BaseMessage[], options?: { signal?: AbortSignal }): Promise<AsyncIterable<BaseMessage>>;
}

/** Options of {@link LlmExplainer}. */
export interface LlmExplainerOptions {
  /** The chat model; see `createChatModel` in config.ts. */
  model: ChatModelLike;
  /** The model's name, for the cache key and logs. */
  modelName: string;
  /** Default time budget per call; each call may pass its own `budgetMs`. Default {@link DEFAULT_BUDGET_MS}. */
  budgetMs?: number;
  /** The explainer used whenever the model's text cannot be used. Default: a plain {@link TemplateExplainer}. */
  fallback?: Explainer;
  /** Where guard-passed explanations are kept; none by default. */
  cache?: ExplanationCache;
  /** Operational logs (which fallback and why) and security events. */
  logger?: ExplainLogger;
  /** Put the violations' details (offending figures) into security events. Default false. */
  logViolationDetails?: boolean;
  /** Where rejections are counted per category; default the process's `GUARD_REJECTIONS`. */
  rejections?: GuardRejections;
  /**
   * After this many calls in a row that time out or fail at the HTTP level, the
   * endpoint is taken as down: explanations come from the template at once for
   * `breakerCooldownMs`, then one call tries the endpoint again. Default 3 and 30 s.
   */
  breakerThreshold?: number;
  breakerCooldownMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** Per-call options: the {@link ExplainOptions} plus what the dialogue engine knows about this user. */
export interface LlmExplainOptions extends ExplainOptions {
  /** The fallback for this call (the engine's template, which names missing facts in the user's words). */
  fallback?: Explainer;
  /** Words for a result's missing facts, shown to the model instead of profile paths. */
  describeMissing?: (r: MeasureResult, lang: Lang) => string[];
}

/** Why an LLM explanation was not used. */
export type FallbackReason =
  | "no_results"
  | "circuit_open"
  | "timeout"
  | "aborted"
  | "http_error"
  | "malformed"
  | "refusal"
  | "truncated"
  | "guard";

/** The outcome of one attempt: the model's checked text, or why there is none. */
type Attempt = { ok: true; text: string; cached?: boolean } | { ok: false; reason: FallbackReason; status?: number };

/** The circuit breaker's state: calls go through, none go through (a pause), or one probe is under way. */
export type BreakerState = "closed" | "open" | "half_open";

// Reasoning models served through vLLM or Ollama (Qwen3, DeepSeek-R1) put their
// thinking in the content; it is not for the user and not what the guard checks.
const THINKING = /<think>[\s\S]*?<\/think>/gu;

// LangChain's prompt module takes about a third of a second to load: it is loaded when an LLM
// explainer is made, in the background, so that a service without an LLM starts without it.
let promptModule: Promise<typeof import("../../prompts/explain.ts")> | undefined;
const explainPrompt = async () => (await (promptModule ??= import("../../prompts/explain.ts"))).EXPLAIN_PROMPT;

/**
 * An {@link Explainer} backed by a chat model and the guard.
 *
 * @example
 * const explainer = new LlmExplainer({ model: await createChatModel(config), modelName: config.model, cache, logger });
 * const { text, source } = await explainer.explain({ lang: "th", results, asOf }, { budgetMs: 3_000 });
 */
export class LlmExplainer implements StreamingExplainer {
  private readonly budgetMs: number;
  private readonly fallback: Explainer;
  private readonly security: SecurityLog;

  /** Calls in a row that timed out or failed at the HTTP level. */
  private failuresInARow = 0;
  /** Until when (ms) the endpoint is taken as down. */
  private openUntil = 0;
  /** True while the one call that tries the endpoint after a pause is under way. */
  private probing = false;

  constructor(private readonly options: LlmExplainerOptions) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.fallback = options.fallback ?? new TemplateExplainer();
    this.security = new SecurityLog(options.logger, {
      includeDetails: options.logViolationDetails ?? false,
      ...(options.rejections ? { counter: options.rejections } : {}),
    });
    explainPrompt().catch(() => undefined);
  }

  /**
   * The model's explanation when it arrives within the budget and passes the
   * guard, else the template explanation. Never throws.
   */
  async explain(request: ExplainRequest, options: LlmExplainOptions = {}): Promise<Explanation> {
    const template = await this.template(request, options);
    const attempt = await this.attempt(request, options, "invoke");
    return attempt.ok ? this.llmExplanation(attempt.text, request.lang, attempt.cached) : template;
  }

  /**
   * For channels that can edit a sent message (Telegram): `onUpdate` gets the
   * template explanation at once, then, if the model's text arrives in time
   * and passes the guard, that text to replace it. The model's answer is
   * streamed but shown only whole: the guard cannot vouch for half a text.
   * Resolves with the last explanation given to `onUpdate`. Never throws;
   * an `onUpdate` that throws is ignored.
   */
  async explainStream(
    request: ExplainRequest,
    onUpdate: (explanation: Explanation) => void | Promise<void>,
    options: LlmExplainOptions = {},
  ): Promise<Explanation> {
    const template = await this.template(request, options);
    await safely(() => onUpdate(template));
    const attempt = await this.attempt(request, options, "stream");
    if (!attempt.ok) return template;
    const explanation = this.llmExplanation(attempt.text, request.lang, attempt.cached);
    await safely(() => onUpdate(explanation));
    return explanation;
  }

  /** The fallback's explanation; a broken fallback still yields the plain template. */
  private async template(request: ExplainRequest, options: LlmExplainOptions): Promise<Explanation> {
    const fallback = options.fallback ?? this.fallback;
    try {
      return await fallback.explain(request);
    } catch {
      return new TemplateExplainer().explain(request);
    }
  }

  /** The user sees the model's text (placeholders filled by the guard) followed by the same disclaimer as the template, always added by us. */
  private llmExplanation(text: string, lang: Lang, cached = false): Explanation {
    return { text: `${text}\n\n${t(lang, "disclaimer")}`, source: "llm", ...(cached ? { cached } : {}) };
  }

  /** The circuit breaker's state now, for metrics: open during a pause, half open while the one probe runs. */
  breakerState(): BreakerState {
    if (this.probing) return "half_open";
    return (this.options.now?.() ?? Date.now()) < this.openUntil ? "open" : "closed";
  }

  private async attempt(request: ExplainRequest, options: LlmExplainOptions, mode: "invoke" | "stream"): Promise<Attempt> {
    const started = Date.now();
    const attempt = await this.tryModel(request, options, mode);
    if (!attempt.ok) {
      const details = {
        event: "llm_explanation_fallback",
        reason: attempt.reason,
        ...(attempt.status !== undefined ? { status: attempt.status } : {}),
        lang: request.lang,
        measures: request.results.map((r) => r.measure),
        ms: Date.now() - started,
      };
      try {
        this.options.logger?.info(details, "LLM explanation not used; template given");
      } catch {
        // Logging is best effort.
      }
    }
    return attempt;
  }

  private async tryModel(request: ExplainRequest, options: LlmExplainOptions, mode: "invoke" | "stream"): Promise<Attempt> {
    if (request.results.length === 0) return { ok: false, reason: "no_results" };
    const budget = new Budget(options.budgetMs ?? this.budgetMs, options.signal);
    try {
      const placeholders = placeholderTable(request, options.describeMissing);
      const input = promptInput(request, options.describeMissing, placeholders);
      const messages = await (await explainPrompt()).formatMessages(input);
      const promptTexts = messages.filter((m) => m.getType() === "system").map((m) => m.text);
      const guard = (text: string) => checkExplanation(text, { request, lang: request.lang, placeholders, promptTexts });
      const key = explanationKey(request, { model: this.options.modelName, promptVersion: EXPLAIN_PROMPT_VERSION });

      const cache = this.options.cache;
      if (cache) {
        const cached = await budget.race(cache.get(key));
        if (cached !== null) {
          const verdict = guard(cached);
          if (verdict.ok) return { ok: true, text: verdict.text, cached: true };
          // Only guard-passed text is stored, so this entry was altered or the guard grew stricter.
          this.rejected(request, verdict.violations, "cache");
          await budget.race(cache.delete(key));
        }
      }

      const now = this.options.now?.() ?? Date.now();
      if (now < this.openUntil || this.probing) return { ok: false, reason: "circuit_open" };
      // The pause is over: this call alone tries the endpoint; the others get the template until it is done.
      if (this.openUntil !== 0) this.probing = true;

      const reply = await budget.race(mode === "stream" ? this.streamed(messages, budget.signal) : this.options.model.invoke(messages, { signal: budget.signal }));
      this.noteOutcome({ ok: true, text: "" });
      const read = readReply(reply);
      if (!read.ok) return read;
      const verdict = guard(read.text);
      if (!verdict.ok) {
        this.rejected(request, verdict.violations, "model");
        return { ok: false, reason: "guard" };
      }
      // The model's own text is cached, placeholders and all; the guard fills them again on every hit.
      if (cache) await budget.race(cache.set(key, read.text)).catch(() => {});
      return { ok: true, text: verdict.text };
    } catch (e) {
      const failed = failure(e, budget);
      this.noteOutcome(failed);
      return failed;
    } finally {
      budget.dispose();
    }
  }

  /**
   * Counts timeouts and HTTP failures in a row, and opens the breaker past the
   * threshold; any answer closes it. The probe after a pause reopens it when
   * it fails too, and leaves the next call to probe when its caller gave up.
   */
  private noteOutcome(attempt: Attempt): void {
    const probe = this.probing;
    this.probing = false;
    const endpointFailed = !attempt.ok && (attempt.reason === "timeout" || attempt.reason === "http_error");
    if (probe && !attempt.ok && attempt.reason === "aborted") return;
    if (!endpointFailed) {
      this.failuresInARow = 0;
      this.openUntil = 0;
      return;
    }
    this.failuresInARow++;
    if (probe || this.failuresInARow >= (this.options.breakerThreshold ?? 3)) {
      this.openUntil = (this.options.now?.() ?? Date.now()) + (this.options.breakerCooldownMs ?? 30_000);
      this.failuresInARow = 0;
      try {
        this.options.logger?.warn?.({ event: "llm_breaker_open", cooldownMs: this.options.breakerCooldownMs ?? 30_000 }, "LLM endpoint failing; templates only for a while");
      } catch {
        // Logging is best effort.
      }
    }
  }

  /** The whole streamed answer as one message. */
  private async streamed(messages: BaseMessage[], signal: AbortSignal): Promise<BaseMessage> {
    const stream = await this.options.model.stream(messages, { signal });
    let whole: BaseMessage | undefined;
    for await (const chunk of stream) {
      whole = whole === undefined ? chunk : concatChunks(whole, chunk);
    }
    if (whole === undefined) throw new MalformedReplyError("empty stream");
    return whole;
  }

  private rejected(request: ExplainRequest, violations: Violation[], origin: "model" | "cache"): void {
    this.security.guardRejected({
      lang: request.lang,
      measures: request.results.map((r) => r.measure),
      violations,
      origin,
      model: this.options.modelName,
      hadQuestion: (request.question ?? "").trim() !== "",
    });
  }
}

/** A reply we could not read as text. */
class MalformedReplyError extends Error {
  readonly code = "LLM_MALFORMED_REPLY";
  constructor(message: string) {
    super(message);
    this.name = "MalformedReplyError";
  }
}

function concatChunks(a: BaseMessage, b: BaseMessage): BaseMessage {
  const concat = (a as { concat?: (c: BaseMessage) => BaseMessage }).concat;
  if (typeof concat !== "function") throw new MalformedReplyError("stream chunks cannot be joined");
  return concat.call(a, b);
}

/** The text of a reply, or why it is not usable. Empty text goes to the guard, which reports it. */
function readReply(reply: BaseMessage): { ok: true; text: string } | { ok: false; reason: FallbackReason } {
  const meta = (reply.response_metadata ?? {}) as Record<string, unknown>;
  const kwargs = (reply.additional_kwargs ?? {}) as Record<string, unknown>;
  if (typeof kwargs.refusal === "string" && kwargs.refusal !== "") return { ok: false, reason: "refusal" };
  if (meta.finish_reason === "content_filter") return { ok: false, reason: "refusal" };
  // A cut-off answer may end mid-sentence or before the caveats.
  if (meta.finish_reason === "length") return { ok: false, reason: "truncated" };
  let text: string;
  try {
    text = reply.text;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof text !== "string") return { ok: false, reason: "malformed" };
  // Only ordinary white space is trimmed: trim() would also drop a byte-order mark, which the guard must see and refuse.
  return { ok: true, text: text.replace(THINKING, "").replace(/^[ \t\r\n]+|[ \t\r\n]+$/gu, "") };
}

/** Classifies an error from the model call. */
function failure(e: unknown, budget: Budget): Attempt {
  if (e instanceof BudgetEndedError) return { ok: false, reason: e.reason };
  if (budget.endedBy !== null) return { ok: false, reason: budget.endedBy };
  const status = (e as { status?: unknown } | null)?.status;
  if (typeof status === "number") return { ok: false, reason: "http_error", status };
  const name = (e as { name?: unknown } | null)?.name;
  if (name === "AbortError" || name === "APIUserAbortError") return { ok: false, reason: "timeout" };
  if (name === "APIConnectionTimeoutError") return { ok: false, reason: "timeout" };
  if (name === "APIConnectionError") return { ok: false, reason: "http_error" };
  return { ok: false, reason: "malformed" };
}

async function safely(fn: () => void | Promise<void>): Promise<void> {
  try {
    await fn();
  } catch {
    // The channel failed to show an update; the caller still gets the result.
  }
}
