/**
 * States of version 1 asked lists as a count and one typical value
 * (`projectCount` and the projects' total `projectInvestment`, `execCount`
 * and `execPay`, the event kinds with `launchCount`…, `hasLoans` and one
 * loan). Version 2 asks them item by item (`lists.ts`). This turns the old
 * answers into items that give the same profile as before: the count times
 * the value given (the projects' total shared equally, as it was, to the fen), at most
 * {@link LIST_LIMIT} items, each list closed with "no" to "add another".
 */
import { D } from "../rules/money.ts";
import { itemCount, itemId, LIST_LIMIT, LISTS, type ListDef } from "./questions/lists.ts";
import type { AnswerValue } from "./types.ts";

type Answers = Record<string, AnswerValue>;

/** One item of a migrated list: answers by item question, and the item questions skipped. */
interface OldItem {
  answers: Record<string, AnswerValue | undefined>;
  skipped: string[];
}

/** Every id version 1 used for lists, by the list it now belongs to. */
const OLD_IDS: Record<string, readonly string[]> = {
  events: ["events", "launchCount", "launchCost", "forumRecognized", "forumAseanCost", "forumCenterCost"],
  aseanProjects: ["projectCount", "projectInvestment"],
  newExecutives: ["execCount", "execPay"],
  newTechTalent: ["talentCount", "talentPay", "talentNetPay"],
  loans: ["hasLoans", "loanPrincipal", "loanRate", "loanYears"],
};

/** The version 1 question each item question of version 2 takes its answer from, in a migrated list. */
const SAME_AS: Record<string, string> = {
  projectInvestment: "projectInvestment", execPay: "execPay", talentPay: "talentPay", talentNetPay: "talentNetPay",
  loanPrincipal: "loanPrincipal", loanRate: "loanRate", loanYears: "loanYears",
};

/** A stored state of version 1, as far as the migration reads it. */
export interface V1Lists {
  answers: Answers;
  order: string[];
  skipped: string[];
  current: string | null;
}

const count = (v: AnswerValue | undefined): number | undefined => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined);

/** The items of one list in a version 1 state: undefined when the list was not answered yet. */
function oldItems(list: ListDef, s: V1Lists): OldItem[] | undefined {
  const a = s.answers;
  const skipped = (id: string) => s.skipped.includes(id);
  const item = (fields: Record<string, string>): OldItem => {
    const out: OldItem = { answers: {}, skipped: [] };
    for (const [now, old] of Object.entries(fields)) {
      if (a[old] !== undefined) out.answers[now] = a[old];
      else if (skipped(old)) out.skipped.push(now);
    }
    return out;
  };
  const repeated = (n: number, fields: Record<string, string>): OldItem[] => Array.from({ length: Math.min(n, LIST_LIMIT) }, () => item(fields));
  switch (list.list) {
    case "events": {
      const kinds = a.events;
      if (!Array.isArray(kinds)) return undefined;
      const items: OldItem[] = [];
      if (kinds.includes("launch_center")) {
        // Version 1 built one launch when the count was not given.
        const n = count(a.launchCount) ?? 1;
        for (const it of repeated(n, { eventCost: "launchCost" })) items.push({ ...it, answers: { eventKind: "launch_center", ...it.answers } });
      }
      for (const [option, cost] of [["forum_asean", "forumAseanCost"], ["forum_center", "forumCenterCost"]] as const) {
        if (!kinds.includes(option)) continue;
        const it = item({ eventRecognized: "forumRecognized", eventCost: cost });
        items.push({ ...it, answers: { eventKind: option, ...it.answers } });
      }
      return items.slice(0, LIST_LIMIT);
    }
    case "aseanProjects": {
      const n = count(a.projectCount);
      if (n === undefined) return undefined;
      const items = repeated(n, { projectInvestment: "projectInvestment" });
      // Version 1 asked the projects' total investment and shared it equally; the share is kept to the
      // fen, as an amount a user could have typed (a third of 10,000,000 has no end of decimals to show).
      if (typeof a.projectInvestment === "string" && n > 0) {
        const share = new D(a.projectInvestment).dividedBy(n).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed();
        for (const it of items) it.answers.projectInvestment = share;
      }
      return items;
    }
    case "newExecutives": {
      const n = count(a.execCount);
      return n === undefined ? undefined : repeated(n, { execPay: SAME_AS.execPay! });
    }
    case "newTechTalent": {
      const n = count(a.talentCount);
      return n === undefined ? undefined : repeated(n, { talentPay: SAME_AS.talentPay!, talentNetPay: SAME_AS.talentNetPay! });
    }
    case "loans": {
      if (typeof a.hasLoans !== "boolean") return undefined;
      return a.hasLoans ? [item({ loanPrincipal: "loanPrincipal", loanRate: "loanRate", loanYears: "loanYears" })] : [];
    }
  }
}

/**
 * Rewrites the list answers of a version 1 state as items, in place of the
 * old ids in the answers, the skipped questions, the order (where the list's
 * first old answer was) and the question awaiting an answer (the item
 * question that asks the same, or the list's opener). Other answers are left
 * as they are.
 */
export function migrateListsV1(s: V1Lists): V1Lists {
  const answers: Answers = { ...s.answers };
  let skipped = [...s.skipped];
  let order = [...s.order];
  let current = s.current;
  for (const list of LISTS) {
    const old = OLD_IDS[list.list]!;
    const items = oldItems(list, s);
    const ids: string[] = [];
    for (const id of old) delete answers[id];
    skipped = skipped.filter((id) => !old.includes(id));
    if (items !== undefined) {
      answers[list.opener] = items.length > 0;
      ids.push(list.opener);
      items.forEach((it, i) => {
        const n = i + 1;
        for (const [q, v] of Object.entries(it.answers)) if (v !== undefined) answers[itemId(q, n)] = v;
        for (const q of it.skipped) skipped.push(itemId(q, n));
        ids.push(...list.items.map((q) => itemId(q, n)).filter((id) => answers[id] !== undefined || skipped.includes(id)));
        // The count was given: the list ends at its last item. Without the count of launches (the
        // question awaited), "add another event?" stays open after the last event.
        if (n === items.length && current === "launchCount") return;
        answers[itemId(list.more, n)] = n < items.length;
        ids.push(itemId(list.more, n));
      });
    } else if (s.skipped.some((id) => old.includes(id))) {
      // The count (or whether there were loans) was not known: the list stays unknown.
      skipped.push(list.opener);
      ids.push(list.opener);
    }
    const at = order.findIndex((id) => old.includes(id));
    order = order.filter((id) => !old.includes(id));
    if (ids.length) order.splice(at < 0 ? order.length : at, 0, ...ids);
    if (current !== null && old.includes(current)) current = awaited(list, current, answers);
  }
  return { answers, order, skipped, current };
}

/** The version 1 list questions about one event, with the event option they were about (any forum when absent). */
const EVENT_FIELDS: Record<string, [string, string | null]> = {
  launchCost: ["eventCost", "launch_center"],
  forumRecognized: ["eventRecognized", null],
  forumAseanCost: ["eventCost", "forum_asean"],
  forumCenterCost: ["eventCost", "forum_center"],
};

/**
 * The question of version 2 that asks what version 1's `current` asked: the
 * same question about the first item still without an answer (for events,
 * the first of the kind it was about), else the list's opener.
 */
function awaited(list: ListDef, current: string, answers: Answers): string {
  if (answers[list.opener] !== true) return list.opener;
  if (current === "launchCount") {
    // The launches' count was awaited: the launch's cost if it is still unknown, else "add another event?".
    const cost = itemId("eventCost", 1);
    return answers[cost] === undefined ? cost : itemId(list.more, itemCount(list, answers));
  }
  const event = EVENT_FIELDS[current];
  const q = event?.[0] ?? SAME_AS[current];
  if (!q) return list.opener;
  for (let n = 1; n <= LIST_LIMIT; n++) {
    const kind = answers[itemId("eventKind", n)];
    const fits = !event || (event[1] === null ? kind !== "launch_center" : kind === event[1]);
    if (fits && answers[itemId(q, n)] === undefined) return itemId(q, n);
    if (answers[itemId(list.more, n)] !== true) break;
  }
  return list.opener;
}
