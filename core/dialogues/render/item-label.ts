/** The names of list items ("Project 2") and answers' labels in the summary ("Project 2 · Investment"). */
import type { Lang } from "../../i18n/langs.ts";
import { t, type MessageKey } from "../../i18n/messages/index.ts";
import type { QuestionDef } from "../questions/bank.ts";
import { listOf, type ListDef, textId } from "../questions/lists.ts";

/** "Project 2", "项目2". */
export function itemName(list: ListDef, n: number, lang: Lang): string {
  return t(lang, `list.${list.list}.item` as MessageKey, { n });
}

/** An answer's label in the summary and the edit menu: "Project 2 · Investment" for an item, the question's label otherwise. */
export function answerLabel(q: QuestionDef, lang: Lang): string {
  const label = t(lang, `l.${textId(q)}` as MessageKey);
  const list = listOf(q.id);
  return list && q.item !== undefined ? `${itemName(list, q.item, lang)} · ${label}` : label;
}
