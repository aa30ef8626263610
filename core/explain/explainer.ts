/**
 * The Explainer interface: turns the rules core's results into prose in the
 * user's language. The template explainer (curated text) and the LLM
 * explainer implement it; the LLM never decides eligibility or amounts.
 */
import type { Lang } from "../i18n/langs.ts";
import type { MeasureResult } from "../rules/types.ts";

/** What to explain. */
export interface ExplainRequest {
  lang: Lang;
  /** The results of the measures to explain, as `evaluate()` gave them. */
  results: MeasureResult[];
  /** The evaluation date. */
  asOf: string;
  /** The user's own question, if any: data, never instructions. */
  question?: string;
}

/** Limits on one explanation. */
export interface ExplainOptions {
  /** Time budget in milliseconds; past it the caller falls back to the template. */
  budgetMs?: number;
  signal?: AbortSignal;
  /** The explainer to fall back on for this call (the engine's template, which names missing facts in the user's words). */
  fallback?: Explainer;
  /** Missing profile facts in the user's words, for the model and the template. */
  describeMissing?: (r: MeasureResult, lang: Lang) => string[];
}

/** An explanation and where it came from. */
export interface Explanation {
  text: string;
  source: "template" | "llm";
  /** True when the model's text came from the explanation cache rather than a call (for metrics). */
  cached?: boolean;
}

/** Anything that can explain results. Must not throw for ordinary failures: fall back instead. */
export interface Explainer {
  explain(request: ExplainRequest, options?: ExplainOptions): Promise<Explanation>;
}
