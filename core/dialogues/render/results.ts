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
import { totalsOf } from "../../rules/totals.ts";
import { MEASURE_BY_ID } from "../../rules/measures/index.ts";
import { namedOtherSupport } from "../../rules/other-support.ts";
import { D } from "../../rules/money.ts";
import type { MeasureResult, Totals } from "../../rules/types.ts";
import { assumptionLines, listSeparator, partsLine, pendingFigure, pendingPartsLine, withPeriod, workingLine } from "../../i18n/figures.ts";
import type { Plan } from "../planner.ts";
import { questionById } from "../questions/lists.ts";
import { answerLabel } from "./item-label.ts";
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
    const q = ids.map((id) => questionById(id)).find((x) => x !== undefined);
    labels.add(q ? answerLabel(q, lang) : path);
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

/**
 * The figure with its period; tax relief said to be a saving, not cash. For a
 * measure settled by some parts while others pend, `facts` (what would settle
 * them) turns it into "settled X; up to Y once we know: …".
 */
export function figureText(r: MeasureResult, lang: Lang, facts?: readonly string[]): string {
  const pending = facts ? pendingFigure(r, lang, facts) : null;
  if (pending !== null) return pending;
  const amount = amountText(r, lang);
  if (r.maxCashCNY === null || r.status === "ineligible") return amount;
  const figure = withPeriod(amount, r.period, lang);
  return r.kind === "tax_relief" ? t(lang, "fig.taxRelief", { figure }) : figure;
}

/** One result as a card line. */
export function resultItem(r: MeasureResult, plan: Plan, lang: Lang): ResultItem {
  const missing = r.missing.length > 0 && r.status !== "ineligible" ? missingFacts(r, plan, lang) : [];
  const facts = (paths: string[]) => factsOf(paths, plan, lang);
  const parts = partsLine(r, lang, facts);
  // A settled measure's pending parts, with what would settle them (its figure says what they could add).
  const pending = pendingPartsLine(r, lang, facts);
  return {
    measure: r.measure,
    clause: r.clause,
    title: measureText(r.measure, lang).title,
    status: r.status,
    statusLabel: statusLabel(r, lang),
    amount: figureText(r, lang, missing),
    maxCashCNY: r.maxCashCNY,
    reason: mainReason(r, lang),
    missing,
    working: r.status === "ineligible" ? "" : workingLine(r, lang),
    assumptions: assumptionLines(r, lang),
    ...(parts ? { parts } : {}),
    ...(pending ? { pending } : {}),
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
function itemLines(n: number, it: ResultItem, lang: Lang): string[] {
  const lines = [`${n}. ${measureHeading(it, lang)}: ${it.statusLabel}, ${it.amount}`];
  if (it.working) lines.push(`   ${t(lang, "results.working", { line: it.working })}`);
  if (it.parts) lines.push(`   ${it.parts}`);
  if (it.pending) lines.push(`   ${it.pending}`);
  if (it.reason) lines.push(`   ${it.reason}`);
  for (const a of it.assumptions) lines.push(`   ${a}`);
  if (it.missing.length && !it.pending) lines.push(`   ${t(lang, "results.missing", { facts: it.missing.join(", ") })}`);
  return lines;
}

/** Each measure that does not apply with its main reason; measures failing for the same reason share a line. */
function closedEntries(closed: MeasureResult[], lang: Lang): string[] {
  const byReason = new Map<string, string[]>();
  for (const r of closed) {
    const reason = mainReason(r, lang) || t(lang, "status.ineligible");
    byReason.set(reason, [...(byReason.get(reason) ?? []), measureHeading(r, lang)]);
  }
  return [...byReason].map(([reason, heads]) => `${heads.join(", ")}: ${reason}`);
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
 * 从优不重复 with other support, when the profile names the items (the chat does
 * not ask it; a profile from the web or the API may carry it): their headings
 * in the user's language.
 */
function otherSupportLines(plan: Plan, lang: Lang): string[] {
  const named = namedOtherSupport(plan.built.profile);
  if (!named) return [];
  const items = named.map((id) => measureHeading({ measure: id, clause: MEASURE_BY_ID.get(id)!.clause }, lang));
  return ["", t(lang, "results.otherSupport", { items: items.join(listSeparator(lang)) })];
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
  items.forEach((it, i) => lines.push(...itemLines(i + 1, it, lang)));
  const notApplicable = closedEntries(closed, lang);
  if (notApplicable.length) lines.push("", t(lang, "results.notApplicableTitle"), ...notApplicable.map((l) => `• ${l}`));
  const outside = plan.evaluation.results.filter((r) => !plan.inScope.includes(r) && (r.status === "eligible" || r.status === "likely"));
  const outsideNote = outside.length ? ["", t(lang, "results.outOfScope", { count: outside.length })] : [];
  const totalsText = totalLines(totals, lang);
  const otherSupport = otherSupportLines(plan, lang);
  lines.push(...outsideNote, ...totalsText, ...otherSupport);
  lines.push("", t(lang, "disclaimer"));

  const card: ResultReply = {
    kind: "result",
    text: lines.join("\n"),
    items,
    total: totalText,
    totalCNY: totals.wholePeriodCashCNY,
    disclaimer: t(lang, "disclaimer"),
    notApplicable,
    totals: totalsText.filter((l) => l !== ""),
    notes: [...outsideNote, ...otherSupport].filter((l) => l !== ""),
  };
  return [card, resultChoices(plan, lang)];
}
