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
  /** The question that settles each plain (non-list) path: the last in bank order that names it. */
  settles: Map<string, readonly string[]>;
  /** The questions whose one path is a plain field, with that path split at its dots. */
  direct: [QuestionDef, string[]][];
  /** Per list, its item questions with the item fields each settles. */
  items: Map<ListDef, [QuestionDef, string[]][]>;
  /** Per list name, the item question that settles each item field (the last that names it). */
  itemFields: Map<string, { list: ListDef; byField: Map<string, string> }>;
}

const SHAPES = new WeakMap<readonly QuestionDef[], BankShape>();

function shapeOf(questions: readonly QuestionDef[]): BankShape {
  let shape = SHAPES.get(questions);
  if (!shape) {
    shape = { settles: new Map(), direct: [], items: new Map(), itemFields: new Map() };
    for (const q of questions) {
      for (const p of q.paths) if (!p.includes("[]")) shape.settles.set(p, [q.id]);
      if (q.paths.length === 1 && !inList(q.paths[0]!)) shape.direct.push([q, q.paths[0]!.split(".")]);
    }
    for (const list of LISTS) {
      const prefix = `${list.list}[].`;
      const asked: [QuestionDef, string[]][] = questions
        .filter((q) => list.items.includes(q.id))
        .map((q) => [q, q.paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length))]);
      shape.items.set(list, asked);
      const byField = new Map<string, string>();
      for (const [q, fields] of asked) for (const field of fields) byField.set(field, q.id);
      shape.itemFields.set(list.list, { list, byField });
    }
    SHAPES.set(questions, shape);
  }
  return shape;
}

/** A list item's path: `events[2].cost` → list, index and field. */
const ITEM_PATH = /^([A-Za-z]+)\[(\d+)\]\.(.+)$/;

/**
 * Which questions settle each profile path, for the answers a profile was
 * built from. Looked up for the few paths a result misses, so an item's
 * paths are worked out when asked rather than written down for every item
 * of every list on every build.
 */
export class Provenance {
  /** @param counts the items each list had in the answers (absent: the list was not opened) */
  constructor(
    private readonly shape: BankShape,
    private readonly counts: ReadonlyMap<string, number>,
  ) {}

  /** The questions (in order) that settle `path`, or undefined when none does. */
  get(path: string): readonly string[] | undefined {
    const plain = this.shape.settles.get(path);
    if (plain || !path.includes("[")) return plain;
    const m = ITEM_PATH.exec(path);
    if (!m) return undefined;
    const fields = this.shape.itemFields.get(m[1]!);
    const index = Number(m[2]);
    const id = fields?.byField.get(m[3]!);
    if (id === undefined || index >= (this.counts.get(m[1]!) ?? 0)) return undefined;
    return [itemId(id, index + 1)];
  }
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
  provenance: Provenance;
}

type Answers = Readonly<Record<string, AnswerValue>>;
type Json = Record<string, unknown>;

function setPath(target: Json, keys: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
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
  if (asOf) profile.asOf = asOf;

  const shape = shapeOf(questions);
  for (const [q, keys] of shape.direct) {
    const answer = answers[q.id];
    if (answer !== undefined) setPath(profile, keys, written(q, answer));
  }
  const counts = new Map<string, number>();
  for (const list of LISTS) {
    const count = buildList(list, shape.items.get(list)!, answers, profile);
    if (count > 0) counts.set(list.list, count);
  }
  return { profile: profile as Profile, provenance: new Provenance(shape, counts) };
}

/**
 * The profile of `built` (made from `answers` by {@link buildProfile}) with
 * one more item in `list`, as if its last "add another?" were answered yes:
 * the same as building again with that answer, without building the rest.
 * Shares the built profile's other objects (the rules core reads a profile
 * and never changes it).
 */
export function withAnotherItem(built: BuiltProfile, list: ListDef, answers: Answers, questions: readonly QuestionDef[] = QUESTIONS): Profile {
  const profile = built.profile as unknown as Json;
  const items = (profile[list.list] as Json[] | undefined) ?? [];
  const extra = buildItem(list, shapeOf(questions).items.get(list)!, answers, items.length + 1);
  return { ...profile, [list.list]: [...items, extra] } as unknown as Profile;
}

/** Item `n` (from 1) of `list`: its fixed fields and what the answers about it settle. */
function buildItem(list: ListDef, asked: [QuestionDef, string[]][], answers: Answers, n: number): Json {
  const item: Json = { ...list.fixed };
  for (const [q, fields] of asked) {
    const answer = answers[itemId(q.id, n)];
    if (answer === undefined) continue;
    const value = written(q, answer);
    if (fields.length > 1) Object.assign(item, value);
    else item[fields[0]!] = value;
  }
  return item;
}

/**
 * One list: absent while its opener is unanswered, empty after "no", else an
 * item for each item the answers hold, with the fields its questions settle
 * (each field settled by the question about that item: see Provenance).
 * Returns the number of items.
 */
function buildList(list: ListDef, asked: [QuestionDef, string[]][], answers: Answers, profile: Json): number {
  if (answers[list.opener] === undefined) return 0;
  const items: Json[] = [];
  const count = itemCount(list, answers);
  for (let n = 1; n <= count; n++) items.push(buildItem(list, asked, answers, n));
  profile[list.list] = items;
  return count;
}
