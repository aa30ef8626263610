/**
 * The eligibility check as steps on the state: ask the next question, record
 * an answer, go back, skip, show the summary and the results. Each step
 * mutates the working copy of the state the engine gives it and returns
 * replies.
 */
import { formatCny, formatDate, formatNumber, formatPercent } from "../i18n/format.ts";
import type { Lang } from "../i18n/langs.ts";
import { t, type MessageKey } from "../i18n/messages/index.ts";
import { inapplicableAnswers } from "./inapplicable.ts";
import { offeredQuestion, type Plan, type TurnPlans } from "./planner.ts";
import type { QuestionDef } from "./questions/bank.ts";
import { applies, compareQuestions, itemCount, itemId, listOf, LISTS, questionById, splitId, type ListDef } from "./questions/lists.ts";
import { answerLabel } from "./render/item-label.ts";
import { itemAddedLines } from "./render/list-lines.ts";
import { optionLabel, renderQuestion } from "./render/question.ts";
import { renderResults } from "./render/results.ts";
import { scopeNotice, scopeReasons } from "./render/scope.ts";
import type { AnswerValue, Choice, DialogueState, Reply } from "./types.ts";
import { D, sum } from "../rules/money.ts";

/** Remembers the ids of the choices shown, so that a typed number can pick one. */
export function show(state: DialogueState, reply: Reply): Reply {
  if (reply.kind === "choices") state.shown = reply.choices.map((c) => c.id);
  return reply;
}

/** Removes answers whose question no longer applies (e.g. the loans' answers after "no loans", item 3's after "no" to a third). */
function prune(state: DialogueState): void {
  for (const id of Object.keys(state.answers)) {
    const q = questionById(id);
    if (q && !applies(q, state.answers)) {
      delete state.answers[id];
      state.order = state.order.filter((x) => x !== id);
    }
  }
  state.skipped = state.skipped.filter((id) => {
    const q = questionById(id);
    return state.answers[id] === undefined && (!q || applies(q, state.answers));
  });
  state.order = state.order.filter((id) => state.answers[id] !== undefined || state.skipped.includes(id));
}

/**
 * "So far: 3 measures eligible or likely, up to ¥2,500,000", when it changed
 * since last said; not said when the open measures are all in `covered` (the
 * running line of a list item just named them and their figures).
 */
function interim(state: DialogueState, p: Plan, covered: readonly string[] = []): string | null {
  if (state.answers.interests === undefined && !state.skipped.includes("interests")) return null;
  const open = p.inScope.filter((r) => r.status === "eligible" || r.status === "likely");
  const count = open.length;
  // Tax relief (（十九）) is a saving, not cash: never in a cash figure.
  // A settled measure whose pending parts have no bound (a pay not given) counts what is settled.
  const total = sum(open.filter((r) => r.kind !== "tax_relief").map((r) => new D(r.maxCashCNY ?? r.settledCashCNY ?? 0))).toFixed(2);
  const signature = `${count}|${total}`;
  if (signature === state.interim) return null;
  const said = state.interim;
  state.interim = signature;
  if (count > 0 && open.every((r) => covered.includes(r.measure))) return null;
  if (count === 0) return said ? t(state.lang, "interim.none") : null;
  if (new D(total).isZero()) return t(state.lang, "interim.nonCash", { count });
  return t(state.lang, "interim", { count, amount: formatCny(total, state.lang) });
}

/**
 * Asks the next question worth asking, or shows the summary when none is left.
 * `covered`: measures whose figures `prefix` already gave (a list item's running line).
 */
export function askNext(state: DialogueState, plans: TurnPlans, prefix: string[] = [], covered: readonly string[] = []): Reply[] {
  prune(state);
  const p = plans.of(state);
  const next = p.pending[0];
  // In the middle of a list's item the figures count the item as unknown: "so far" waits until it is complete.
  const line = next?.item !== undefined && !isMore(next) ? null : interim(state, p, covered);
  const lead = line ? [...prefix, line] : prefix;
  if (!next) {
    state.current = null;
    state.mode = "summary";
    return [...lead.map((text): Reply => ({ kind: "text", text })), ...summary(state)];
  }
  state.mode = "check";
  delete state.before;
  state.current = next.id;
  delete state.picking;
  const done = state.order.length;
  return [show(state, renderQuestion(offeredQuestion(next, p), state.lang, { n: done + 1, total: done + p.pending.length }, { canGoBack: state.order.length > 0, prefix: lead }))];
}

/** Starts (or resumes) the check; a check begun after the measures ended says so first. */
export function startCheck(state: DialogueState, plans: TurnPlans): Reply[] {
  if (state.current) return askCurrent(state, plans);
  const notice = state.order.length === 0 ? scopeNotice(null, plans.of(state), state.lang) : null;
  if (notice && plans.of(state).pending.length === 0) return [{ kind: "text", text: notice }, ...results(state, plans)];
  return askNext(state, plans, notice ? [notice] : []);
}

/** Asks the current question again (after help, an error, or a language change). */
export function askCurrent(state: DialogueState, plans: TurnPlans, prefix: string[] = []): Reply[] {
  const q = state.current ? questionById(state.current) : undefined;
  if (!q) return askNext(state, plans, prefix);
  // Asking a question puts the user back in the check, whatever showed before it (the language menu).
  state.mode = "check";
  delete state.before;
  const p = plans.of(state);
  const done = state.order.length;
  const total = Math.max(done + p.pending.length, done + 1);
  return [show(state, renderQuestion(offeredQuestion(q, p), state.lang, { n: done + 1, total }, { canGoBack: state.order.length > 0, picked: state.picking ?? [], prefix }))];
}

/** Stores an answer to the current question and moves on. */
export function recordAnswer(state: DialogueState, q: QuestionDef, value: AnswerValue, plans: TurnPlans): Reply[] {
  const typeChanged = q.id === "type" && state.answers.type !== undefined && state.answers.type !== value;
  // What did not apply before the change is not the change's doing, and is left as it is.
  const alreadyInapplicable = typeChanged ? new Set(inapplicableAnswers(state, plans.today)) : new Set<string>();
  const editing = state.editing === true;
  // The plan before the answer only matters when the answer leaves the applicant out of scope (to tell
  // what is newly so): it is then planned from these, and otherwise not at all.
  const prior = { answers: { ...state.answers }, skipped: [...state.skipped] };
  state.answers[q.id] = value;
  state.skipped = state.skipped.filter((x) => x !== q.id);
  if (!state.order.includes(q.id)) state.order.push(q.id);
  if (q.id === "settlement" && value !== "settled") delete state.answers.settledOn;
  delete state.picking;
  const cleared = typeChanged ? clearInapplicable(state, plans.today, alreadyInapplicable) : [];
  const note = cleared.length ? [t(state.lang, "type.cleared", { items: cleared.map((id) => t(state.lang, `l.${id}` as MessageKey)).join(", ") })] : [];
  prune(state);
  // Out of scope as soon as it is known: say why, what would change it, and what is still open.
  const after = plans.of(state);
  const notice = scopeReasons(after).size > 0 ? scopeNotice(plans.of(prior), after, state.lang) : null;
  const added = editing ? null : itemDone(state, q, after);
  const lead = [...note, ...(added?.lines ?? []), ...(notice ? [notice] : [])];
  if (notice && plans.of(state).pending.length === 0) return [...lead.map((text): Reply => ({ kind: "text", text })), ...results(state, plans)];
  if (state.editing) {
    delete state.editing;
    const p = plans.of(state);
    if (p.pending.length === 0) {
      state.current = null;
      state.mode = "summary";
      return [...lead.map((text): Reply => ({ kind: "text", text })), ...summary(state)];
    }
  }
  return askNext(state, plans, lead, added?.measures ?? []);
}

/**
 * The running result once `q`, a question about an item, completed that item
 * (nothing more is to be asked about it): "Project 2 added. So far under …",
 * and the list's measures those lines name.
 */
function itemDone(state: DialogueState, q: QuestionDef, p: Plan): { lines: string[]; measures: readonly string[] } | null {
  const list = listOf(q.id);
  if (!list || q.item === undefined || isMore(q)) return null;
  const n = q.item;
  if (n > itemCount(list, state.answers)) return null;
  const open = p.pending.some((x) => x.item === n && listOf(x.id) === list && !isMore(x));
  return open ? null : { lines: itemAddedLines(list, n, p.inScope, state.lang), measures: list.measures };
}

/**
 * Removes the answers a new applicant type made inapplicable (but not those in `kept`); returns the
 * catalogue ids of their labels, in asking order (a list's answers by the list's opener, once).
 */
function clearInapplicable(state: DialogueState, today: string, kept: ReadonlySet<string>): string[] {
  const gone = new Set(inapplicableAnswers(state, today).filter((id) => !kept.has(id)));
  for (const id of gone) delete state.answers[id];
  state.skipped = state.skipped.filter((id) => !gone.has(id));
  prune(state);
  const labels = [...gone].sort(compareQuestions).map((id) => listOf(id)?.opener ?? id);
  return [...new Set(labels)];
}

/** Undoes the last answer (or the selections of a multiple choice in progress). */
export function goBack(state: DialogueState, plans: TurnPlans): Reply[] {
  if (state.picking?.length) {
    delete state.picking;
    return askCurrent(state, plans);
  }
  const last = state.order.pop();
  if (last === undefined) return askCurrent(state, plans, [t(state.lang, "nothingToUndo")]);
  delete state.answers[last];
  state.skipped = state.skipped.filter((x) => x !== last);
  // Back from item 2's first question undoes "add another": item 2 goes with it.
  prune(state);
  state.current = last;
  state.mode = "check";
  delete state.editing;
  return askCurrent(state, plans, [t(state.lang, "undone")]);
}

/** Marks the current question as unknown and moves on. */
export function skip(state: DialogueState, plans: TurnPlans): Reply[] {
  if (!state.current) return askNext(state, plans);
  const id = state.current;
  const editing = state.editing === true;
  if (!state.skipped.includes(id)) state.skipped.push(id);
  delete state.answers[id];
  // `order` is the history of answered and skipped questions alike, so that back returns to a skipped one.
  state.order = [...state.order.filter((x) => x !== id), id];
  delete state.editing;
  prune(state);
  const q = questionById(id);
  const done = q && !editing ? itemDone(state, q, plans.of(state)) : null;
  return askNext(state, plans, [t(state.lang, "skipped"), ...(done?.lines ?? [])], done?.measures ?? []);
}

/** How an answer reads in the summary. */
export function displayAnswer(q: QuestionDef, value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined) return t(lang, "summary.unknown");
  switch (q.type) {
    case "yesno":
      return t(lang, value ? "yes" : "no");
    case "choice":
      return optionLabel(q, String(value), lang);
    case "multi": {
      const list = value as string[];
      if (list.length === 0) return q.id === "interests" ? t(lang, "multi.all") : optionLabel(q, "none", lang);
      return list.map((o) => optionLabel(q, o, lang)).join("; ");
    }
    case "money":
      return formatCny(String(value), lang);
    case "integer":
    case "decimal":
      return formatNumber(String(value), lang);
    case "percent":
      return formatPercent(String(value), lang);
    case "date":
      return formatDate(String(value), lang);
    case "year":
      return String(value);
  }
}

/** True for "Add another …?" of a list. */
const isMore = (q: QuestionDef) => q.base !== undefined && q.base === listOf(q.id)?.more;

/**
 * The questions answered or skipped, in asking order, as the summary lists
 * them: a list's items one by one, without the "add another?" answers (the
 * items say how many there are).
 */
function answeredQuestions(state: DialogueState): QuestionDef[] {
  const ids = [...new Set([...Object.keys(state.answers), ...state.skipped])].sort(compareQuestions);
  return ids.map((id) => questionById(id)).filter((q): q is QuestionDef => q !== undefined && !isMore(q));
}

/** The summary to confirm before results. */
export function summary(state: DialogueState): Reply[] {
  state.mode = "summary";
  state.current = null;
  const lang = state.lang;
  const rows = answeredQuestions(state).map((q) => `• ${answerLabel(q, lang)}: ${displayAnswer(q, state.answers[q.id], lang)}`);
  const text = rows.length ? [t(lang, "summary.title"), ...rows].join("\n") : t(lang, "summary.empty");
  const choices: Choice[] = [
    { id: "c:results", label: t(lang, "summary.confirm") },
    { id: "c:edit", label: t(lang, "summary.change") },
    { id: "c:restart", label: t(lang, "nav.restart") },
  ];
  return [show(state, { kind: "choices", text, choices })];
}

/**
 * The list of answers to pick one to change; after a list's answers, "Remove
 * project 2" for its last item (choice `r:<list>`).
 */
export function editMenu(state: DialogueState, prefix: string[] = []): Reply[] {
  state.mode = "edit";
  const lang = state.lang;
  const answered = answeredQuestions(state);
  if (answered.length === 0) return summary(state);
  const choices: Choice[] = [];
  for (const q of answered) {
    choices.push({ id: `e:${q.id}`, label: `${answerLabel(q, lang)}: ${displayAnswer(q, state.answers[q.id], lang)}` });
    const list = listOf(q.id);
    const n = list ? itemCount(list, state.answers) : 0;
    const lastOfList = list && n > 0 && !answered.some((x) => x !== q && listOf(x.id) === list && compareQuestions(x.id, q.id) > 0);
    if (lastOfList) choices.push({ id: `r:${list.list}`, label: t(lang, `list.${list.list}.remove` as MessageKey, { n }) });
  }
  choices.push({ id: "c:summary", label: t(lang, "nav.back") });
  return [show(state, { kind: "choices", text: [...prefix, t(lang, "edit.pick")].join("\n"), choices })];
}

/**
 * Removes the last item of `name`'s list: its answers go, and the "add
 * another" that made it is answered no (for item 1, the list's opener), so
 * the list ends where it now ends. Back to the edit menu.
 */
export function removeLastItem(state: DialogueState, name: string): Reply[] {
  const list = LISTS.find((l) => l.list === name);
  const n = list ? itemCount(list, state.answers) : 0;
  if (!list || n === 0) return editMenu(state);
  const ended = n === 1 ? list.opener : itemId(list.more, n - 1);
  dropItem(state, list, n);
  state.answers[ended] = false;
  state.skipped = state.skipped.filter((x) => x !== ended);
  if (!state.order.includes(ended)) state.order.push(ended);
  prune(state);
  return editMenu(state, [t(state.lang, `list.${list.list}.removed` as MessageKey, { n })]);
}

/** Forgets every answer about item `n` of `list`, its "add another" included. */
function dropItem(state: DialogueState, list: ListDef, n: number): void {
  const gone = (id: string) => {
    const { base, item } = splitId(id);
    return item === n && (list.items.includes(base) || base === list.more);
  };
  for (const id of Object.keys(state.answers)) if (gone(id)) delete state.answers[id];
  state.skipped = state.skipped.filter((id) => !gone(id));
  state.order = state.order.filter((id) => !gone(id));
}

/** Re-asks question `id` to change its answer, then returns to the summary. */
export function editAnswer(state: DialogueState, id: string, plans: TurnPlans): Reply[] {
  const q = questionById(id);
  if (!q || (state.answers[id] === undefined && !state.skipped.includes(id))) return editMenu(state);
  state.mode = "check";
  state.current = id;
  state.editing = true;
  delete state.picking;
  return askCurrent(state, plans);
}

/** The results card and what to do next. */
export function results(state: DialogueState, plans: TurnPlans): Reply[] {
  state.mode = "results";
  state.current = null;
  const replies = renderResults(plans.of(state), state.lang);
  const last = replies[replies.length - 1];
  if (last) show(state, last);
  return replies;
}
