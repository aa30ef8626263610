/**
 * Explainers that can improve an answer already sent, for channels that can
 * edit a message (Telegram): the template goes out at once and is replaced
 * when a better text arrives. Adapters test for it with {@link canStream}.
 */
import type { ExplainOptions, ExplainRequest, Explainer, Explanation } from "./explainer.ts";

/** An {@link Explainer} that can send a first answer and then a better one. */
export interface StreamingExplainer extends Explainer {
  /**
   * Calls `onUpdate` with the template explanation at once, then again with
   * the better text if one arrives in time; resolves with the last one.
   * Never throws.
   */
  explainStream(request: ExplainRequest, onUpdate: (explanation: Explanation) => void | Promise<void>, options?: ExplainOptions): Promise<Explanation>;
}

/** True when `explainer` can stream (the LLM explainer can; the template explainer has nothing to improve). */
export function canStream(explainer: Explainer): explainer is StreamingExplainer {
  return typeof (explainer as Partial<StreamingExplainer>).explainStream === "function";
}

/**
 * `explainer` with default options for every call, which a call's own options
 * override: how a channel sets its time budget without the dialogue engine
 * knowing about it. WeChat must answer within 5 s, so it passes less than the
 * default 8 s. Keeps `explainStream` when the explainer has it.
 *
 * @example
 * const forWechat = withExplainDefaults(explainer, { budgetMs: 3_000 });
 * await turn(state, input, { explainer: forWechat });
 */
export function withExplainDefaults<O extends ExplainOptions>(explainer: Explainer, defaults: O): Explainer {
  const merged = (options?: ExplainOptions): ExplainOptions => ({ ...defaults, ...stripUndefined(options ?? {}) });
  const wrapped: Explainer = { explain: (request, options) => explainer.explain(request, merged(options)) };
  if (!canStream(explainer)) return wrapped;
  const streaming: StreamingExplainer = {
    ...wrapped,
    explainStream: (request, onUpdate, options) => explainer.explainStream(request, onUpdate, merged(options)),
  };
  return streaming;
}

function stripUndefined(options: ExplainOptions): ExplainOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ExplainOptions;
}
