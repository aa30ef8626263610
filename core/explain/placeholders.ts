/**
 * The placeholder table: every figure, clause, period and date an
 * explanation may mention, as a token the model writes (`{amount:m09}`,
 * `{clause:m09}`) and the text we put in its place, rendered from the rules
 * core's result in the user's language. The model never writes a figure; the
 * explainer fills the tokens after the guard has passed the text.
 *
 * This is the ONE place that reads the result's shape (`maxCashCNY`,
 * `benefits`, `reasons`, `missing`, `clause`) for the LLM: when the result
 * gains parts, kinds or periods, add their placeholders here and nothing
 * else has to follow.
 */
import { formatClause, formatDate } from "../i18n/format.ts";
import type { Lang } from "../i18n/langs.ts";
import { measureText } from "../i18n/measures/render.ts";
import { amountText, benefitText, reasonText } from "../i18n/labels.ts";
import { t, type MessageKey } from "../i18n/messages/index.ts";
import { VALID_FROM, VALID_UNTIL } from "../rules/policy.ts";
import type { MeasureResult } from "../rules/types.ts";
import type { ExplainRequest } from "./explainer.ts";

/** One placeholder: the token the model writes, our text for it, and what it stands for (shown in the prompt). */
export interface Placeholder {
  /** As written in the text: `{amount:m02}`, `{validUntil}`. */
  token: string;
  /** What the user reads in its place. */
  value: string;
  /** What it stands for, in English, for the prompt. */
  about: string;
}

/** Words for a result's missing facts (the engine's question labels); profile paths otherwise. */
export type DescribeMissing = (r: MeasureResult, lang: Lang) => string[];

/** The token syntax: a name, and a measure id for per-measure placeholders. */
export const PLACEHOLDER_TOKEN = /\{([a-zA-Z]+)(?::(m\d{2}))?\}/gu;

/** The placeholders of one result. */
function forResult(r: MeasureResult, lang: Lang, describeMissing?: DescribeMissing): Placeholder[] {
  const id = r.measure;
  const out: Placeholder[] = [
    { token: `{clause:${id}}`, value: formatClause(r.clause, lang), about: `the clause number of ${id}` },
    { token: `{title:${id}}`, value: measureText(id, lang).title, about: `the name of measure ${id}` },
    { token: `{status:${id}}`, value: t(lang, `status.${r.status}` as MessageKey), about: `the status of ${id} for this user` },
    { token: `{amount:${id}}`, value: amountText(r, lang), about: `the amount or main benefit of ${id} for this user, with "up to" where it applies` },
  ];
  if (r.benefits.length > 0) {
    out.push({ token: `{benefits:${id}}`, value: r.benefits.map((b) => benefitText(b, lang)).join("; "), about: `every benefit of ${id}, with its quantity and period` });
  }
  const reason = r.reasons.find((x) => x.code !== "asean_up_to_double") ?? r.reasons[0];
  if (reason) out.push({ token: `{reason:${id}}`, value: reasonText(reason, lang), about: `the main reason the rules core gave for ${id}` });
  if (r.missing.length > 0) {
    const words = describeMissing?.(r, lang) ?? [];
    out.push({ token: `{missing:${id}}`, value: (words.length > 0 ? words : r.missing).join(", "), about: `the facts still missing for ${id}` });
  }
  return out;
}

/**
 * Every placeholder an explanation of `request` may use: per result its
 * clause, title, status, amount, benefits, main reason and missing facts,
 * and the policy's validity dates.
 *
 * @example
 * placeholderTable({ lang: "en", results: [m02], asOf })
 * // [{ token: "{clause:m02}", value: "Clause 2", … }, { token: "{amount:m02}", value: "up to CNY 2,000,000", … }, …]
 */
export function placeholderTable(request: ExplainRequest, describeMissing?: DescribeMissing): Placeholder[] {
  const { lang } = request;
  return [
    ...request.results.flatMap((r) => forResult(r, lang, describeMissing)),
    { token: "{validFrom}", value: formatDate(VALID_FROM, lang), about: "the date the measures start to apply" },
    { token: "{validUntil}", value: formatDate(VALID_UNTIL, lang), about: "the last date the measures apply" },
  ];
}

/**
 * The placeholders an explanation must use: the amount of every result
 * whose cash figure the user is entitled to hear (eligible or likely), so a
 * model cannot leave the user's own amount out.
 */
export function requiredPlaceholders(request: ExplainRequest): string[] {
  return request.results.filter((r) => r.maxCashCNY !== null && (r.status === "eligible" || r.status === "likely")).map((r) => `{amount:${r.measure}}`);
}
