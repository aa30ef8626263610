/**
 * Scripted conversations for the benchmarks: the test suite's answers played
 * through the pure engine once, keeping the state before every answer, so
 * that any number of users can be put mid-conversation without replaying
 * their turns.
 */
import { turn } from "../../core/dialogues/engine.ts";
import type { DialogueState, Input, Reply } from "../../core/dialogues/types.ts";
import { ANSWERS_EN, ANSWERS_ZH, SCRIPT_TODAY } from "../../test/helpers/conversation-script.ts";

/** The evaluation date of every benchmark (the script's, so answers stay valid). */
export const BENCH_TODAY = SCRIPT_TODAY;

/** One step of a scripted conversation: the state awaiting an answer, and that answer. */
export interface ScriptStep {
  /** The stored state before the answer (a question is awaited). */
  state: DialogueState;
  /** The question being answered. */
  question: string;
  /** What the user types. */
  answer: string;
}

/** A whole scripted conversation in one language. */
export interface Script {
  lang: "en" | "zh";
  /** The platform hint the script was played with. */
  platformLang: string;
  steps: ScriptStep[];
  /** The state at the results card, after the last answer and the confirmation. */
  atResults: DialogueState;
  /** Replies of the results turn (to find the explanation choices). */
  resultReplies: Reply[];
}

const ANSWERS = { en: ANSWERS_EN, zh: ANSWERS_ZH } as const;

/**
 * Plays the script for `lang` through the engine with `platformLang` as the
 * platform's hint (WeChat's is "zh"). Throws if the engine asks a question the
 * script has no answer for, or the conversation does not reach the results.
 */
export async function playScript(lang: "en" | "zh", platformLang: string = lang): Promise<Script> {
  const ctx = { today: BENCH_TODAY, platformLang };
  const answers: Record<string, string> = ANSWERS[lang];
  let out = await turn(undefined, { kind: "start" }, ctx);
  out = await turn(out.state, { kind: "choice", id: "m:check" }, ctx);
  const steps: ScriptStep[] = [];
  for (let i = 0; i < 100 && out.state?.mode === "check" && out.state.current; i++) {
    const state = out.state;
    const question = state.current!;
    const answer = answers[question];
    if (answer === undefined) throw new Error(`bench script (${lang}) has no answer for question "${question}"`);
    steps.push({ state: structuredClone(state), question, answer });
    out = await turn(state, { kind: "text", text: answer }, ctx);
  }
  if (out.state?.mode !== "summary") throw new Error(`bench script (${lang}) ended in mode ${out.state?.mode}, not at the summary`);
  const confirm: Input = { kind: "choice", id: "c:confirm" };
  out = await turn(out.state, confirm, ctx);
  if (out.state?.mode !== "results") throw new Error(`bench script (${lang}) did not reach the results`);
  return { lang, platformLang, steps, atResults: structuredClone(out.state), resultReplies: out.replies };
}
