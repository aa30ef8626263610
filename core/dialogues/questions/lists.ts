/**
 * Lists asked item by item: events, ASEAN projects, new executives, new
 * high-end hires and loans. A yes/no question opens the list ("Do you have
 * projects deployed in ASEAN?"); each item's questions are then asked for
 * item 1, then "Add another project?", and so on, up to {@link LIST_LIMIT}
 * items. The per-item caps of （四）（十三）（十四） and the pay bands of
 * （十八） make an average wrong, so every item is its own.
 *
 * An item's answer is stored under the question's id and the item number,
 * `projectInvestment#2`: the state stays flat JSON, and back, skip, the
 * summary and editing work on items as on any question.
 */
import type { MeasureId } from "../../rules/types.ts";
import type { AnswerValue } from "../types.ts";
import { QUESTION_BY_ID, QUESTION_ORDER, type QuestionDef } from "./bank.ts";

/** The most items the chat takes in one list: far above a usual applicant, small enough for the stored state (the profile allows 1,000). */
export const LIST_LIMIT = 20;

/** The profile's lists the chat asks item by item. */
export type ListName = "events" | "aseanProjects" | "newExecutives" | "newTechTalent" | "loans";

/** One list: the question that opens it, its item questions, "add another?", and the fields every item has. */
export interface ListDef {
  list: ListName;
  /** The yes/no question that says whether there is any item; it settles the list itself. */
  opener: string;
  /** The questions about one item, in asking order. */
  items: readonly string[];
  /** "Add another …?" after each item. */
  more: string;
  /** Fields every item has, said by the opener ("already deployed", "paid by the enterprise"). */
  fixed: Readonly<Record<string, unknown>>;
  /** The measures the list's items count for. */
  measures: readonly MeasureId[];
}

/** The lists, in the bank's order. */
export const LISTS: readonly ListDef[] = [
  { list: "events", opener: "hasEvents", items: ["eventKind", "eventCost", "eventRecognized"], more: "eventMore", fixed: {}, measures: ["m04", "m13"] },
  { list: "aseanProjects", opener: "hasProjects", items: ["projectInvestment"], more: "projectMore", fixed: { deployed: true }, measures: ["m14"] },
  { list: "newExecutives", opener: "hasExecs", items: ["execPay"], more: "execMore", fixed: { paidByEnterprise: true }, measures: ["m17"] },
  { list: "newTechTalent", opener: "hasTalent", items: ["talentPay", "talentNetPay"], more: "talentMore", fixed: {}, measures: ["m18"] },
  { list: "loans", opener: "hasLoans", items: ["loanPrincipal", "loanRate", "loanYears"], more: "loanMore", fixed: {}, measures: ["m21"] },
];

/** Each list by the ids of its opener, item and "more" questions. */
const LIST_BY_QUESTION: ReadonlyMap<string, ListDef> = new Map(LISTS.flatMap((l) => [l.opener, ...l.items, l.more].map((id) => [id, l] as const)));

/** The list a bank question belongs to (its opener, an item question or "more"), if any. */
export function listOf(id: string): ListDef | undefined {
  return LIST_BY_QUESTION.get(id) ?? LIST_BY_QUESTION.get(baseOf(id));
}

/** The id of question `base` about item `n`: `projectInvestment#2`. */
export const itemId = (base: string, n: number): string => `${base}#${n}`;

const ITEM_ID = /^([A-Za-z]+)#(\d{1,3})$/;

/** Splits `projectInvestment#2` into the bank's id and the item number (null for a question not about an item). */
export function splitId(id: string): { base: string; item: number | null } {
  // Most ids are a bank question's: no "#", nothing to match (this runs many times a turn).
  if (!id.includes("#")) return { base: id, item: null };
  const m = ITEM_ID.exec(id);
  return m ? { base: m[1]!, item: Number(m[2]) } : { base: id, item: null };
}

/** The bank's id of a question id (`projectInvestment#2` → `projectInvestment`). */
export const baseOf = (id: string): string => splitId(id).base;

/** The catalogue id of a question's texts (`q.<id>`, `l.<id>`…): the bank's question it asks. */
export const textId = (q: QuestionDef): string => q.base ?? q.id;

/**
 * Every question an id can name, made once: the bank's own (a list's item
 * and "more" questions only with their item number) and each list question
 * for items 1 to {@link LIST_LIMIT}. Ids are looked up many times a turn.
 */
const BY_ID: ReadonlyMap<string, QuestionDef> = (() => {
  const all = new Map<string, QuestionDef>();
  for (const [id, q] of QUESTION_BY_ID) {
    const list = LIST_BY_QUESTION.get(id);
    if (!list || id === list.opener) all.set(id, q);
  }
  for (const list of LISTS) {
    for (const base of [...list.items, list.more]) {
      for (let item = 1; item <= LIST_LIMIT; item++) all.set(itemId(base, item), { ...QUESTION_BY_ID.get(base)!, id: itemId(base, item), base, item });
    }
  }
  return all;
})();

/**
 * The question with `id`: a bank question, or a list question about one item
 * (`projectInvestment#2`, `projectMore#1`) for items 1 to {@link LIST_LIMIT}.
 * Undefined for anything else (an item question without its number, a list
 * question of item 0 or beyond the limit, an unknown id).
 */
export function questionById(id: string): QuestionDef | undefined {
  return BY_ID.get(id);
}

type Answers = Readonly<Record<string, AnswerValue>>;

/** How many items `list` has by the answers: 0 until its opener is yes, then 1 more for each "add another" answered yes. */
export function itemCount(list: ListDef, answers: Answers): number {
  if (answers[list.opener] !== true) return 0;
  const more = MORE_IDS.get(list)!;
  let n = 1;
  while (n < LIST_LIMIT && answers[more[n]!] === true) n++;
  return n;
}

/** Each list's "add another?" ids by item number (index 0 unused). */
const MORE_IDS: ReadonlyMap<ListDef, readonly string[]> = new Map(LISTS.map((l) => [l, Array.from({ length: LIST_LIMIT + 1 }, (_, n) => itemId(l.more, n))]));

/**
 * True when question `q` applies to the answers: its `when` holds and, for a
 * question about an item, that item is still in its list (not dropped by a
 * "no" to the opener or to an earlier "add another").
 */
export function applies(q: QuestionDef, answers: Answers): boolean {
  if (q.when && !q.when(answers)) return false;
  if (q.item === undefined) return true;
  return q.item <= itemCount(LIST_BY_QUESTION.get(q.base!)!, answers);
}

/** The sort key of a question: its bank position, and within a list the item, then the question's place in the item. */
function orderKey(id: string): [number, number, number] {
  const { base, item } = splitId(id);
  const own = QUESTION_ORDER.get(base) ?? Number.MAX_SAFE_INTEGER;
  if (item === null) return [own, 0, own];
  return [QUESTION_ORDER.get(listOf(base)!.opener)!, item, own];
}

/** The sort key of every id {@link questionById} knows, made once (the planner sorts on every turn). */
const ORDER_KEYS: ReadonlyMap<string, readonly [number, number, number]> = new Map([...BY_ID.keys()].map((id) => [id, orderKey(id)]));

/** Compares question ids in asking order: item 1's questions and its "add another?" come before item 2's. */
export function compareQuestions(a: string, b: string): number {
  const x = ORDER_KEYS.get(a) ?? orderKey(a);
  const y = ORDER_KEYS.get(b) ?? orderKey(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
