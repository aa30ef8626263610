/** `policy-assistant ask [--json] [--lang CODE] "question"`: ranks the measures for a free question. */
import { isLang, LANGS } from "../core/i18n/langs.ts";
import { answerQuestion } from "../server/api/answers.ts";
import type { ParsedArgs } from "./args.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";
import { ASK } from "./specs.ts";

/** Runs `ask`. The question is every argument that is not an option, joined. */
export async function runAsk({ values, positionals }: ParsedArgs<typeof ASK.options>, io: CliIo): Promise<number> {
  const langArg = values.lang;
  if (langArg !== undefined && !isLang(langArg)) throw new CliError(`--lang must be one of ${LANGS.join(", ")}`);
  const question = positionals.join(" ").trim();
  if (!question) throw new CliError(`usage: ${ASK.usage}`);
  // The API's /api/v1/ask answers with the same function.
  const answer = answerQuestion(question, langArg);
  io.stdout(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.answer}\n`);
  return EXIT.ok;
}
