/**
 * The dialogue engine: `turn(state, input, ctx) → { state, replies }`.
 * Pure and platform-free: it knows no chat SDK, does no I/O but the
 * explainer call, and never throws for anything a user can send.
 */
import { chooseLanguage, mapLocaleHint } from "../i18n/detect/index.ts";
import { LANG_NAMES } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import { ask } from "../qa/ask.ts";
import { todayInChina } from "../rules/dates.ts";
import { clauseMentioned } from "../text/clause-mention.ts";
import { smallTalk } from "../text/small-talk.ts";
import { languageFromArg, parseCommand } from "./commands.ts";
import { MAX_INPUT_CHARS, type TurnContext, WELCOME_BACK_AFTER_MS } from "./context.ts";
import { cleanText, pickedNumber } from "./input.ts";
import { mainMenu, text } from "./menus.ts";
import { parseYesNo } from "../text/index.ts";
import { questionById } from "./questions/lists.ts";
import { migrate, newState } from "./state.ts";
import { Turn } from "./turn.ts";
import type { Input, TurnOutput } from "./types.ts";

export type { TurnContext } from "./context.ts";

/** A message that is only a greeting or thanks ("ok" and bare numbers can be answers, so they are not). */
function greetingOrThanks(said: string): boolean {
  const talk = smallTalk(said);
  return talk !== null && talk.kind !== "other";
}

/**
 * Runs one turn. `prev` is the stored state (undefined for a new user, or
 * anything unreadable, which starts afresh). Never throws for user input.
 */
export async function turn(prev: unknown, input: Input, ctx: TurnContext = {}): Promise<TurnOutput> {
  const now = ctx.now ?? new Date();
  const today = ctx.today ?? todayInChina(now);
  const nowIso = now.toISOString();
  let state = prev === undefined || prev === null ? null : migrate(ctx.ownsPrev ? prev : structuredClone(prev));
  const isNew = state === null;
  const hint = ctx.platformLang ? mapLocaleHint(ctx.platformLang) : null;
  if (!state) state = newState(hint ?? "en", false, nowIso);
  if (isNew && hint) state.mode = "menu";

  const turnRun = new Turn(state, ctx, today);
  const away = !isNew && now.getTime() - Date.parse(state.at) > WELCOME_BACK_AFTER_MS;
  let output: TurnOutput | null = null;

  if (input.kind === "start") {
    output = await turnRun.command("start");
  } else if (input.kind === "command") {
    output = await turnRun.command(input.name, input.arg);
  } else if (input.kind === "choice") {
    if (away && state.mode === "check") turnRun.add(text(t(state.lang, "welcomeBack")));
    output = await turnRun.choice(input.id);
  } else {
    const { text: said, truncated } = cleanText(input.text);
    if (!state.langChosen && said) {
      const choice = chooseLanguage({ current: isNew && !hint ? undefined : state.lang, chosenExplicitly: false, ...(ctx.platformLang ? { platformHint: ctx.platformLang } : {}), text: said });
      state.lang = choice.lang;
    }
    if (truncated) turnRun.add(text(t(state.lang, "truncated", { n: MAX_INPUT_CHARS })));
    if (away && state.mode === "check" && state.current) turnRun.add(text(t(state.lang, "welcomeBack")));
    const cmd = said ? parseCommand(said, state.lang) : null;
    const picked = cmd ? null : pickedNumber(said, state);
    const current = state.current ? questionById(state.current) : undefined;
    // Numbers typed for a numeric question are the answer; for a multiple choice they are the whole selection
    // ("1 3"), except the numbers of Done and of the navigation options (back, don't know).
    const numberIsAnswer =
      state.mode === "check" && current !== undefined &&
      (!["choice", "yesno", "multi"].includes(current.type) || (current.type === "multi" && picked !== "a:done" && !(picked ?? "").startsWith("c:")));
    if (!said) {
      // A sticker, photo or voice note with no text: say what we can read, then show where we are.
      turnRun.add(text(t(state.lang, "nonText")));
      turnRun.resume();
    } else if (cmd) {
      output = await turnRun.command(cmd.name, cmd.arg);
    } else if (picked && !numberIsAnswer) {
      output = await turnRun.choice(picked);
    } else if (isNew) {
      // A first message that is not a command: greet in the language it is written in, answer it
      // when it asks about a measure, and otherwise (a "hello") show what we can do.
      state.mode = "menu";
      turnRun.add(text(t(state.lang, "greeting")));
      const found = (ctx.ask ?? ask)(said, state.lang);
      if (found.measures.length || found.general.length) await turnRun.answerFree(said);
      else turnRun.add(mainMenu(state));
    } else if (greetingOrThanks(said)) {
      // "hi", "xin chào", "salamat po" mid-conversation: greet in the language the greeting is in
      // (unless the user chose one), then show where we are.
      const talk = smallTalk(said)!;
      const own = talk.langs.length === 1 ? talk.langs[0] : undefined;
      if (own && own !== "en" && !state.langChosen) state.lang = own;
      if (talk.kind === "greeting") turnRun.add(text(t(state.lang, "greeting")));
      turnRun.resume();
    } else if (state.mode === "results" && [...said].length <= 40 && clauseMentioned(said).length === 1) {
      // "clause 4", "（四）", "m04" after the results: explain that measure, as its button does.
      await turnRun.explain(clauseMentioned(said)[0]!);
    } else if (state.mode === "lang") {
      const l = languageFromArg(said, LANG_NAMES);
      if (l) turnRun.setLanguage(l);
      // Not a language: the user went on with what the menu interrupted, such as the question of the check.
      else if (turnRun.leaveLanguageMenu() === "check") await turnRun.answerText(said);
      else await turnRun.answerFree(said);
    } else if (state.mode === "check" && state.current) {
      await turnRun.answerText(said);
    } else if (state.mode === "qa" && [...said].length <= 12 && parseYesNo(said, state.lang) !== null) {
      // A yes or no to "Would you like to check whether you qualify?"
      if (parseYesNo(said, state.lang)) turnRun.startCheck();
      else turnRun.add(mainMenu(state));
    } else {
      await turnRun.answerFree(said);
    }
  }
  if (output) return output;
  turnRun.state.at = nowIso;
  return { state: turnRun.state, replies: turnRun.replies, ...(turnRun.kept ? { kept: turnRun.kept } : {}) };
}
