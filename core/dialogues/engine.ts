/**
 * The dialogue engine: `turn(state, input, ctx) → { state, replies }`.
 * Pure and platform-free: it knows no chat SDK, does no I/O but the
 * explainer call, and never throws for anything a user can send.
 */
import { TemplateExplainer } from "../explain/template-explainer.ts";
import { chooseLanguage, mapLocaleHint } from "../i18n/detect/index.ts";
import { LANG_NAMES, LANGS, type Lang } from "../i18n/langs.ts";
import { t, type MessageKey } from "../i18n/messages/index.ts";
import { todayInChina } from "../rules/dates.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import { ask } from "../qa/ask.ts";
import { answerQuestion } from "./qa-reply.ts";
import { readAnswer } from "./answer.ts";
import { languageFromArg, parseCommand } from "./commands.ts";
import { MAX_INPUT_CHARS, type TurnContext, WELCOME_BACK_AFTER_MS } from "./context.ts";
import { askCurrent, askNext, editAnswer, editMenu, goBack, recordAnswer, results, show, skip, summary } from "./flow.ts";
import { plan } from "./planner.ts";
import { QUESTION_BY_ID } from "./questions/bank.ts";
import { missingFacts } from "./render/results.ts";
import { migrate, newState } from "./state.ts";
import type { CommandName, DialogueState, Input, Reply, TurnOutput } from "./types.ts";
import { normalizeDigits, parseYesNo } from "./parse/index.ts";

export type { TurnContext } from "./context.ts";

const text = (s: string): Reply => ({ kind: "text", text: s });

/** The language menu. */
function languageMenu(state: DialogueState): Reply {
  state.mode = "lang";
  const prompt = state.langChosen ? t(state.lang, "chooseLanguage") : `${t("zh", "chooseLanguage")} / ${t("en", "chooseLanguage")}`;
  return show(state, { kind: "choices", text: prompt, choices: LANGS.map((l) => ({ id: `l:${l}`, label: LANG_NAMES[l] })) });
}

/** The main menu. */
function mainMenu(state: DialogueState): Reply {
  state.mode = "menu";
  const l = state.lang;
  return show(state, {
    kind: "choices",
    text: t(l, "menu.prompt"),
    choices: [
      { id: "m:check", label: t(l, "menu.check") },
      { id: "m:ask", label: t(l, "menu.ask") },
      { id: "m:lang", label: t(l, "menu.lang") },
      { id: "m:help", label: t(l, "menu.help") },
    ],
  });
}

/** Removes control characters (but line breaks) and cuts over-long messages. */
function cleanText(raw: string): { text: string; truncated: boolean } {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  let s = raw.normalize("NFC").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
  const chars = [...s];
  const truncated = chars.length > MAX_INPUT_CHARS;
  if (truncated) s = chars.slice(0, MAX_INPUT_CHARS).join("");
  return { text: s, truncated };
}

/** A bare option number typed on a channel without buttons. */
function pickedNumber(s: string, state: DialogueState): string | null {
  const n = normalizeDigits(s).trim();
  if (!/^\d{1,2}$/.test(n) || !state.shown) return null;
  const i = Number(n);
  return i >= 1 && i <= state.shown.length ? state.shown[i - 1]! : null;
}

/** "Done" typed on a channel without buttons, in the user's language or English. */
function isDoneWord(s: string, lang: Lang): boolean {
  const said = s.trim().toLowerCase();
  return said === t(lang, "multi.done").toLowerCase() || said === "done" || said === "ok";
}

/** True when a failed answer looks like a question the user is asking instead (a question mark, or a question ending of Burmese, Thai, Khmer or Lao). */
function looksLikeQuestion(s: string): boolean {
  return /([?？]|လား|လဲ|နည်း|ไหม|มั้ย|หรือไม่|ទេ|ឬទេ|ບໍ|ບໍ່)[\s။។]*$/u.test(s) || [...s].length > 60;
}

class Turn {
  readonly replies: Reply[] = [];
  constructor(
    public state: DialogueState,
    readonly ctx: TurnContext,
    readonly today: string,
  ) {}

  add(...r: Reply[]): void {
    this.replies.push(...r);
  }

  greet(): void {
    // Before the language is known, greet in Chinese and English: the center's two working languages.
    if (this.state.mode === "lang" && !this.state.langChosen) this.add(text(`${t("zh", "greeting")}\n\n${t("en", "greeting")}`));
    else this.add(text(t(this.state.lang, "greeting")));
    this.add(this.state.mode === "lang" ? languageMenu(this.state) : mainMenu(this.state));
  }

  setLanguage(lang: Lang): void {
    this.state.lang = lang;
    this.state.langChosen = true;
    this.add(text(t(lang, "langSet")));
    if (this.state.current) this.add(...askCurrent(this.state, this.today));
    else if (this.state.mode === "results") this.add(...results(this.state, this.today));
    else if (this.state.mode === "summary") this.add(...summary(this.state));
    else this.add(mainMenu(this.state));
  }

  startCheck(): void {
    if (this.state.current) this.add(...askCurrent(this.state, this.today));
    else this.add(...askNext(this.state, this.today));
  }

  async command(name: CommandName, arg?: string): Promise<TurnOutput | null> {
    const s = this.state;
    switch (name) {
      case "start":
        if (s.mode === "check" && s.current) {
          this.add(text(t(s.lang, "welcomeBack")), ...askCurrent(s, this.today));
        } else this.greet();
        return null;
      case "check":
        this.startCheck();
        return null;
      case "restart":
        Object.assign(s, { answers: {}, order: [], skipped: [], current: null });
        delete s.picking;
        delete s.editing;
        delete s.interim;
        this.add(...askNext(s, this.today, [t(s.lang, "restarted")]));
        return null;
      case "forget":
        return { state: null, replies: [text(t(s.lang, "forgotten"))] };
      case "help": {
        const q = s.current ? QUESTION_BY_ID.get(s.current) : undefined;
        if (q && s.mode === "check") {
          this.add(...askCurrent(s, this.today, [t(s.lang, "help.question", { help: t(s.lang, `h.${q.id}` as MessageKey) }), t(s.lang, "help")]));
        } else {
          this.add(text(t(s.lang, "help")), mainMenu(s));
        }
        return null;
      }
      case "lang": {
        const l = arg ? languageFromArg(arg, LANG_NAMES) : null;
        if (l) this.setLanguage(l);
        else this.add(languageMenu(s));
        return null;
      }
      case "back":
        if (s.mode === "check" || s.mode === "summary" || s.mode === "edit" || s.mode === "results") this.add(...goBack(s, this.today));
        else this.add(mainMenu(s));
        return null;
      case "skip":
        if (s.mode === "check" && s.current) this.add(...skip(s, this.today));
        else this.add(mainMenu(s));
        return null;
      case "summary":
        this.add(...summary(s));
        return null;
      case "results":
        this.add(...results(s, this.today));
        return null;
      case "edit":
        this.add(...editMenu(s));
        return null;
      case "ask":
        if (arg) await this.answerFree(arg);
        else {
          s.mode = s.current ? s.mode : "qa";
          this.add(text(t(s.lang, "qa.prompt")));
        }
        return null;
    }
  }

  async choice(id: string): Promise<TurnOutput | null> {
    const s = this.state;
    const [kind, value = ""] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
    switch (kind) {
      case "l": {
        const l = languageFromArg(value, LANG_NAMES);
        if (l) this.setLanguage(l);
        else this.add(languageMenu(s));
        return null;
      }
      case "m":
        if (value === "check") this.startCheck();
        else if (value === "ask") {
          s.mode = "qa";
          this.add(text(t(s.lang, "qa.prompt")));
        } else if (value === "lang") this.add(languageMenu(s));
        else return this.command("help");
        return null;
      case "c":
        if (value === "edit") {
          this.add(...editMenu(s));
          return null;
        }
        if (value === "confirm") return this.command("results");
        return this.command(value as CommandName);
      case "e":
        this.add(...editAnswer(s, value, this.today));
        return null;
      case "x":
        await this.explain(value);
        return null;
      case "t":
      case "a":
        this.answerChoice(kind, value);
        return null;
      default:
        this.add(text(t(s.lang, "notUnderstood")));
        this.resume();
        return null;
    }
  }

  /** Re-shows where the user is, after something we could not use. */
  resume(): void {
    const s = this.state;
    if (s.mode === "check" && s.current) this.add(...askCurrent(s, this.today));
    else if (s.mode === "summary") this.add(...summary(s));
    else if (s.mode === "edit") this.add(...editMenu(s));
    else if (s.mode === "lang") this.add(languageMenu(s));
    else this.add(mainMenu(s));
  }

  answerChoice(kind: string, option: string): void {
    const s = this.state;
    const q = s.current ? QUESTION_BY_ID.get(s.current) : undefined;
    if (!q || s.mode !== "check") {
      // A button from an older message: show where we are instead.
      this.resume();
      return;
    }
    if (q.type === "multi") {
      if (kind === "t" && q.options?.includes(option)) {
        const picked = new Set(s.picking ?? []);
        if (picked.has(option)) picked.delete(option);
        else picked.add(option);
        if (option === "none") picked.clear(), picked.add("none");
        else picked.delete("none");
        s.picking = [...picked];
        this.add(...askCurrent(s, this.today));
        return;
      }
      if (option === "done" || option === "all") {
        const picked = option === "all" ? [] : (s.picking ?? []).filter((o) => o !== "none");
        this.add(...recordAnswer(s, q, picked, this.today));
        return;
      }
    } else if (kind === "a") {
      if (q.type === "yesno" && (option === "yes" || option === "no")) {
        this.add(...recordAnswer(s, q, option === "yes", this.today));
        return;
      }
      if (q.type === "choice" && q.options?.includes(option)) {
        this.add(...recordAnswer(s, q, option, this.today));
        return;
      }
    }
    this.add(...askCurrent(s, this.today, [t(s.lang, q.type === "multi" ? "err.multi" : "err.choice")]));
  }

  async answerText(raw: string): Promise<void> {
    const s = this.state;
    const q = s.current ? QUESTION_BY_ID.get(s.current) : undefined;
    if (!q) return this.answerFree(raw);
    if (q.type === "multi" && isDoneWord(raw, s.lang)) {
      this.answerChoice("a", s.picking?.length ? "done" : q.id === "interests" ? "all" : "done");
      return;
    }
    const r = readAnswer(q, raw, s.lang, this.today);
    if (r.ok) {
      if (q.type === "multi" && Array.isArray(r.value)) {
        const list = r.value.filter((o) => o !== "none");
        this.add(...recordAnswer(s, q, list, this.today));
      } else this.add(...recordAnswer(s, q, r.value, this.today));
      return;
    }
    if (looksLikeQuestion(raw)) {
      await this.answerFree(raw);
      this.add(...askCurrent(s, this.today));
      return;
    }
    this.add(...askCurrent(s, this.today, [t(s.lang, r.error, r.params)]));
  }

  async answerFree(question: string): Promise<void> {
    const ask = this.ctx.ask;
    this.add(...answerQuestion(question, this.state, ask));
  }

  async explain(measureId: string): Promise<void> {
    const s = this.state;
    if (!MEASURE_BY_ID.has(measureId as never)) {
      this.resume();
      return;
    }
    const p = plan(s, this.today);
    const r = p.evaluation.results.find((x) => x.measure === measureId)!;
    const template = new TemplateExplainer((res, lang) => missingFacts(res, p, lang));
    const explainer = this.ctx.explainer ?? template;
    let explanation;
    try {
      explanation = await explainer.explain(
        { lang: s.lang, results: [r], asOf: p.evaluation.asOf },
        {
          fallback: template,
          describeMissing: (res, lang) => missingFacts(res, p, lang),
          ...(this.ctx.explainBudgetMs !== undefined ? { budgetMs: this.ctx.explainBudgetMs } : {}),
        },
      );
    } catch {
      explanation = await template.explain({ lang: s.lang, results: [r], asOf: p.evaluation.asOf });
    }
    this.add(text(explanation.text));
    if (s.mode === "check" && s.current) this.add(...askCurrent(s, this.today));
    else if (s.mode === "results") {
      const last = results(s, this.today).at(-1);
      if (last) this.add(last);
    }
  }
}

/**
 * Runs one turn. `prev` is the stored state (undefined for a new user, or
 * anything unreadable, which starts afresh). Never throws for user input.
 */
export async function turn(prev: unknown, input: Input, ctx: TurnContext = {}): Promise<TurnOutput> {
  const now = ctx.now ?? new Date();
  const today = ctx.today ?? todayInChina(now);
  const nowIso = now.toISOString();
  let state = prev === undefined || prev === null ? null : migrate(structuredClone(prev));
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
    const current = state.current ? QUESTION_BY_ID.get(state.current) : undefined;
    // Numbers typed for a numeric question are the answer; for a multiple choice they are the whole selection
    // ("1 3"), except the numbers of the navigation options (back, don't know).
    const numberIsAnswer =
      state.mode === "check" && current !== undefined &&
      (!["choice", "yesno", "multi"].includes(current.type) || (current.type === "multi" && !(picked ?? "").startsWith("c:")));
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
    } else if (state.mode === "lang") {
      const l = languageFromArg(said, LANG_NAMES);
      if (l) turnRun.setLanguage(l);
      else {
        state.mode = "menu";
        await turnRun.answerFree(said);
      }
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
  return { state: turnRun.state, replies: turnRun.replies };
}
