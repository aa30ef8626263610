/**
 * Conversations: the engine plus the session store, one turn per user at a
 * time. Adapters call `handle(userKey, input)` and render the replies; this
 * is the only place that loads and saves state.
 */
import type { Explainer } from "../explain/explainer.ts";
import { mapLocaleHint } from "../i18n/detect/index.ts";
import { isLang, type Lang } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import type { AskResult } from "../qa/ask.ts";
import { StoreBusyError, StoreUnavailableError } from "../store/key-value-store.ts";
import type { KeyValueStore } from "../store/key-value-store.ts";
import type { SessionStore } from "../store/session-store.ts";
import { rateKeyOf } from "../store/user-keys.ts";
import { turn } from "./engine.ts";
import { formatDate } from "../i18n/format.ts";
import type { KeptResults } from "./kept-results.ts";
import type { Input, Reply, TurnOutput } from "./types.ts";

/** The few log calls conversations make (pino's shape). Never given message contents. */
export interface ConversationLogger {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Options of {@link Conversations}. */
export interface ConversationsOptions {
  sessions: SessionStore;
  explainer?: Explainer;
  ask?: (question: string, lang: Lang) => AskResult;
  /** The evaluation date; defaults to today in China. */
  today?: () => string;
  now?: () => Date;
  logger?: ConversationLogger;
  /** Per-user limit on messages a minute, counted in `store` (shared by all instances with Redis); 0 or absent: none. */
  rateLimit?: { store: KeyValueStore; perMinute: number };
  /** Where "keep my results" keeps pages (when `PUBLIC_URL` is set); without it the user gets the plain-text summary. */
  keptResults?: KeptResults;
}

/** Per-message facts an adapter knows. */
export interface MessageMeta {
  /** The platform's language hint (Telegram `language_code`). */
  platformLang?: string;
  /** An explainer for this message only (e.g. WeChat's, which delivers late LLM text by the customer-service API). */
  explainer?: Explainer;
  /** Time budget for an explanation in this turn. */
  explainBudgetMs?: number;
  /**
   * Told the language the replies are in (the user's, after the turn), for
   * what the adapter adds by itself (WeChat's note on a cut reply).
   */
  onLanguage?: (lang: Lang) => void;
}

/** Runs turns for users, with their state kept in the session store. */
export class Conversations {
  constructor(private readonly options: ConversationsOptions) {}

  /** Replaces the plain-text summary of kept results with the link to their page; keeps the summary if storing fails. */
  private async linkKept(userKey: string, lang: Lang, kept: NonNullable<TurnOutput["kept"]>, replies: Reply[]): Promise<void> {
    try {
      const { url, expires } = await this.options.keptResults!.keep(userKey, lang, kept.card);
      replies[kept.index] = { kind: "text", text: t(lang, "keep.link", { url, date: formatDate(expires, lang) }) };
    } catch (e) {
      this.options.logger?.warn({ event: "keep_failed", error: (e as Error)?.message }, "results not kept; the summary is sent instead");
    }
  }

  /** The language of the user's stored session, or `fallback`. */
  private async languageOf(userKey: string, fallback: Lang): Promise<Lang> {
    const read = await this.options.sessions.read(userKey).catch(() => null);
    const lang = read?.status === "found" ? (read.state as { lang?: unknown } | null)?.lang : undefined;
    return isLang(lang) ? lang : fallback;
  }

  /**
   * Handles one message from `userKey` (see `userKeyOf`). Always resolves with
   * replies: when the store is down or busy, a polite "temporarily
   * unavailable" in the best language known; nothing stored is lost.
   */
  async handle(userKey: string, input: Input, meta: MessageMeta = {}): Promise<Reply[]> {
    const { sessions, logger } = this.options;
    let lang: Lang = (meta.platformLang && mapLocaleHint(meta.platformLang)) || "en";
    try {
      const limit = this.options.rateLimit;
      if (limit && limit.perMinute > 0) {
        const now = this.options.now?.() ?? new Date();
        const window = Math.floor(now.getTime() / 60_000);
        const count = await limit.store.increment(rateKeyOf(userKey, window), 61);
        if (count > limit.perMinute) {
          logger?.warn({ event: "rate_limited" }, "message over the per-user limit");
          const known = await this.languageOf(userKey, lang);
          meta.onLanguage?.(known);
          return [{ kind: "text", text: t(known, "rateLimited") }];
        }
      }
      return await sessions.runExclusive(userKey, async () => {
        // Every turn saves (or forgets) the session, which sets its expiry: no separate refresh.
        const read = await sessions.read(userKey, { touch: false });
        const prev = read.status === "found" ? read.state : undefined;
        if (read.status === "corrupt") logger?.warn({ event: "session_corrupt", error: read.error.message }, "unreadable session replaced");
        const prevLang = (prev as { lang?: unknown } | undefined)?.lang;
        if (isLang(prevLang)) lang = prevLang;
        const out = await turn(prev, input, {
          ...(meta.platformLang ? { platformLang: meta.platformLang } : {}),
          ...(meta.explainer ?? this.options.explainer ? { explainer: meta.explainer ?? this.options.explainer! } : {}),
          ...(meta.explainBudgetMs !== undefined ? { explainBudgetMs: meta.explainBudgetMs } : {}),
          ...(this.options.ask ? { ask: this.options.ask } : {}),
          ...(this.options.today ? { today: this.options.today() } : {}),
          ...(this.options.now ? { now: this.options.now() } : {}),
        });
        if (out.state === null) await sessions.forget(userKey);
        else await sessions.save(userKey, out.state);
        if (out.kept && out.state && this.options.keptResults) await this.linkKept(userKey, out.state.lang, out.kept, out.replies);
        meta.onLanguage?.(out.state?.lang ?? lang);
        return out.replies;
      });
    } catch (e) {
      if (e instanceof StoreUnavailableError || e instanceof StoreBusyError) {
        logger?.warn({ event: e instanceof StoreBusyError ? "store_busy" : "store_unavailable" }, "turn not run");
      } else {
        logger?.error({ event: "turn_failed", error: (e as Error)?.message }, "turn failed");
      }
      meta.onLanguage?.(lang);
      return [{ kind: "text", text: t(lang, "unavailable") }];
    }
  }
}
