/**
 * An explainer for one WeChat message, which must be answered within 5
 * seconds: it waits for the configured explainer (the LLM's) only as long
 * as the passive reply allows, answers with the curated template text when
 * that runs out, and hands the LLM's text over for later delivery (the
 * customer-service API) when it does arrive.
 */
import type { ExplainOptions, ExplainRequest, Explainer, Explanation } from "../../core/explain/explainer.ts";
import { TemplateExplainer } from "../../core/explain/template-explainer.ts";
import { within } from "./within.ts";

/** Options of {@link DeadlineExplainer}. */
export interface DeadlineExplainerOptions {
  /** The configured explainer (LLM or template). */
  inner: Explainer;
  /** Epoch milliseconds by which an explanation must be in hand. */
  deadline: number;
  /** Longest wait for `inner` in one call, even when the deadline is further. */
  budgetMs: number;
  /**
   * Receives the LLM's text when it arrives after the wait. Without it, the
   * late call is aborted: nobody could deliver its text.
   */
  onLate?: (text: string) => void;
  /** How long `inner` may keep working for a late delivery. Default 30,000 ms. */
  lateBudgetMs?: number;
  /** What answers in time; the curated template by default. */
  fallback?: Explainer;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * Wraps an explainer so that it never makes the passive reply late.
 *
 * @example
 * const explainer = new DeadlineExplainer({ inner: llm, deadline: arrived + 4000, budgetMs: 3000,
 *   onLate: (text) => void api.sendText(openid, text) });
 * await conversations.handle(userKey, input, { explainer, explainBudgetMs: 3000 });
 */
export class DeadlineExplainer implements Explainer {
  private readonly fallback: Explainer;
  private readonly now: () => number;

  constructor(private readonly options: DeadlineExplainerOptions) {
    this.fallback = options.fallback ?? new TemplateExplainer();
    this.now = options.now ?? Date.now;
  }

  /** The inner explanation if it comes in time, else the fallback's; never throws for the inner's failures. */
  async explain(request: ExplainRequest, options: ExplainOptions = {}): Promise<Explanation> {
    const { inner, onLate } = this.options;
    const wait = Math.max(0, Math.min(options.budgetMs ?? this.options.budgetMs, this.options.budgetMs, this.options.deadline - this.now()));
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    const innerBudget = onLate ? (this.options.lateBudgetMs ?? 30_000) : wait;
    // Started inside a promise so that an explainer that throws synchronously is a rejection like any other.
    // Whatever else the caller passed (an LLM explainer's own options) goes through unchanged.
    const work = Promise.resolve().then(() => inner.explain(request, { ...options, budgetMs: innerBudget, signal }));
    let outcome: Awaited<ReturnType<typeof within<Explanation>>> | null;
    try {
      outcome = await within(work, wait);
    } catch {
      outcome = null;
    }
    if (outcome?.done) return outcome.value;
    if (outcome && !outcome.done) {
      if (onLate) {
        work.then(
          (late) => {
            // A late template text says nothing the passive reply did not.
            if (late.source === "llm") onLate(late.text);
          },
          () => undefined,
        );
      } else {
        controller.abort();
        work.catch(() => undefined);
      }
    }
    return this.fallback.explain(request);
  }
}
