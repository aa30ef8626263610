/**
 * The replies that carry the scripted applicant's results, in every
 * language: the Chinese script is run once through the real engine, then
 * the user switches language (`/lang xx`) and asks for the results again.
 * The script's applicant qualifies for most measures, so these are the
 * longest cards a channel has to carry.
 */
import { Conversations } from "../../core/dialogues/conversations.ts";
import type { Reply } from "../../core/dialogues/types.ts";
import { LANGS, type Lang } from "../../core/i18n/langs.ts";
import { MemoryStore } from "../../core/store/memory-store.ts";
import { SessionStore } from "../../core/store/session-store.ts";
import { ANSWERS_ZH, runScript, SCRIPT_TODAY, textOf } from "./conversation-script.ts";

/** Per language, the replies of `/results` after the scripted check. */
export async function resultRepliesByLang(): Promise<Map<Lang, Reply[]>> {
  const store = new MemoryStore();
  const conversations = new Conversations({ sessions: new SessionStore(store), today: () => SCRIPT_TODAY });
  const user = "test:results";
  const send = async (text: string): Promise<string> => textOf(await conversations.handle(user, { kind: "text", text }));
  await send("你好");
  const { last } = await runScript(send, ANSWERS_ZH, "zh", "/check");
  if (!last) throw new Error("the script did not run");
  const out = new Map<Lang, Reply[]>();
  for (const lang of LANGS) {
    await conversations.handle(user, { kind: "command", name: "lang", arg: lang });
    const replies = await conversations.handle(user, { kind: "command", name: "results" });
    if (!replies.some((r) => r.kind === "result")) throw new Error(`no result card in ${lang}: ${textOf(replies).slice(0, 200)}`);
    out.set(lang, replies);
  }
  await store.close();
  return out;
}
