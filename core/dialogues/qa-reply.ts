/** Replies to a free question: the best measures with their summaries, general answers, and an offer to check. */
import { formatDate } from "../i18n/format.ts";
import type { Lang } from "../i18n/langs.ts";
import { measureText } from "../i18n/measures/render.ts";
import { t } from "../i18n/messages/index.ts";
import { ask as defaultAsk, type AskResult } from "../qa/ask.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import { VALID_FROM, VALID_UNTIL } from "../rules/policy.ts";
import { headingOf } from "../i18n/labels.ts";
import { show } from "./flow.ts";
import { menuChoices } from "./menus.ts";
import type { DialogueState, Reply } from "./types.ts";

/** The answer text for a ranking, in `lang` (also used by `policy-assistant ask`). */
export function answerText(result: AskResult, lang: Lang, top = result.general.length ? 1 : 3): string {
  const parts: string[] = [];
  const dates = { validFrom: formatDate(VALID_FROM, lang), validUntil: formatDate(VALID_UNTIL, lang) };
  for (const g of result.general) parts.push(t(lang, `general.${g}`, dates));
  const measures = result.measures.slice(0, top);
  if (measures.length) {
    parts.push(t(lang, "qa.intro"));
    for (const id of measures) {
      const m = MEASURE_BY_ID.get(id)!;
      const text = measureText(id, lang);
      parts.push(`${headingOf(text.title, m.clause, lang)}\n${text.summary}`);
    }
  }
  if (parts.length === 0) parts.push(t(lang, "qa.noMatch"));
  return parts.join("\n\n");
}

/** Answers `question` for the user in `state`; offers the check unless one is under way. */
export function answerQuestion(question: string, state: DialogueState, ask?: (q: string, lang: Lang) => AskResult): Reply[] {
  const lang = state.lang;
  const result = (ask ?? defaultAsk)(question, lang);
  const replies: Reply[] = [{ kind: "text", text: answerText(result, lang) }];
  if (state.mode !== "check") {
    if (state.mode !== "summary" && state.mode !== "results" && state.mode !== "edit") state.mode = "qa";
    replies.push(show(state, { kind: "choices", text: t(lang, "qa.offerCheck"), choices: menuChoices(lang, false) }));
  }
  return replies;
}
