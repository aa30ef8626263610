/**
 * What `check` and `ask` answer, as data: the CLI's `--json` output and the
 * API's bodies come from these functions, so that they cannot drift apart.
 */
import { answerText } from "../../core/dialogues/qa-reply.ts";
import { chooseLanguage } from "../../core/i18n/detect/index.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { ask } from "../../core/qa/ask.ts";

export { checkProfile } from "./check-profile.ts";

/** The answer to a free question (what `ask --json` prints). */
export function answerQuestion(question: string, lang?: Lang) {
  const language: Lang = lang ?? chooseLanguage({ text: question }).lang;
  const result = ask(question, language);
  return { language, measures: result.measures, general: result.general, answer: answerText(result, language) };
}
