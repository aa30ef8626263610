/** `policy-assistant ask [--json] [--lang CODE] "question"`: ranks the measures for a free question. */
import { answerText } from "../core/dialogues/qa-reply.ts";
import { chooseLanguage } from "../core/i18n/detect/index.ts";
import { isLang, LANGS, type Lang } from "../core/i18n/langs.ts";
import { ask } from "../core/qa/ask.ts";
import type { ParsedArgs } from "./args.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";
import { ASK } from "./specs.ts";

/** Runs `ask`. The question is every argument that is not an option, joined. */
export async function runAsk({ values, positionals }: ParsedArgs<typeof ASK.options>, io: CliIo): Promise<number> {
  const langArg = values.lang;
  if (langArg !== undefined && !isLang(langArg)) throw new CliError(`--lang must be one of ${LANGS.join(", ")}`);
  const question = positionals.join(" ").trim();
  if (!question) throw new CliError(`usage: ${ASK.usage}`);
  const language: Lang = langArg ?? chooseLanguage({ text: question }).lang;
  const result = ask(question, language);
  const answer = answerText(result, language);
  io.stdout(values.json ? `${JSON.stringify({ language, measures: result.measures, general: result.general, answer }, null, 2)}\n` : `${answer}\n`);
  return EXIT.ok;
}
