/**
 * The template explainer: curated text per measure and language, with the
 * user's own figures from the rules core. Always available, instant, and the
 * fallback whenever an LLM is absent, slow or fails the guard.
 */
import { measureText } from "../i18n/measures/render.ts";
import { t } from "../i18n/messages/index.ts";
import type { Lang } from "../i18n/langs.ts";
import type { MeasureResult } from "../rules/types.ts";
import { amountText, hasPendingParts, headingOf, mainReason } from "../i18n/labels.ts";
import type { ExplainRequest, Explainer, Explanation } from "./explainer.ts";

/** Explains one result in `lang`: heading, curated summary, the user's case. `facts` names what is missing. */
export function explainResult(r: MeasureResult, lang: Lang, facts: string[] = []): string {
  const text = measureText(r.measure, lang);
  const heading = headingOf(text.title, r.clause, lang);
  const amount = amountText(r, lang);
  let mine: string;
  switch (r.status) {
    case "eligible":
      mine = t(lang, "explain.case.eligible", { amount });
      break;
    case "likely":
      mine = t(lang, "explain.case.likely", { amount });
      break;
    case "needs_info":
      mine = t(lang, "explain.case.needs_info", { facts: facts.length ? facts.join(", ") : r.missing.join(", ") });
      break;
    case "ineligible":
      mine = t(lang, "explain.case.ineligible", { reason: mainReason(r, lang) });
      break;
  }
  // Settled by some parts while others pend: say what would settle them.
  if (hasPendingParts(r)) mine += `\n${t(lang, "results.missing", { facts: facts.length ? facts.join(", ") : r.missing.join(", ") })}`;
  return [heading, text.summary, mine].join("\n");
}

/** The curated explainer. `describeMissing` turns missing profile paths into words (the engine passes question labels). */
export class TemplateExplainer implements Explainer {
  constructor(private readonly describeMissing: (r: MeasureResult, lang: Lang) => string[] = () => []) {}

  /** Never fails and never waits. */
  async explain(request: ExplainRequest): Promise<Explanation> {
    const parts = request.results.map((r) => explainResult(r, request.lang, this.describeMissing(r, request.lang)));
    parts.push(t(request.lang, "disclaimer"));
    return { text: parts.join("\n\n"), source: "template" };
  }
}
