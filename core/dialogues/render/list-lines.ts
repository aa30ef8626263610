/**
 * The running result after an item of a list ("Project 2 added. So far under
 * Clause 14: up to CNY 3,400,000.00."), whose figures come from the rules
 * core's result, never from the dialogue.
 */
import { formatClause } from "../../i18n/format.ts";
import type { Lang } from "../../i18n/langs.ts";
import { statusLabel } from "../../i18n/labels.ts";
import { t, type MessageKey } from "../../i18n/messages/index.ts";
import type { MeasureResult } from "../../rules/types.ts";
import { LIST_LIMIT, type ListDef } from "../questions/lists.ts";
import { figureText } from "./results.ts";

/**
 * What the user hears once item `n` of `list` is complete: that it was added,
 * each of the list's measures within the user's interests with its figure so
 * far (those still open, or "not applicable" when none is: a hire paid below
 * every band), and at the limit that no more can be added.
 */
export function itemAddedLines(list: ListDef, n: number, inScope: readonly MeasureResult[], lang: Lang): string[] {
  const lines = [t(lang, `list.${list.list}.added` as MessageKey, { n })];
  const mine = inScope.filter((x) => list.measures.includes(x.measure));
  // A measure ruled out whatever the items (（四） for a university's events) is left out, unless all are.
  const open = mine.filter((x) => x.status !== "ineligible");
  for (const r of open.length ? open : mine) {
    const figure = r.status === "ineligible" ? statusLabel(r, lang) : figureText(r, lang);
    lines.push(t(lang, "list.soFar", { clause: formatClause(r.clause, lang), figure }));
  }
  if (n >= LIST_LIMIT) lines.push(t(lang, "list.limit", { n: LIST_LIMIT }));
  return lines;
}
