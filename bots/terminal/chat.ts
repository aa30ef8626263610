/**
 * The terminal chat: the same engine, in-memory store (or Redis with
 * REDIS_URL), numbered choices. Interactive on a TTY; with piped input it
 * reads one message per line and writes replies to stdout, so a conversation
 * can be scripted: `printf '2\n1\n…' | npm start`.
 */
import { createInterface } from "node:readline";
import { Conversations } from "../../core/dialogues/conversations.ts";
import { newState } from "../../core/dialogues/state.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { SessionStore, userKeyOf } from "../../core/store/session-store.ts";
import { renderPlainAll } from "../kit/render-plain.ts";

/** Options of {@link runTerminalChat}. */
export interface TerminalChatOptions {
  store: KeyValueStore;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A language chosen on the command line (`--lang`). */
  lang?: Lang;
  /** The platform hint when no language was chosen (from the LANG environment variable). */
  localeHint?: string;
  interactive: boolean;
  explainer?: Explainer;
  /** Fixed evaluation date, for reproducible scripts (`--today`). */
  today?: string;
  user?: string;
}

/** Runs the chat until the input ends (or `/quit` on a terminal). Resolves when done. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const sessions = new SessionStore(options.store);
  const conversations = new Conversations({
    sessions,
    ...(options.explainer ? { explainer: options.explainer } : {}),
    ...(options.today ? { today: () => options.today! } : {}),
  });
  const userKey = userKeyOf("terminal", options.user ?? "local");
  const meta = options.localeHint ? { platformLang: options.localeHint } : {};
  const write = (text: string) => options.output.write(`${text}\n\n`);

  if (options.lang) await sessions.save(userKey, newState(options.lang, true, new Date().toISOString()));
  write(renderPlainAll(await conversations.handle(userKey, { kind: "start" }, meta)));

  const rl = createInterface({ input: options.input, ...(options.interactive ? { output: options.output, prompt: "> " } : {}), terminal: options.interactive });
  if (options.interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (options.interactive && (text === "/quit" || text === "/exit")) break;
    if (!text) {
      if (options.interactive) rl.prompt();
      continue;
    }
    if (!options.interactive) write(`> ${text}`);
    write(renderPlainAll(await conversations.handle(userKey, { kind: "text", text }, meta)));
    if (options.interactive) rl.prompt();
  }
  rl.close();
}
