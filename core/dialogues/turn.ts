/**
 * One turn's work on a working copy of the state: commands, choices, typed
 * answers, free questions and explanations. `engine.ts` decides which to run.
 */
import { TemplateExplainer } from "../explain/template-explainer.ts";
import { LANG_NAMES, type Lang } from "../i18n/langs.ts";
import { t, type MessageKey } from "../i18n/messages/index.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import { readAnswer } from "./answer.ts";
import { languageFromArg } from "./commands.ts";
import type { TurnContext } from "./context.ts";
import { askCurrent, askNext, editAnswer, editMenu, goBack, recordAnswer, removeLastItem, results, show, skip, startCheck, summary } from "./flow.ts";
import { isDoneWord, looksLikeQuestion } from "./input.ts";
import { languageMenu, mainMenu, text } from "./menus.ts";
import { offeredQuestion, TurnPlans } from "./planner.ts";
import { answerQuestion } from "./qa-reply.ts";
import { questionById, textId } from "./questions/lists.ts";
import { missingFacts, renderResults, resultChoices } from "./render/results.ts";
import type { CommandName, DialogueState, Reply, TurnOutput } from "./types.ts";

/** A turn in progress: the state it changes and the replies it collects. */
export class Turn {
  readonly replies: Reply[] = [];
  /** Results the user asked to keep in this turn (see `TurnOutput.kept`). */
  kept?: TurnOutput["kept"];
  /** The plans of this turn, passed down to every step. */
  readonly plans: TurnPlans;
  constructor(
    public state: DialogueState,
    readonly ctx: TurnContext,
    readonly today: string,
  ) {
    this.plans = new TurnPlans(today);
  }

  add(...r: Reply[]): void {
    this.replies.push(...r);
  }

  greet(): void {
    // Before the language is known, greet in Chinese and English: the center's two working languages.
    if (this.state.mode === "lang" && !this.state.langChosen) this.add(text(`${t("zh", "greeting")}\n\n${t("en", "greeting")}`));
    else this.add(text(t(this.state.lang, "greeting")));
    this.add(this.state.mode === "lang" ? languageMenu(this.state) : mainMenu(this.state));
  }

  /** Switches to `lang` and carries on where the user was: the same question, the summary, the results. */
  setLanguage(lang: Lang): void {
    this.state.lang = lang;
    this.state.langChosen = true;
    this.add(text(t(lang, "langSet")));
    // The results are shown again in the new language; anything else is re-shown as after any interruption.
    if (this.leaveLanguageMenu() === "results") this.add(...results(this.state, this.plans));
    else this.resume();
  }

  /**
   * Returns from the language menu to what it interrupted (a question when one is pending and nothing
   * else is recorded, as in states stored before `before` existed). Returns the mode returned to.
   */
  leaveLanguageMenu(): DialogueState["mode"] {
    const s = this.state;
    if (s.mode === "lang") s.mode = s.before ?? (s.current ? "check" : "menu");
    delete s.before;
    if (s.mode === "check" && !s.current) s.mode = "menu";
    return s.mode;
  }

  startCheck(): void {
    this.add(...startCheck(this.state, this.plans));
  }

  async command(name: CommandName, arg?: string): Promise<TurnOutput | null> {
    const s = this.state;
    switch (name) {
      case "start":
        if (s.mode === "check" && s.current) {
          this.add(text(t(s.lang, "welcomeBack")), ...askCurrent(s, this.plans));
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
        this.add(...askNext(s, this.plans, [t(s.lang, "restarted")]));
        return null;
      case "forget":
        return { state: null, replies: [text(t(s.lang, "forgotten"))] };
      case "help": {
        const q = s.current ? questionById(s.current) : undefined;
        if (q && s.mode === "check") {
          this.add(...askCurrent(s, this.plans, [t(s.lang, "help.question", { help: t(s.lang, `h.${textId(q)}` as MessageKey) }), t(s.lang, "help")]));
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
        if (s.mode === "check" || s.mode === "summary" || s.mode === "edit" || s.mode === "results") this.add(...goBack(s, this.plans));
        else this.add(mainMenu(s));
        return null;
      case "skip":
        if (s.mode === "check" && s.current) this.add(...skip(s, this.plans));
        else this.add(mainMenu(s));
        return null;
      case "summary":
        this.add(...summary(s));
        return null;
      case "results":
        this.add(...results(s, this.plans));
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
        this.add(...editAnswer(s, value, this.plans));
        return null;
      case "r":
        // "Remove project 2" in the edit menu.
        if (s.mode === "edit") this.add(...removeLastItem(s, value));
        else this.resume();
        return null;
      case "x":
        await this.explain(value);
        return null;
      case "k":
        this.keep();
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

  /**
   * "Keep my results": the results card as plain text to copy (a channel's
   * conversations replace it with a link when they can keep results), then
   * the next steps again.
   */
  keep(): void {
    const s = this.state;
    if (s.mode !== "results") {
      this.resume();
      return;
    }
    const [card, next] = renderResults(this.plans.of(s), s.lang);
    if (card?.kind !== "result") return this.resume();
    this.kept = { index: this.replies.length, card };
    this.add(text(`${t(s.lang, "keep.text")}\n\n${card.text}`));
    if (next) this.add(show(s, next));
  }

  /** Re-shows where the user is, after something we could not use. */
  resume(): void {
    const s = this.state;
    if (s.mode === "check" && s.current) this.add(...askCurrent(s, this.plans));
    else if (s.mode === "summary") this.add(...summary(s));
    else if (s.mode === "edit") this.add(...editMenu(s));
    else if (s.mode === "lang") this.add(languageMenu(s));
    else this.add(mainMenu(s));
  }

  answerChoice(kind: string, option: string): void {
    const s = this.state;
    const q = s.current ? questionById(s.current) : undefined;
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
        this.add(...askCurrent(s, this.plans));
        return;
      }
      if (option === "done" || option === "all") {
        const picked = option === "all" ? [] : (s.picking ?? []).filter((o) => o !== "none");
        this.add(...recordAnswer(s, q, picked, this.plans));
        return;
      }
    } else if (kind === "a") {
      if (q.type === "yesno" && (option === "yes" || option === "no")) {
        this.add(...recordAnswer(s, q, option === "yes", this.plans));
        return;
      }
      if (q.type === "choice" && q.options?.includes(option)) {
        this.add(...recordAnswer(s, q, option, this.plans));
        return;
      }
    }
    this.add(...askCurrent(s, this.plans, [t(s.lang, q.type === "multi" ? "err.multi" : "err.choice")]));
  }

  async answerText(raw: string): Promise<void> {
    const s = this.state;
    const q = s.current ? questionById(s.current) : undefined;
    if (!q) return this.answerFree(raw);
    if (q.type === "multi" && isDoneWord(raw, s.lang)) {
      this.answerChoice("a", s.picking?.length ? "done" : textId(q) === "interests" ? "all" : "done");
      return;
    }
    // Only a question whose options follow the open measures needs the plan before the answer:
    // for the others, planning it would evaluate the rules once more for nothing.
    const r = readAnswer(q.optionMeasures ? offeredQuestion(q, this.plans.of(s)) : q, raw, s.lang, this.today);
    if (r.ok) {
      if (q.type === "multi" && Array.isArray(r.value)) {
        const list = r.value.filter((o) => o !== "none");
        this.add(...recordAnswer(s, q, list, this.plans));
      } else this.add(...recordAnswer(s, q, r.value, this.plans));
      return;
    }
    if (looksLikeQuestion(raw)) {
      await this.answerFree(raw);
      this.add(...askCurrent(s, this.plans));
      return;
    }
    this.add(...askCurrent(s, this.plans, [t(s.lang, r.error, r.params)]));
  }

  async answerFree(question: string): Promise<void> {
    const ask = this.ctx.ask;
    this.add(...answerQuestion(question, this.state, ask));
  }

  async explain(measureId: string): Promise<void> {
    const s = this.state;
    const page = /^p(\d+)$/.exec(measureId);
    if (page && s.mode === "results") {
      // The next page of explain buttons: every open measure can be explained, five buttons at a time.
      this.add(show(s, resultChoices(this.plans.of(s), s.lang, Number(page[1]))));
      return;
    }
    if (!MEASURE_BY_ID.has(measureId as never)) {
      this.resume();
      return;
    }
    const p = this.plans.of(s);
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
    if (s.mode === "check" && s.current) this.add(...askCurrent(s, this.plans));
    // Under an explanation only the results' next steps are shown again: the card itself is not re-rendered.
    else if (s.mode === "results") this.add(show(s, resultChoices(p, s.lang)));
  }
}
