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
import type { Plan, TurnPlans } from "./planner.ts";
import { QUESTION_BY_ID, QUESTIONS, type QuestionDef } from "./questions/bank.ts";
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

/** Removes answers whose question no longer applies (e.g. the loan amount after "no loans"). */
function prune(state: DialogueState): void {
  for (const id of Object.keys(state.answers)) {
    const q = QUESTION_BY_ID.get(id);
    if (q?.when && !q.when(state.answers)) {
      delete state.answers[id];
      state.order = state.order.filter((x) => x !== id);
    }
  }
  state.skipped = state.skipped.filter((id) => state.answers[id] === undefined);
  state.order = state.order.filter((id) => state.answers[id] !== undefined || state.skipped.includes(id));
}

/** "So far: 3 measures eligible or likely, up to ¥2,500,000", when it changed since last said. */
function interim(state: DialogueState, p: Plan): string | null {
  if (state.answers.interests === undefined && !state.skipped.includes("interests")) return null;
  const open = p.inScope.filter((r) => r.status === "eligible" || r.status === "likely");
  const count = open.length;
  // Tax relief (（十九）) is a saving, not cash: never in a cash figure.
  const total = sum(open.filter((r) => r.kind !== "tax_relief").map((r) => new D(r.maxCashCNY ?? 0))).toFixed(2);
  const signature = `${count}|${total}`;
  if (signature === state.interim) return null;
  const said = state.interim;
  state.interim = signature;
  if (count === 0) return said ? t(state.lang, "interim.none") : null;
  if (new D(total).isZero()) return t(state.lang, "interim.nonCash", { count });
  return t(state.lang, "interim", { count, amount: formatCny(total, state.lang) });
}

/** Asks the next question worth asking, or shows the summary when none is left. */
export function askNext(state: DialogueState, plans: TurnPlans, prefix: string[] = []): Reply[] {
  prune(state);
  const p = plans.of(state);
  const line = interim(state, p);
  const lead = line ? [...prefix, line] : prefix;
  const next = p.pending[0];
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
  return [show(state, renderQuestion(next, state.lang, { n: done + 1, total: done + p.pending.length }, { canGoBack: state.order.length > 0, prefix: lead }))];
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
  const q = state.current ? QUESTION_BY_ID.get(state.current) : undefined;
  if (!q) return askNext(state, plans, prefix);
  // Asking a question puts the user back in the check, whatever showed before it (the language menu).
  state.mode = "check";
  delete state.before;
  const p = plans.of(state);
  const done = state.order.length;
  const total = Math.max(done + p.pending.length, done + 1);
  return [show(state, renderQuestion(q, state.lang, { n: done + 1, total }, { canGoBack: state.order.length > 0, picked: state.picking ?? [], prefix }))];
}

/** Stores an answer to the current question and moves on. */
export function recordAnswer(state: DialogueState, q: QuestionDef, value: AnswerValue, plans: TurnPlans): Reply[] {
  const typeChanged = q.id === "type" && state.answers.type !== undefined && state.answers.type !== value;
  // What did not apply before the change is not the change's doing, and is left as it is.
  const alreadyInapplicable = typeChanged ? new Set(inapplicableAnswers(state, plans.today)) : new Set<string>();
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
  const lead = [...note, ...(notice ? [notice] : [])];
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
  return askNext(state, plans, lead);
}

/** Removes the answers a new applicant type made inapplicable (but not those in `kept`); returns their ids, in asking order. */
function clearInapplicable(state: DialogueState, today: string, kept: ReadonlySet<string>): string[] {
  const gone = new Set(inapplicableAnswers(state, today).filter((id) => !kept.has(id)));
  for (const id of gone) delete state.answers[id];
  state.skipped = state.skipped.filter((id) => !gone.has(id));
  prune(state);
  return QUESTIONS.filter((q) => gone.has(q.id)).map((q) => q.id);
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
  state.current = last;
  state.mode = "check";
  delete state.editing;
  return askCurrent(state, plans, [t(state.lang, "undone")]);
}

/** Marks the current question as unknown and moves on. */
export function skip(state: DialogueState, plans: TurnPlans): Reply[] {
  if (!state.current) return askNext(state, plans);
  const id = state.current;
  if (!state.skipped.includes(id)) state.skipped.push(id);
  delete state.answers[id];
  // `order` is the history of answered and skipped questions alike, so that back returns to a skipped one.
  state.order = [...state.order.filter((x) => x !== id), id];
  delete state.editing;
  return askNext(state, plans, [t(state.lang, "skipped")]);
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

/** The summary to confirm before results. */
export function summary(state: DialogueState): Reply[] {
  state.mode = "summary";
  state.current = null;
  const lang = state.lang;
  const rows = QUESTIONS.filter((q) => state.answers[q.id] !== undefined || state.skipped.includes(q.id)).map(
    (q) => `• ${t(lang, `l.${q.id}` as MessageKey)}: ${displayAnswer(q, state.answers[q.id], lang)}`,
  );
  const text = rows.length ? [t(lang, "summary.title"), ...rows].join("\n") : t(lang, "summary.empty");
  const choices: Choice[] = [
    { id: "c:results", label: t(lang, "summary.confirm") },
    { id: "c:edit", label: t(lang, "summary.change") },
    { id: "c:restart", label: t(lang, "nav.restart") },
  ];
  return [show(state, { kind: "choices", text, choices })];
}

/** The list of answers to pick one to change. */
export function editMenu(state: DialogueState): Reply[] {
  state.mode = "edit";
  const lang = state.lang;
  const answered = QUESTIONS.filter((q) => state.answers[q.id] !== undefined || state.skipped.includes(q.id));
  if (answered.length === 0) return summary(state);
  const choices: Choice[] = answered.map((q) => ({ id: `e:${q.id}`, label: `${t(lang, `l.${q.id}` as MessageKey)}: ${displayAnswer(q, state.answers[q.id], lang)}` }));
  choices.push({ id: "c:summary", label: t(lang, "nav.back") });
  return [show(state, { kind: "choices", text: t(lang, "edit.pick"), choices })];
}

/** Re-asks question `id` to change its answer, then returns to the summary. */
export function editAnswer(state: DialogueState, id: string, plans: TurnPlans): Reply[] {
  const q = QUESTION_BY_ID.get(id);
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
