/**
 * Turns the dialogue's answers into a Profile v1 (as JSON input) and records,
 * for every profile path, which questions settle it; both are derived from the
 * question bank. List items (events, executives, hires, projects, loans) are
 * built one by one from the answers about each item (`projectInvestment#2`,
 * see `lists.ts`).
 */
import { D } from "../../rules/money.ts";
import type { Profile } from "../../rules/profile.ts";
import type { AnswerValue } from "../types.ts";
import { QUESTIONS, type QuestionDef } from "./bank.ts";
import { itemCount, itemId, LISTS, type ListDef } from "./lists.ts";

/** Lists of the profile, written by the list builder below rather than one answer to one field. */
const LIST_NAMES: ReadonlySet<string> = new Set(LISTS.map((l) => l.list));

/** True when `field` is a list or inside one. */
const inList = (field: string) => LIST_NAMES.has(field.split(/[.[]/)[0]!);

/** What buildProfile derives from the question bank alone, once per bank (it runs on every turn). */
interface BankShape {
  /** Every [path, question id] of the questions' plain (non-list) paths, in bank order. */
  notes: [string, string][];
  /** The questions whose one path is a plain field, with that path. */
  direct: [QuestionDef, string][];
  /** Per list, its item questions with the item fields each settles. */
  items: Map<ListDef, [QuestionDef, string[]][]>;
}

const SHAPES = new WeakMap<readonly QuestionDef[], BankShape>();

function shapeOf(questions: readonly QuestionDef[]): BankShape {
  let shape = SHAPES.get(questions);
  if (!shape) {
    shape = { notes: [], direct: [], items: new Map() };
    for (const q of questions) {
      for (const p of q.paths) if (!p.includes("[]")) shape.notes.push([p, q.id]);
      if (q.paths.length === 1 && !inList(q.paths[0]!)) shape.direct.push([q, q.paths[0]!]);
    }
    for (const list of LISTS) {
      const prefix = `${list.list}[].`;
      const asked = questions.filter((q) => list.items.includes(q.id));
      shape.items.set(list, asked.map((q) => [q, q.paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length))]));
    }
    SHAPES.set(questions, shape);
  }
  return shape;
}

/** How an answer is written when its question does not say: money and rates as Decimal, the rest as given. */
function written(q: QuestionDef, answer: AnswerValue): unknown {
  if (q.write) return q.write(answer);
  return q.type === "money" || q.type === "percent" ? new D(String(answer)) : answer;
}

/**
 * A built profile and, per path, the questions (in order) that settle it.
 * The profile is ready to evaluate: every answer was checked when it was read
 * (and stored answers when the state was loaded), so it is not validated again.
 */
export interface BuiltProfile {
  profile: Profile;
  provenance: Map<string, string[]>;
}

type Answers = Readonly<Record<string, AnswerValue>>;
type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null) node[k] = {};
    node = node[k] as Json;
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * Builds the profile for the answers given so far, from the questions of
 * `questions` (the bank; a test passes its own). Unanswered questions leave
 * their paths absent (unknown).
 */
export function buildProfile(answers: Answers, asOf?: string, questions: readonly QuestionDef[] = QUESTIONS): BuiltProfile {
  const profile: Json = {};
  const provenance = new Map<string, string[]>();
  const note = (path: string, ...ids: string[]) => provenance.set(path, ids);
  if (asOf) profile.asOf = asOf;

  const shape = shapeOf(questions);
  for (const [path, id] of shape.notes) note(path, id);
  for (const [q, path] of shape.direct) {
    const answer = answers[q.id];
    if (answer !== undefined) setPath(profile, path, written(q, answer));
  }
  for (const list of LISTS) buildList(list, shape.items.get(list)!, answers, profile, note);
  return { profile: profile as Profile, provenance };
}

/**
 * One list: absent while its opener is unanswered, empty after "no", else an
 * item for each item the answers hold, with the fields its questions settle;
 * each field is noted as settled by the question about that item.
 */
function buildList(list: ListDef, asked: [QuestionDef, string[]][], answers: Answers, profile: Json, note: (path: string, ...ids: string[]) => void): void {
  if (answers[list.opener] === undefined) return;
  const items: Json[] = [];
  const count = itemCount(list, answers);
  for (let n = 1; n <= count; n++) {
    const item: Json = { ...list.fixed };
    for (const [q, fields] of asked) {
      const id = itemId(q.id, n);
      for (const field of fields) note(`${list.list}[${n - 1}].${field}`, id);
      const answer = answers[id];
      if (answer === undefined) continue;
      const value = written(q, answer);
      if (fields.length > 1) Object.assign(item, value);
      else item[fields[0]!] = value;
    }
    items.push(item);
  }
  profile[list.list] = items;
}
