/** `policy-assistant chat [--lang CODE] [--today YYYY-MM-DD]`: the chat in the terminal. */
import { isIsoDate } from "../core/rules/profile.ts";
import { isLang, LANGS, type Lang } from "../core/i18n/langs.ts";
import { createExplainer } from "../core/explain/config.ts";
import { createStore } from "../core/store/create-store.ts";
import { runTerminalChat } from "../bots/terminal/chat.ts";
import type { ParsedArgs } from "./args.ts";
import { loadDotEnv } from "./dotenv.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";
import { CHAT } from "./specs.ts";

/** The options `chat` takes; `start` passes none when it opens the chat. */
export type ChatOptions = Partial<ParsedArgs<typeof CHAT.options>["values"]>;

/** Runs `chat` from its command line: reads `.env` as `start` does, then opens the chat. */
export async function runChat({ values, positionals }: ParsedArgs<typeof CHAT.options>, io: CliIo): Promise<number> {
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"\nusage: ${CHAT.usage}`);
  loadDotEnv();
  return openChat(values, io);
}

/** Runs the terminal chat on the process's stdin/stdout (the environment is read as it is). */
export async function openChat(options: ChatOptions, _io: CliIo): Promise<number> {
  const langArg = options.lang;
  if (langArg !== undefined && !isLang(langArg)) throw new CliError(`--lang must be one of ${LANGS.join(", ")}`);
  const today = options.today;
  if (today !== undefined && !isIsoDate(today)) throw new CliError("--today must be a date written YYYY-MM-DD");
  const store = await createStore(process.env);
  try {
    const explainer = await createExplainer(process.env, { store });
    await runTerminalChat({
      explainer,
      store,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      ...(langArg ? { lang: langArg as Lang } : {}),
      ...(process.env.LANG ? { localeHint: process.env.LANG.split(".")[0]!.replace("_", "-") } : {}),
      ...(today ? { today } : {}),
    });
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
