/**
 * A user talking to the dialogue engine directly, the stored state kept
 * between turns as a channel would keep it. `reach` answers whatever is asked
 * (found by the question's wording) until a given question comes up, so a
 * test survives changes to the question order.
 */
import { turn } from "../../core/dialogues/engine.ts";
import type { DialogueState, Input, Reply } from "../../core/dialogues/types.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { questionAsked, SCRIPT_TODAY, textOf } from "./conversation-script.ts";

/**
 * Answers typed the same way in every language: option numbers, digits and
 * ISO dates (yes is option 1, no option 2).
 */
export const NUMBERED_ANSWERS: Record<string, string> = {
  type: "1",
  ai: "1",
  settlement: "1",
  settledOn: "2025-06-01",
  asean: "2",
  interests: "8",
  site: "1",
  headcount: "30",
  tier: "2",
  coreStaff: "5",
};

/** A user of the engine in `lang`, at the script's date. */
export function engineUser(lang: Lang) {
  let state: DialogueState | null | undefined;
  let seen = "";
  const ctx = { today: SCRIPT_TODAY, now: new Date("2026-06-01T02:00:00Z") };
  async function deliver(input: Input): Promise<string> {
    const out = await turn(state, input, ctx);
    state = out.state;
    seen = textOf(out.replies);
    last = out.replies;
    return seen;
  }
  let last: Reply[] = [];
  return {
    get state(): DialogueState | null | undefined {
      return state;
    },
    set state(s: DialogueState | null | undefined) {
      state = s;
    },
    /** The replies of the last turn. */
    get replies(): Reply[] {
      return last;
    },
    /** The id of the question the last turn asked (in the language the chat is in now), or null. */
    get asking(): string | null {
      return questionAsked(seen, state?.lang ?? lang);
    },
    /** Chooses the language with `/lang` and starts the check. */
    async startCheck(): Promise<string> {
      await deliver({ kind: "command", name: "lang", arg: lang });
      return deliver({ kind: "command", name: "check" });
    },
    send: (text: string) => deliver({ kind: "text", text }),
    press: (id: string) => deliver({ kind: "choice", id }),
    /** Answers each question asked from `answers` until `target` is asked; throws if it never is. */
    async reach(target: string, answers: Record<string, string> = NUMBERED_ANSWERS): Promise<string> {
      for (let i = 0; i < 60; i++) {
        const q = questionAsked(seen, state?.lang ?? lang);
        if (q === target) return seen;
        if (q === null || answers[q] === undefined) throw new Error(`"${target}" was not reached: the chat asked ${q ?? "no question"}`);
        await deliver({ kind: "text", text: answers[q]! });
      }
      throw new Error(`"${target}" was not reached`);
    },
  };
}
