/**
 * Conversations: the engine plus the session store, one turn per user at a
 * time. Adapters call `handle(userKey, input)` and render the replies; this
 * is the only place that loads and saves state.
 */
import type { Explainer } from "../explain/explainer.ts";
import { mapLocaleHint } from "../i18n/detect/locale.ts";
import { isLang, type Lang } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import type { AskResult } from "../qa/ask.ts";
import { StoreBusyError, StoreUnavailableError } from "../store/key-value-store.ts";
import type { KeyValueStore } from "../store/key-value-store.ts";
import type { SessionStore } from "../store/session-store.ts";
import { rateKeyOf } from "../store/user-keys.ts";
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

let engine: Promise<typeof import("./engine.ts")> | undefined;

/**
 * The engine, imported on first use: it brings the rules core, the parsers
 * and every question's texts, which a server needs for its first turn but
 * not to be ready (it warms them up right after, see {@link Conversations.warm}).
 */
function loadEngine(): Promise<typeof import("./engine.ts")> {
  return (engine ??= import("./engine.ts"));
}

/** A platform's delivery to take once: its key (in the user's hash slot, see `core/store/user-keys.ts`), what to store there, for how long. */
export interface DeliveryClaim {
  key: string;
  /** Non-empty. */
  value: string;
  ttlSeconds: number;
  /**
   * What the claim becomes once the turn is through (Telegram's "done"),
   * written in the same round trip as the session; absent: it keeps `value`.
   */
  done?: { value: string; ttlSeconds: number };
  /** Told as soon as the claim is taken, before the turn waits for the user's lock (to renew it, say). */
  onTaken?: () => void;
  /**
   * Asked when the turn fails before its claim was taken (the store is
   * down): true gives the outcome `unclaimed` and no reply (the platform is
   * to deliver the message again); false or absent, the "temporarily
   * unavailable" reply.
   */
  refuseUnclaimed?: () => boolean;
}

/**
 * What {@link Conversations.handleOnce} did: answered the message
 * (`claimDone`: the claim now holds its `done` value), found its delivery
 * taken already (`taken`: what the claim holds), or could not take it and
 * was told to refuse it (`unclaimed`).
 */
export type OnceOutcome =
  | { status: "answered"; replies: Reply[]; claimDone: boolean }
  | { status: "taken"; taken: string | null }
  | { status: "unclaimed" };

/** Runs turns for users, with their state kept in the session store. */
export class Conversations {
  constructor(private readonly options: ConversationsOptions) {}

  /** Loads the engine now rather than at the first message (a server calls it once it is ready). */
  async warm(): Promise<void> {
    await loadEngine();
  }

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

  /** The "too many messages" reply, in the language of the stored session or `fallback`. */
  private async limited(userKey: string, fallback: Lang, meta: MessageMeta): Promise<Reply[]> {
    return this.limitedIn(await this.languageOf(userKey, fallback), meta);
  }

  private limitedIn(lang: Lang, meta: MessageMeta): Reply[] {
    this.options.logger?.warn({ event: "rate_limited" }, "message over the per-user limit");
    meta.onLanguage?.(lang);
    return [{ kind: "text", text: t(lang, "rateLimited") }];
  }

  /**
   * Handles one message from `userKey` (see `userKeyOf`). Always resolves with
   * replies: when the store is down or busy, a polite "temporarily
   * unavailable" in the best language known; nothing stored is lost.
   */
  async handle(userKey: string, input: Input, meta: MessageMeta = {}): Promise<Reply[]> {
    const out = await this.#handle(userKey, input, meta, undefined);
    return out.status === "answered" ? out.replies : [];
  }

  /**
   * {@link Conversations.handle} for a platform's delivery that must run
   * once: `claim` is taken as the turn begins (on Redis in the same round
   * trip as the user's lock), and when it was taken already (a retry, here
   * or on another instance) no turn runs and the outcome is `taken`. When the
   * store fails, the answer is handle's "temporarily unavailable" (or, before
   * the claim is taken and when `claim.refuseUnclaimed` says so, `unclaimed`).
   */
  async handleOnce(userKey: string, input: Input, claim: DeliveryClaim, meta: MessageMeta = {}): Promise<OnceOutcome> {
    return this.#handle(userKey, input, meta, claim);
  }

  async #handle(userKey: string, input: Input, meta: MessageMeta, claim: DeliveryClaim | undefined): Promise<OnceOutcome> {
    let claimDone = false;
    const answered = (replies: Reply[]): OnceOutcome => ({ status: "answered", replies, claimDone });
    const { sessions, logger } = this.options;
    let claimed = false;
    const taking = claim && {
      ...claim,
      onTaken: () => {
        claimed = true;
        claim.onTaken?.();
      },
    };
    let lang: Lang = (meta.platformLang && mapLocaleHint(meta.platformLang)) || "en";
    try {
      const limit = this.options.rateLimit;
      const perMinute = limit && limit.perMinute > 0 ? limit.perMinute : 0;
      const now = () => this.options.now?.() ?? new Date();
      // A limit counted in another store than the sessions' is counted apart;
      // in the same store it rides with the lock (one round trip on Redis).
      const apart = perMinute > 0 && limit!.store !== sessions.store;
      if (apart && taking) {
        if (!(await sessions.store.setIfAbsent(taking.key, taking.value, taking.ttlSeconds))) return { status: "taken", taken: await sessions.store.get(taking.key) };
        taking.onTaken();
      }
      if (apart) {
        const count = await limit!.store.increment(rateKeyOf(userKey, Math.floor(now().getTime() / 60_000)), 61);
        if (count > perMinute) return answered(await this.limited(userKey, lang, meta));
      }
      const { turn } = await loadEngine();
      let kept: { out: TurnOutput; lang: Lang } | undefined;
      const outcome = await sessions.runTurn(
        userKey,
        async (read) => {
          const prev = read.status === "found" ? read.state : undefined;
          if (read.status === "corrupt") logger?.warn({ event: "session_corrupt", error: read.error.message }, "unreadable session replaced");
          const prevLang = (prev as { lang?: unknown } | undefined)?.lang;
          if (isLang(prevLang)) lang = prevLang;
          const out = await turn(prev, input, {
            // Parsed from the store for this turn: the engine need not copy it.
            ownsPrev: true,
            ...(meta.platformLang ? { platformLang: meta.platformLang } : {}),
            ...(meta.explainer ?? this.options.explainer ? { explainer: meta.explainer ?? this.options.explainer! } : {}),
            ...(meta.explainBudgetMs !== undefined ? { explainBudgetMs: meta.explainBudgetMs } : {}),
            ...(this.options.ask ? { ask: this.options.ask } : {}),
            ...(this.options.today ? { today: this.options.today() } : {}),
            ...(this.options.now ? { now: this.options.now() } : {}),
          });
          // Forgetting deletes every key of the user; the session key is then left as it is (absent).
          if (out.state === null) await sessions.forget(userKey);
          lang = out.state?.lang ?? lang;
          if (out.kept && out.state && this.options.keptResults) kept = { out, lang: out.state.lang };
          return out.state === null ? { result: out.replies } : { result: out.replies, state: out.state };
        },
        {
          ...(perMinute > 0 && !apart ? { rateLimit: { perMinute, now: now() } } : {}),
          ...(taking && !apart ? { claim: taking } : {}),
        },
      );
      if (outcome.status === "taken") return outcome;
      // Ran or refused over the limit: the store marked the claim done with it.
      claimDone = !apart && claim?.done !== undefined;
      if (outcome.status === "limited") {
        const known = outcome.read.status === "found" ? (outcome.read.state as { lang?: unknown } | null)?.lang : undefined;
        return answered(this.limitedIn(isLang(known) ? known : lang, meta));
      }
      // The results page is stored after the turn, outside the user's lock; a failure keeps the summary.
      if (kept) await this.linkKept(userKey, kept.lang, kept.out.kept!, outcome.result);
      meta.onLanguage?.(lang);
      return answered(outcome.result);
    } catch (e) {
      if (claim && !claimed && claim.refuseUnclaimed?.()) {
        logger?.warn({ event: "delivery_unclaimed", error: (e as Error)?.message }, "delivery not taken; the platform is to deliver it again");
        return { status: "unclaimed" };
      }
      if (e instanceof StoreUnavailableError || e instanceof StoreBusyError) {
        logger?.warn({ event: e instanceof StoreBusyError ? "store_busy" : "store_unavailable" }, "turn not run");
      } else {
        logger?.error({ event: "turn_failed", error: (e as Error)?.message }, "turn failed");
      }
      meta.onLanguage?.(lang);
      return answered([{ kind: "text", text: t(lang, "unavailable") }]);
    }
  }
}
