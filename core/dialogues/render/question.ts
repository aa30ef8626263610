/** Renders a question as a channel-neutral reply: text with progress and hint, and its choices. */
import type { Lang } from "../../i18n/langs.ts";
import { t, type MessageKey } from "../../i18n/messages/index.ts";
import type { QuestionDef } from "../questions/bank.ts";
import { listOf, textId } from "../questions/lists.ts";
import type { Choice, Reply } from "../types.ts";

/** Choice ids: `a:<option>` answers, `t:<option>` toggles a multiple choice, `c:<command>` navigates. */
export const CHOICE = {
  answer: (o: string) => `a:${o}`,
  toggle: (o: string) => `t:${o}`,
  command: (c: string) => `c:${c}`,
} as const;

/** The label of an option of question `q`. */
export function optionLabel(q: QuestionDef, option: string, lang: Lang): string {
  return t(lang, `o.${textId(q)}.${option}` as MessageKey);
}

/** Navigation under every question: back and "don't know". */
function navigation(lang: Lang, canGoBack: boolean): Choice[] {
  const nav: Choice[] = [{ id: CHOICE.command("skip"), label: t(lang, "nav.skip") }];
  if (canGoBack) nav.unshift({ id: CHOICE.command("back"), label: t(lang, "nav.back") });
  return nav;
}

/** The reply that asks `q`. `picked` lists the options already selected in a multiple choice. */
export function renderQuestion(
  q: QuestionDef,
  lang: Lang,
  progress: { n: number; total: number },
  options: { canGoBack: boolean; picked?: string[]; prefix?: string[] },
): Reply {
  const list = listOf(q.id);
  // A question about one item of a list says which item: "Project 2".
  const item = list && q.item !== undefined && q.base !== list.more ? [t(lang, `list.${list.list}.item` as MessageKey, { n: q.item })] : [];
  const lines = [...(options.prefix ?? []), `${t(lang, "progress", progress)}`, ...item, t(lang, `q.${textId(q)}` as MessageKey)];
  const hint = t(lang, `hint.${q.type === "choice" ? "choice" : q.type}` as MessageKey);
  let choices: Choice[] = [];
  if (q.type === "yesno") {
    choices = [{ id: CHOICE.answer("yes"), label: t(lang, "yes") }, { id: CHOICE.answer("no"), label: t(lang, "no") }];
  } else if (q.type === "choice") {
    choices = (q.options ?? []).map((o) => ({ id: CHOICE.answer(o), label: optionLabel(q, o, lang) }));
  } else if (q.type === "multi") {
    const picked = options.picked ?? [];
    choices = (q.options ?? []).map((o) => ({ id: CHOICE.toggle(o), label: `${picked.includes(o) ? "✓ " : ""}${optionLabel(q, o, lang)}` }));
    // The hint says "then Done", so Done is always offered; the interests question also offers "All of them".
    if (q.id === "interests") choices.push({ id: CHOICE.answer("all"), label: t(lang, "multi.all") });
    choices.push({ id: CHOICE.answer("done"), label: t(lang, "multi.done") });
    if (picked.length) lines.push(t(lang, "multi.picked", { items: picked.map((o) => optionLabel(q, o, lang)).join(", ") }));
  }
  lines.push(hint);
  const typed = q.type !== "choice" && q.type !== "multi" && q.type !== "yesno";
  return {
    kind: "choices",
    text: lines.join("\n"),
    choices: [...choices, ...navigation(lang, options.canGoBack)],
    ...(q.type === "multi" ? { multi: true } : {}),
    ...(typed ? { typed: true } : {}),
  };
}
