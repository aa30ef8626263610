/**
 * The results card: measures within the user's interests sorted by amount,
 * each with status, amount, clause, one-line reason and what is still
 * missing; the total; the disclaimer; and what to do next.
 */
import { formatCny, formatDate } from "../../i18n/format.ts";
import type { Lang } from "../../i18n/langs.ts";
import { measureText } from "../../i18n/measures/render.ts";
import { t, type MessageKey } from "../../i18n/messages/index.ts";
import { D, ZERO } from "../../rules/money.ts";
import type { MeasureResult } from "../../rules/types.ts";
import type { Plan } from "../planner.ts";
import { QUESTION_BY_ID } from "../questions/bank.ts";
import type { Choice, Reply, ResultItem, ResultReply } from "../types.ts";
import { amountText, mainReason, measureHeading, statusLabel } from "../../i18n/labels.ts";

const STATUS_ORDER = { eligible: 0, likely: 1, needs_info: 2, ineligible: 3 } as const;

/** The facts a result still misses, as the short labels of the questions that would settle them. */
export function missingFacts(r: MeasureResult, plan: Plan, lang: Lang): string[] {
  const labels = new Set<string>();
  for (const path of r.missing) {
    const ids = plan.built.provenance.get(path) ?? [];
    const id = ids.find((q) => QUESTION_BY_ID.has(q));
    labels.add(id ? t(lang, `l.${id}` as MessageKey) : path);
  }
  return [...labels];
}

/** Sorts by status, then by amount, largest first. */
export function sortResults(results: MeasureResult[]): MeasureResult[] {
  const cash = (r: MeasureResult) => new D(r.maxCashCNY ?? 0);
  return [...results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || cash(b).comparedTo(cash(a)) || a.measure.localeCompare(b.measure));
}

/** One result as a card line. */
export function resultItem(r: MeasureResult, plan: Plan, lang: Lang): ResultItem {
  return {
    measure: r.measure,
    clause: r.clause,
    title: measureText(r.measure, lang).title,
    status: r.status,
    statusLabel: statusLabel(r, lang),
    amount: amountText(r, lang),
    maxCashCNY: r.maxCashCNY,
    reason: mainReason(r, lang),
    missing: r.status === "needs_info" ? missingFacts(r, plan, lang) : [],
  };
}

/**
 * Choice ids of the results card: `x:<measure>` explains, `k:results` keeps the results,
 * `c:summary` changes an answer, `c:restart` starts again.
 */
export function renderResults(plan: Plan, lang: Lang): Reply[] {
  const open = sortResults(plan.inScope.filter((r) => r.status !== "ineligible"));
  const closed = plan.inScope.filter((r) => r.status === "ineligible");
  const items = open.map((r) => resultItem(r, plan, lang));
  let total = ZERO;
  // A cash total: （十九）'s tax saving is not cash (its figure stays on its own line).
  for (const r of open) if ((r.status === "eligible" || r.status === "likely") && r.maxCashCNY && r.kind !== "tax_relief") total = total.plus(r.maxCashCNY);
  const totalText = formatCny(total, lang);

  const lines = [t(lang, "results.title", { date: formatDate(plan.evaluation.asOf, lang) }), ""];
  if (items.length === 0) lines.push(t(lang, "results.none"));
  items.forEach((it, i) => {
    lines.push(`${i + 1}. ${measureHeading(it, lang)}: ${it.statusLabel}, ${it.amount}`);
    if (it.reason) lines.push(`   ${it.reason}`);
    if (it.missing.length) lines.push(`   ${t(lang, "results.missing", { facts: it.missing.join(", ") })}`);
  });
  if (closed.length) {
    lines.push("", t(lang, "results.notApplicable", { items: closed.map((r) => measureHeading(r, lang)).join(", ") }));
  }
  const outside = plan.evaluation.results.filter((r) => !plan.inScope.includes(r) && (r.status === "eligible" || r.status === "likely"));
  if (outside.length) lines.push("", t(lang, "results.outOfScope", { count: outside.length }));
  if (!total.isZero()) lines.push("", t(lang, "results.total", { amount: totalText }));
  lines.push("", t(lang, "disclaimer"));

  const card: ResultReply = {
    kind: "result",
    text: lines.join("\n"),
    items,
    total: totalText,
    totalCNY: total.toFixed(2),
    disclaimer: t(lang, "disclaimer"),
  };
  const choices: Choice[] = [
    ...items.slice(0, 5).map((it) => ({ id: `x:${it.measure}`, label: t(lang, "results.explain", { title: it.title }) })),
    { id: "k:results", label: t(lang, "results.keep") },
    { id: "c:summary", label: t(lang, "summary.change") },
    { id: "c:restart", label: t(lang, "nav.restart") },
  ];
  return [card, { kind: "choices", text: t(lang, "results.next"), choices }];
}
