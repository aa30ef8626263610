/**
 * The channel-neutral message types of the dialogue engine: what adapters
 * give it (Input) and what they render (Reply).
 */
import type { MeasureId, Status } from "../rules/types.ts";
import type { Lang } from "../i18n/langs.ts";

/** Commands a user can give on any channel (`/check`, a menu key, or words such as "back"). */
export const COMMANDS = ["start", "check", "ask", "lang", "restart", "forget", "help", "back", "skip", "summary", "results", "edit"] as const;
/** One command. */
export type CommandName = (typeof COMMANDS)[number];

/** A normalised incoming message. */
export type Input =
  | { kind: "text"; text: string }
  /** A button press; `id` is the choice id the engine sent. */
  | { kind: "choice"; id: string }
  | { kind: "command"; name: CommandName; arg?: string }
  /** First contact: Telegram /start, a WeChat subscribe event, a Slack app-home open. */
  | { kind: "start" };

/** One option the user can pick. `id` is under 40 bytes (fits Telegram's 64-byte callback data). */
export interface Choice {
  id: string;
  label: string;
}

/** One line of a result card. */
export interface ResultItem {
  measure: MeasureId;
  clause: string;
  title: string;
  status: Status;
  statusLabel: string;
  /** The amount as the user should see it, formatted for the language ("up to CNY 500,000"), or a benefit. */
  amount: string;
  /** The raw decimal string from the rules core, or null. */
  maxCashCNY: string | null;
  reason: string;
  /** What is still unknown, in words. */
  missing: string[];
  /** One line of working from the rules core's trace ("1,000,000 × 30% = 300,000"), or "". */
  working: string;
  /** The assumptions that change the figure, in words. */
  assumptions: string[];
  /** Its parts in words, when it has several (absent when it has none, and on cards kept before it was added). */
  parts?: string;
  /** A settled measure's parts still pending, with what would settle them (then `missing` is not repeated). */
  pending?: string;
}

/** A reply, channel-neutral. Every reply carries `text` so that any channel can render it. */
export type Reply =
  | { kind: "text"; text: string }
  /**
   * Options to pick. `typed` marks a question answered by typing (a number, an amount, a date): its
   * choices are shortcuts (back, don't know) that channels without buttons list without numbers,
   * since a typed number is the answer.
   */
  | { kind: "choices"; text: string; choices: Choice[]; multi?: boolean; typed?: boolean }
  | ResultReply;

/** The results card: every line as data, and the whole card as plain text in `text`. */
export interface ResultReply {
  kind: "result";
  text: string;
  items: ResultItem[];
  total: string;
  totalCNY: string;
  disclaimer: string;
  /**
   * The card's lines after the open measures, in words: the measures that do
   * not apply, each line "headings: reason"; the split totals (tax relief
   * apart); notes (measures outside the interests, support named as already
   * given). Absent on cards kept before they were added.
   */
  notApplicable?: string[];
  totals?: string[];
  notes?: string[];
}

/** What one turn produced. `state: null` means the user's data is to be deleted (`/forget`). */
export interface TurnOutput {
  state: DialogueState | null;
  replies: Reply[];
  /**
   * Results the user asked to keep ("keep my results"): `replies[index]` is
   * their plain-text summary, which `Conversations` replaces with a link to a
   * results page when it can keep results (`PUBLIC_URL` set).
   */
  kept?: { index: number; card: ResultReply };
}

/** Where the conversation is. */
export type Mode = "lang" | "menu" | "check" | "summary" | "edit" | "results" | "qa";

/** A stored answer: JSON only (money as decimal strings, dates ISO). */
export type AnswerValue = string | number | boolean | string[];

/** The dialogue state: plain JSON, small, versioned. */
export interface DialogueState {
  /** 2 since lists are asked item by item; `state.ts` migrates version 1. */
  v: 2;
  lang: Lang;
  /** True when the user chose the language (menu or /lang): detection never overrides it. */
  langChosen: boolean;
  mode: Mode;
  /** Answers by question id, in the order given; a list's items by question id and item number (`projectInvestment#2`). */
  answers: Record<string, AnswerValue>;
  /** Question ids answered, in order (for back). */
  order: string[];
  /** Question ids the user skipped ("don't know"). */
  skipped: string[];
  /** The question awaiting an answer. */
  current: string | null;
  /** Selections so far of a multiple-choice question answered with buttons. */
  picking?: string[];
  /**
   * What the language menu interrupted (a question, the summary, the results…), to return to once a
   * language is picked. Absent in states stored before it existed: a question then counts when `current` is set.
   */
  before?: Exclude<Mode, "lang">;
  /** When set, the answer to `current` returns to the summary. */
  editing?: boolean;
  /** The choice ids last shown, so that "2" typed on a channel without buttons picks the second. */
  shown?: string[];
  /** The last "so far" line sent, so that it is repeated only when it changes. */
  interim?: string;
  /** ISO timestamp of the last turn (for "welcome back"). */
  at: string;
}
