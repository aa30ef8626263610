/**
 * What the LLM is shown: the rules core's results for the measures to
 * explain, with every figure already formatted for the user's language, so
 * that the model copies figures instead of writing its own.
 */
import { formatClause, formatCny, formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/langs.ts";
import { measureText } from "../i18n/measures/render.ts";
import { t } from "../i18n/messages/index.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import type { MeasureResult } from "../rules/types.ts";
import { amountText, benefitText, reasonText, statusLabel } from "../i18n/labels.ts";
import type { ExplainPromptInput } from "../../prompts/explain.ts";
import type { ExplainRequest } from "./explainer.ts";
import { placeholderTable, type Placeholder } from "./placeholders.ts";

/** Each language named in English and in itself, as the prompt names the target language. */
export const LANGUAGE_FOR_PROMPT: Record<Lang, string> = {
  zh: "Simplified Chinese (简体中文)",
  en: "English",
  vi: "Vietnamese (Tiếng Việt)",
  th: "Thai (ภาษาไทย)",
  id: "Indonesian (Bahasa Indonesia)",
  ms: "Malay (Bahasa Melayu)",
  fil: "Filipino (Tagalog)",
  km: "Khmer (ភាសាខ្មែរ)",
  lo: "Lao (ພາສາລາວ)",
  my: "Burmese (မြန်မာဘာသာ)",
};

/** The script rule the prompt states, one sentence per language; the guard checks the same. */
export const SCRIPT_RULE: Record<Lang, string> = {
  zh: "Use Chinese characters; Latin letters only for names such as AI or CNY.",
  en: "Use English only; Chinese names may follow in brackets.",
  vi: "Use Vietnamese with all its diacritics.",
  th: "Use Thai script; Latin letters only for names such as AI or CNY.",
  id: "Use Indonesian, not Malay or English.",
  ms: "Use Malay, not Indonesian or English.",
  fil: "Use Filipino (Tagalog); common English terms are fine.",
  km: "Use Khmer script; Latin letters only for names such as AI or CNY.",
  lo: "Use Lao script; Latin letters only for names such as AI or CNY.",
  my: "Use Burmese (Myanmar) script; Latin letters only for names such as AI or CNY.",
};

/** The JSON the model sees for one result: the rules core's output plus its rendering in `lang`. */
export interface ResultForPrompt {
  measure: string;
  clauseLabel: string;
  clauseZh: string;
  title: string;
  summary: string;
  clauseText: string;
  status: string;
  statusText: string;
  maxCashCNY: string | null;
  amountText: string;
  benefits: { kind: string; quantity: string | null; unit: string; text: string }[];
  reasons: string[];
  missing: string[];
  assumptions: string[];
  trace: { step: string; values: Record<string, string> }[];
}

/** One result as the model sees it. `missingFacts` are the engine's words for `missing`, when it has them. */
export function resultForPrompt(r: MeasureResult, lang: Lang, missingFacts: string[] = []): ResultForPrompt {
  const text = measureText(r.measure, lang);
  return {
    measure: r.measure,
    clauseLabel: formatClause(r.clause, lang),
    clauseZh: r.clause,
    title: text.title,
    summary: text.summary,
    clauseText: MEASURE_BY_ID.get(r.measure)?.text ?? "",
    status: r.status,
    statusText: statusLabel(r, lang),
    maxCashCNY: r.maxCashCNY,
    amountText: amountText(r, lang),
    benefits: r.benefits.map((b) => ({
      kind: b.kind,
      quantity: b.quantity === null ? null : b.kind === "tax_saving_this_year" ? formatCny(b.quantity, lang) : formatNumber(b.quantity, lang),
      unit: b.unit,
      text: benefitText(b, lang),
    })),
    reasons: r.reasons.map((x) => reasonText(x, lang)),
    missing: missingFacts.length > 0 ? missingFacts : r.missing,
    assumptions: r.assumptions,
    trace: r.trace,
  };
}

/**
 * The placeholder list as the prompt shows it: one line per token, with what
 * it stands for and the text it becomes.
 */
export function placeholderLines(table: readonly Placeholder[]): string {
  return table.map((p) => `${p.token} = ${p.value}   (${p.about})`).join("\n");
}

/**
 * The variables of `EXPLAIN_PROMPT` for `request`. The evaluation date is
 * left out on purpose: the results already reflect it, and leaving it out
 * lets one cached explanation serve every day of its lifetime. `table` is
 * the placeholder table the guard will fill (built from the request when not
 * given).
 */
export function promptInput(
  request: ExplainRequest,
  describeMissing?: (r: MeasureResult, lang: Lang) => string[],
  table: readonly Placeholder[] = placeholderTable(request, describeMissing),
): ExplainPromptInput {
  const { lang } = request;
  const results = request.results.map((r) => resultForPrompt(r, lang, describeMissing?.(r, lang) ?? []));
  const question = request.question?.trim();
  return {
    language: LANGUAGE_FOR_PROMPT[lang],
    script: SCRIPT_RULE[lang],
    disclaimer: t(lang, "disclaimer"),
    results: JSON.stringify(results, null, 2),
    question: question ? JSON.stringify(question) : "null",
    placeholders: placeholderLines(table),
  };
}
