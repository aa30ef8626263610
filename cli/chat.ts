/** `policy-assistant chat [--lang CODE] [--today YYYY-MM-DD]`: the chat in the terminal. */
import { isIsoDate } from "../core/rules/profile.ts";
import { isLang, LANGS, type Lang } from "../core/i18n/langs.ts";
import { createExplainer } from "../core/explain/index.ts";
import { createStore } from "../core/store/create-store.ts";
import { runTerminalChat } from "../bots/terminal/chat.ts";
import { CliError, type CliIo, EXIT } from "./io.ts";

/** Reads `--name value` from args. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new CliError(`${name} needs a value`);
  return v;
}

/** Runs the terminal chat on the process's stdin/stdout. */
export async function runChat(args: string[], _io: CliIo): Promise<number> {
  const langArg = option(args, "--lang");
  if (langArg !== undefined && !isLang(langArg)) throw new CliError(`--lang must be one of ${LANGS.join(", ")}`);
  const today = option(args, "--today");
  if (today !== undefined && !isIsoDate(today)) throw new CliError("--today must be a date written YYYY-MM-DD");
  const store = await createStore(process.env);
  try {
    const explainer = createExplainer(process.env, { store });
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
