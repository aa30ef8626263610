/** `policy-assistant ask [--json] [--lang CODE] "question"`: ranks the measures for a free question. */
import { answerText } from "../core/dialogues/qa-reply.ts";
import { chooseLanguage } from "../core/i18n/detect/index.ts";
import { isLang, LANGS, type Lang } from "../core/i18n/langs.ts";
import { ask } from "../core/qa/ask.ts";
import { option } from "./chat.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";

/** Runs `ask`. The question is every argument that is not an option, joined. */
export async function runAsk(args: string[], io: CliIo): Promise<number> {
  const json = args.includes("--json");
  const langArg = option(args, "--lang");
  if (langArg !== undefined && !isLang(langArg)) throw new CliError(`--lang must be one of ${LANGS.join(", ")}`);
  const words = args.filter((a, i) => a !== "--json" && a !== "--lang" && args[i - 1] !== "--lang");
  const unknown = words.find((w) => w.startsWith("--"));
  if (unknown) throw new CliError(`unknown option ${unknown} (see: policy-assistant help)`);
  const question = words.join(" ").trim();
  if (!question) throw new CliError('usage: policy-assistant ask [--json] [--lang CODE] "your question"');
  const language: Lang = langArg ?? chooseLanguage({ text: question }).lang;
  const result = ask(question, language);
  const answer = answerText(result, language);
  io.stdout(json ? `${JSON.stringify({ language, measures: result.measures, general: result.general, answer }, null, 2)}\n` : `${answer}\n`);
  return EXIT.ok;
}
