/**
 * An Explainer whose behaviour a test sets: never answer (a hung LLM), or
 * answer with LLM text after a delay. It counts its calls and ignores the
 * time budget on purpose, as a misbehaving model client would.
 */
import type { ExplainOptions, ExplainRequest, Explainer, Explanation } from "../../core/explain/explainer.ts";

/** What the explainer does when asked. */
export type ExplainerScript = { kind: "hang" } | { kind: "llm"; text: string; delayMs: number };

/** A scripted explainer; change {@link ScriptedExplainer.script} between cases. */
export class ScriptedExplainer implements Explainer {
  calls = 0;
  /** The budgets callers passed, in order. */
  readonly budgets: (number | undefined)[] = [];

  constructor(public script: ExplainerScript) {}

  /** Follows the script; a hung call never settles. */
  explain(_request: ExplainRequest, options: ExplainOptions = {}): Promise<Explanation> {
    this.calls++;
    this.budgets.push(options.budgetMs);
    const script = this.script;
    if (script.kind === "hang") return new Promise<Explanation>(() => undefined);
    return new Promise((resolve) => setTimeout(() => resolve({ text: script.text, source: "llm" }), script.delayMs));
  }
}
