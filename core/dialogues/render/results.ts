/**
 * The results card: measures within the user's interests sorted by amount,
 * each with status, amount and its period, clause, one line of working, its
 * parts, one-line reason, the assumptions that change it and what is still
 * missing; the measures that do not apply, each with its reason; the totals
 * split as the rules core splits them (tax relief apart); the disclaimer;
 * and what to do next.
 */
import { formatCny, formatDate } from "../../i18n/format.ts";
import type { Lang } from "../../i18n/langs.ts";
import { measureText } from "../../i18n/measures/render.ts";
import { t, type MessageKey } from "../../i18n/messages/index.ts";
import { totalsOf } from "../../rules/evaluate.ts";
import { D } from "../../rules/money.ts";
import type { MeasureResult, Totals } from "../../rules/types.ts";
import { assumptionLines, partsLine, withPeriod, workingLine } from "../../i18n/figures.ts";
import type { Plan } from "../planner.ts";
import { QUESTION_BY_ID } from "../questions/bank.ts";
import type { Choice, Reply, ResultItem, ResultReply } from "../types.ts";
import { amountText, mainReason, measureHeading, statusLabel } from "../../i18n/labels.ts";

const STATUS_ORDER = { eligible: 0, likely: 1, needs_info: 2, ineligible: 3 } as const;

/** The facts a result still misses, as the short labels of the questions that would settle them. */
export function missingFacts(r: MeasureResult, plan: Plan, lang: Lang): string[] {
  return factsOf(r.missing, plan, lang);
}

/** Profile paths as the short labels of the questions that would settle them. */
function factsOf(paths: readonly string[], plan: Plan, lang: Lang): string[] {
  const labels = new Set<string>();
  for (const path of paths) {
    const ids = plan.built.provenance.get(path) ?? [];
    const id = ids.find((q) => QUESTION_BY_ID.has(q));
    labels.add(id ? t(lang, `l.${id}` as MessageKey) : path);
  }
  return [...labels];
}

/** Sorts by status, then by amount, largest first. */
export function sortResults(results: MeasureResult[]): MeasureResult[] {
  // Each amount read once, not once per comparison.
  const cash = new Map(results.map((r) => [r, new D(r.maxCashCNY ?? 0)]));
  return [...results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || cash.get(b)!.comparedTo(cash.get(a)!) || a.measure.localeCompare(b.measure));
}

const openByPlan = new WeakMap<Plan, MeasureResult[]>();

/** The plan's open results (within the user's interests, not ineligible), sorted; sorted once per plan. */
function openResults(plan: Plan): MeasureResult[] {
  let open = openByPlan.get(plan);
  if (!open) {
    open = sortResults(plan.inScope.filter((r) => r.status !== "ineligible"));
    openByPlan.set(plan, open);
  }
  return open;
}

/** The figure with its period; tax relief said to be a saving, not cash. */
export function figureText(r: MeasureResult, lang: Lang): string {
  const amount = amountText(r, lang);
  if (r.maxCashCNY === null || r.status === "ineligible") return amount;
  const figure = withPeriod(amount, r.period, lang);
  return r.kind === "tax_relief" ? t(lang, "fig.taxRelief", { figure }) : figure;
}

/** One result as a card line. */
export function resultItem(r: MeasureResult, plan: Plan, lang: Lang): ResultItem {
  return {
    measure: r.measure,
    clause: r.clause,
    title: measureText(r.measure, lang).title,
    status: r.status,
    statusLabel: statusLabel(r, lang),
    amount: figureText(r, lang),
    maxCashCNY: r.maxCashCNY,
    reason: mainReason(r, lang),
    missing: r.status === "needs_info" ? missingFacts(r, plan, lang) : [],
    working: r.status === "ineligible" ? "" : workingLine(r, lang),
    assumptions: assumptionLines(r, lang),
  };
}

/** How many explain buttons a results page shows (platforms limit buttons; the rest are paged). */
export const EXPLAIN_PAGE = 5;

/** The results' next steps: explain buttons for one page of the open measures, "more", keep, change, restart. */
export function resultChoices(plan: Plan, lang: Lang, page = 0): Reply {
  const items = openResults(plan);
  const from = page * EXPLAIN_PAGE < items.length ? page * EXPLAIN_PAGE : 0;
  const shown = items.slice(from, from + EXPLAIN_PAGE);
  const choices: Choice[] = shown.map((r) => ({ id: `x:${r.measure}`, label: t(lang, "results.explain", { title: measureText(r.measure, lang).title }) }));
  if (items.length > EXPLAIN_PAGE) {
    const next = from + EXPLAIN_PAGE < items.length ? from / EXPLAIN_PAGE + 1 : 0;
    choices.push({ id: `x:p${next}`, label: t(lang, "results.moreExplain") });
  }
  choices.push({ id: "k:results", label: t(lang, "results.keep") }, { id: "c:summary", label: t(lang, "summary.change") }, { id: "c:restart", label: t(lang, "nav.restart") });
  return { kind: "choices", text: t(lang, "results.next"), choices };
}

/** The card lines of one open result: heading, status and figure with its period; working; parts; reason; assumptions; missing facts. */
function itemLines(n: number, r: MeasureResult, it: ResultItem, plan: Plan, lang: Lang): string[] {
  const lines = [`${n}. ${measureHeading(it, lang)}: ${it.statusLabel}, ${it.amount}`];
  if (it.working) lines.push(`   ${t(lang, "results.working", { line: it.working })}`);
  const parts = partsLine(r, lang, (paths) => factsOf(paths, plan, lang));
  if (parts) lines.push(`   ${parts}`);
  if (it.reason) lines.push(`   ${it.reason}`);
  for (const a of it.assumptions) lines.push(`   ${a}`);
  if (it.missing.length) lines.push(`   ${t(lang, "results.missing", { facts: it.missing.join(", ") })}`);
  return lines;
}

/** "Not applicable:" with each measure's main reason; measures failing for the same reason share a line. */
function closedLines(closed: MeasureResult[], lang: Lang): string[] {
  if (closed.length === 0) return [];
  const byReason = new Map<string, string[]>();
  for (const r of closed) {
    const reason = mainReason(r, lang) || t(lang, "status.ineligible");
    byReason.set(reason, [...(byReason.get(reason) ?? []), measureHeading(r, lang)]);
  }
  return ["", t(lang, "results.notApplicableTitle"), ...[...byReason].map(([reason, heads]) => `• ${heads.join(", ")}: ${reason}`)];
}

/** The split totals: cash in the first year, cash over the whole periods, tax relief apart (never in a cash total). */
function totalLines(totals: Totals, lang: Lang): string[] {
  const lines: string[] = [];
  const first = new D(totals.firstYearCashCNY);
  const whole = new D(totals.wholePeriodCashCNY);
  if (!whole.isZero()) {
    if (first.equals(whole)) lines.push(t(lang, "results.total", { amount: formatCny(whole, lang) }));
    else lines.push(t(lang, "results.totalFirstYear", { amount: formatCny(first, lang) }), t(lang, "results.totalWhole", { amount: formatCny(whole, lang) }));
  }
  if (!new D(totals.taxReliefCNY).isZero()) lines.push(t(lang, "results.totalTax", { amount: formatCny(totals.taxReliefCNY, lang) }));
  return lines.length ? ["", ...lines] : [];
}

/**
 * Choice ids of the results card: `x:<measure>` explains, `x:p<n>` pages the explain buttons,
 * `k:results` keeps the results, `c:summary` changes an answer, `c:restart` starts again.
 */
export function renderResults(plan: Plan, lang: Lang): Reply[] {
  const open = openResults(plan);
  const closed = plan.inScope.filter((r) => r.status === "ineligible");
  const items = open.map((r) => resultItem(r, plan, lang));
  const totals = totalsOf(open, plan.built.profile);
  const totalText = formatCny(totals.wholePeriodCashCNY, lang);

  const lines = [t(lang, "results.title", { date: formatDate(plan.evaluation.asOf, lang) }), ""];
  if (items.length === 0) lines.push(t(lang, "results.none"));
  items.forEach((it, i) => lines.push(...itemLines(i + 1, open[i]!, it, plan, lang)));
  lines.push(...closedLines(closed, lang));
  const outside = plan.evaluation.results.filter((r) => !plan.inScope.includes(r) && (r.status === "eligible" || r.status === "likely"));
  if (outside.length) lines.push("", t(lang, "results.outOfScope", { count: outside.length }));
  lines.push(...totalLines(totals, lang));
  lines.push("", t(lang, "disclaimer"));

  const card: ResultReply = {
    kind: "result",
    text: lines.join("\n"),
    items,
    total: totalText,
    totalCNY: totals.wholePeriodCashCNY,
    disclaimer: t(lang, "disclaimer"),
  };
  return [card, resultChoices(plan, lang)];
}
