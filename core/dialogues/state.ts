/** Creating and migrating the dialogue state (plain JSON, versioned). */
import { isLang, type Lang } from "../i18n/langs.ts";
import { migrateListsV1 } from "./migrate-v1.ts";
import { questionById } from "./questions/lists.ts";
import { fitsQuestion } from "./questions/stored-answer.ts";
import type { AnswerValue, DialogueState, Mode } from "./types.ts";

/** The modes the language menu can return to. */
const RETURNABLE: readonly string[] = ["menu", "check", "summary", "edit", "results", "qa"] satisfies Exclude<Mode, "lang">[];

/** The current state version: 2 asks lists item by item (version 1 asked a count and a typical value). */
export const STATE_VERSION = 2;

/** A fresh state in `lang`. */
export function newState(lang: Lang, langChosen: boolean, now: string): DialogueState {
  return { v: STATE_VERSION, lang, langChosen, mode: langChosen ? "menu" : "lang", answers: {}, order: [], skipped: [], current: null, at: now };
}

/**
 * Brings a stored state to the current version. Returns null for anything
 * that is not a state we can read (the engine then starts afresh and says so
 * rather than failing). Answers that no longer fit their question (an
 * unknown question, a value of the wrong shape) are dropped, so the question
 * is asked again.
 */
export function migrate(raw: unknown): DialogueState | null {
  if (typeof raw !== "object" || raw === null) return null;
  const stored = raw as Omit<Partial<DialogueState>, "v"> & { v?: unknown };
  if (stored.v !== 1 && stored.v !== STATE_VERSION) return null;
  if (!isLang(stored.lang) || typeof stored.answers !== "object" || stored.answers === null || !Array.isArray(stored.order) || !Array.isArray(stored.skipped)) return null;
  let s = { ...stored, lang: stored.lang, answers: stored.answers, order: stored.order, skipped: stored.skipped };
  if (stored.v === 1) {
    const current = typeof s.current === "string" ? s.current : null;
    const lists = migrateListsV1({ answers: s.answers, order: s.order, skipped: s.skipped, current });
    // What was shown or picked belonged to the old questions.
    const moved = lists.current !== current;
    s = { ...s, ...lists, ...(moved ? { picking: undefined, shown: undefined } : {}) };
  }
  return {
    v: STATE_VERSION,
    lang: s.lang,
    langChosen: s.langChosen === true,
    mode: s.mode ?? "menu",
    answers: fittingAnswers(s.answers),
    order: s.order.filter((x): x is string => typeof x === "string"),
    skipped: s.skipped.filter((x): x is string => typeof x === "string"),
    current: typeof s.current === "string" ? s.current : null,
    ...(Array.isArray(s.picking) ? { picking: s.picking } : {}),
    ...(typeof s.before === "string" && RETURNABLE.includes(s.before) ? { before: s.before } : {}),
    ...(s.editing ? { editing: true } : {}),
    ...(Array.isArray(s.shown) ? { shown: s.shown } : {}),
    ...(typeof s.interim === "string" ? { interim: s.interim } : {}),
    at: typeof s.at === "string" ? s.at : new Date(0).toISOString(),
  };
}

function fittingAnswers(answers: Record<string, unknown>): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    const q = questionById(id);
    if (q && fitsQuestion(q, value as AnswerValue)) kept[id] = value as AnswerValue;
  }
  return kept;
}
