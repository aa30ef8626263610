/** What a turn may use besides the state and the message: the date, hints, and pluggable services. */
import type { Explainer } from "../explain/explainer.ts";
import type { Lang } from "../i18n/langs.ts";
import type { AskResult } from "../qa/ask.ts";

/** The context of one turn. Everything is optional; defaults suit the terminal chat. */
export interface TurnContext {
  /** The evaluation date `YYYY-MM-DD`; defaults to today in China. */
  today?: string;
  /** The current time (for "welcome back"); defaults to now. */
  now?: Date;
  /** The platform's language hint, e.g. Telegram's `language_code`. */
  platformLang?: string;
  /** Explains measures; defaults to the template explainer. */
  explainer?: Explainer;
  /** Time budget for one explanation (the WeChat path uses less than the default). */
  explainBudgetMs?: number;
  /** Ranks measures for a free question; defaults to the built-in index. */
  ask?: (question: string, lang: Lang) => AskResult;
  /**
   * True when the stored state was read for this turn alone (parsed from the
   * store) and may be changed in place; otherwise the engine works on a copy
   * and leaves the caller's object as it was.
   */
  ownsPrev?: boolean;
}

/** Messages longer than this are cut, with a note (a chat answer is never this long). */
export const MAX_INPUT_CHARS = 1000;

/** After this long away, a user in the middle of a check is welcomed back. */
export const WELCOME_BACK_AFTER_MS = 6 * 60 * 60 * 1000;
