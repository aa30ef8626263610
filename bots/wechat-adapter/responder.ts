/**
 * Answers one authenticated push within WeChat's 5 seconds: runs the turn
 * once (retries get the first try's answer), keeps the passive reply under
 * its size and time limits, and sends what is late or too long through the
 * customer-service API when the account has one.
 *
 * Never logs message contents: only event names, states and error codes.
 */
import type { DeliveryClaim, OnceOutcome } from "../../core/dialogues/conversations.ts";
import type { Input } from "../../core/dialogues/types.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { userKeyOf } from "../../core/store/session-store.ts";
import type { WechatApi } from "./api-client.ts";
import { DeadlineExplainer } from "./deadline-explainer.ts";
import { dedupeKey } from "./dedupe.ts";
import type { Delivery, DeliveryLog } from "./delivery-log.ts";
import { actionFor } from "./inputs.ts";
import type { IncomingMessage } from "./messages.ts";
import { outgoing, renderForWechat } from "./outgoing.ts";
import { WECHAT_DEFAULT_LANG, wechatText } from "./strings.ts";
import type { OutboxWhat, WechatOutbox } from "./outbox.ts";
import { within } from "./within.ts";

/** The platform hint of every WeChat message: WeChat sends no locale (see {@link WECHAT_DEFAULT_LANG}). */
export const WECHAT_PLATFORM_LANG = WECHAT_DEFAULT_LANG;

/** Timings of the 5-second rule. */
export interface WechatTimings {
  /** From arrival, when the passive reply must be ready. Default 4,300 ms (WeChat gives up at 5,000). */
  passiveDeadlineMs: number;
  /** Longest wait for an explanation in one turn. Default 3,000 ms. */
  explainBudgetMs: number;
  /** Room kept between the explanation and the deadline, for saving the session and rendering. Default 500 ms. */
  renderMarginMs: number;
  /**
   * Without the customer-service API, how long a request waits for a slow
   * turn. Past WeChat's 5 seconds the answer can only reach the user as the
   * reply to a retry, which finds it in the delivery log. Default 15,000 ms.
   */
  holdMs: number;
}

/** The default timings. */
export const DEFAULT_TIMINGS: WechatTimings = { passiveDeadlineMs: 4300, explainBudgetMs: 3000, renderMarginMs: 500, holdMs: 15_000 };

/** The few log calls the responder makes (pino's shape). */
export interface ResponderLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Options of {@link WechatResponder}. */
export interface WechatResponderOptions {
  /** Runs turns (`Conversations.handleOnce`, which takes the push's delivery entry with the turn); never throws. */
  conversations: {
    handleOnce(userKey: string, input: Input, claim: DeliveryClaim, meta: { platformLang?: string; explainer?: Explainer; explainBudgetMs?: number; onLanguage?: (lang: Lang) => void }): Promise<OnceOutcome>;
  };
  /** The configured explainer, wrapped per message in a {@link DeadlineExplainer}. */
  explainer: Explainer;
  log: DeliveryLog;
  /** The customer-service API, when `WECHAT_APP_SECRET` is configured. */
  api: Pick<WechatApi, "sendText"> | null;
  /**
   * Where messages for the customer-service API wait until sent, shared by
   * all instances; without it they are sent straight from this process.
   */
  outbox?: Pick<WechatOutbox, "put" | "deliver"> | null;
  logger: ResponderLogger;
  timings?: Partial<WechatTimings>;
  now?: () => number;
}

/** The answer to one push. */
export interface PushAnswer {
  /** The passive reply's text, or null for `success`. */
  content: string | null;
  /** Call once the passive reply has gone out: starts what follows it by the customer-service API. */
  afterReply(): void;
}

const nothingAfter = (): void => undefined;

/**
 * The delivery-log key of a push: its `dedupeKey`, plus the menu key for
 * clicks, since events are told apart by CreateTime (seconds) and two menu
 * entries tapped within one second are two requests, not a retry.
 */
export function deliveryKey(message: IncomingMessage): string {
  const key = dedupeKey(message);
  return message.type === "event" && message.event === "CLICK" ? `${key}:${message.eventKey}` : key;
}

/** Answers pushes; one per channel. */
export class WechatResponder {
  private readonly timings: WechatTimings;
  private readonly now: () => number;
  private readonly background = new Set<Promise<unknown>>();

  constructor(private readonly options: WechatResponderOptions) {
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
    this.now = options.now ?? Date.now;
  }

  /** Answers an authenticated push that arrived at `arrivedAt` (epoch ms). Never throws. */
  async respond(message: IncomingMessage, arrivedAt: number): Promise<PushAnswer> {
    const action = actionFor(message);
    if (action.kind === "ignore") return { content: null, afterReply: nothingAfter };
    const key = deliveryKey(message);
    // A turn takes its delivery entry with the user's lock (one round trip); a notice runs no turn and takes it alone.
    if (action.kind !== "notice") return this.runTurn(message.fromUserName, action.input, key, arrivedAt);
    let first: boolean;
    try {
      first = await this.options.log.claim(key);
    } catch {
      this.options.logger.warn({ event: "wechat_dedupe_unavailable" }, "retry check skipped");
      first = true;
    }
    if (!first) return { content: await this.repeat(key, arrivedAt), afterReply: nothingAfter };
    const content = wechatText(WECHAT_DEFAULT_LANG, action.key);
    this.settle(key, { state: "answered", content });
    return { content, afterReply: nothingAfter };
  }

  /** Resolves when the deliveries started so far are done, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    if (this.background.size === 0) return;
    await within(Promise.allSettled([...this.background]), timeoutMs);
  }

  /** A retry: the first try's answer, once it has one, else `success`. */
  private async repeat(key: string, arrivedAt: number): Promise<string | null> {
    const until = arrivedAt + (this.options.api ? this.timings.passiveDeadlineMs : this.timings.holdMs);
    const entry = await this.options.log.settled(key, until, 150, this.now);
    this.options.logger.info({ event: "wechat_retry", state: entry?.state ?? "expired" }, "retry answered from the delivery log");
    return entry?.state === "answered" ? entry.content : null;
  }

  private async runTurn(openid: string, input: Input, key: string, arrivedAt: number): Promise<PushAnswer> {
    const { api, logger } = this.options;
    const deadline = arrivedAt + this.timings.passiveDeadlineMs;
    const explainer = new DeadlineExplainer({
      inner: this.options.explainer,
      deadline: deadline - this.timings.renderMarginMs,
      budgetMs: this.timings.explainBudgetMs,
      now: this.now,
      ...(api ? { onLate: (text: string) => this.send(openid, text, "late_explanation") } : {}),
    });
    // The note on a cut reply is in the language the replies are in.
    let lang: Lang = WECHAT_DEFAULT_LANG;
    const turn = this.options.conversations.handleOnce(userKeyOf("wechat", openid), input, this.options.log.claimOf(key), {
      platformLang: WECHAT_PLATFORM_LANG,
      explainer,
      explainBudgetMs: this.timings.explainBudgetMs,
      onLanguage: (l) => (lang = l),
    });
    const waitUntil = api ? deadline : arrivedAt + this.timings.holdMs;
    const done = await within(turn, waitUntil - this.now());
    // A retry (its entry was taken with the first try's turn): the first try's answer, once it has one.
    if (done.done && done.value.status === "taken") return { content: await this.repeat(key, arrivedAt), afterReply: nothingAfter };
    if (done.done && done.value.status === "answered") {
      const out = outgoing(done.value.replies, { canSendLater: api !== null, lang });
      this.settle(key, { state: "answered", content: out.passive });
      const rest = out.rest;
      return { content: out.passive, afterReply: rest ? () => this.send(openid, rest, "rest") : nothingAfter };
    }
    logger.warn({ event: "wechat_turn_late", delivery: api ? "customer_service" : "retry" }, "turn missed the passive reply");
    // The entry is written only once the turn has answered: a turn that turns out to be a retry's must not touch it.
    if (api) {
      this.track(
        turn.then((outcome) => {
          if (outcome.status !== "answered") return;
          this.settle(key, { state: "sent" });
          const text = renderForWechat(outcome.replies);
          if (text) this.send(openid, text, "late_turn");
        }),
      );
    } else {
      // A later retry of this push reads the answer from the delivery log.
      this.track(turn.then((outcome) => outcome.status === "answered" && this.settle(key, { state: "answered", content: outgoing(outcome.replies, { canSendLater: false, lang }).passive })));
    }
    return { content: null, afterReply: nothingAfter };
  }

  private settle(key: string, delivery: Exclude<Delivery, { state: "pending" }>): void {
    this.track(
      this.options.log.settle(key, delivery).catch(() => {
        this.options.logger.warn({ event: "wechat_delivery_log_failed" }, "answer not recorded for retries");
      }),
    );
  }

  private send(openid: string, text: string, what: OutboxWhat): void {
    const api = this.options.api;
    if (!api) return;
    const outbox = this.options.outbox;
    if (outbox) {
      // Stored first, so that any instance sends it if this one dies; sent from here at once.
      this.track(
        outbox.put(openid, text, what).then(
          (key) => outbox.deliver(key),
          () => {
            this.options.logger.warn({ event: "wechat_outbox_unavailable", what }, "store unavailable; sent without the outbox");
            this.sendNow(api, openid, text, what);
          },
        ),
      );
      return;
    }
    this.sendNow(api, openid, text, what);
  }

  private sendNow(api: Pick<WechatApi, "sendText">, openid: string, text: string, what: OutboxWhat): void {
    this.track(
      api.sendText(openid, text).then(
        (parts) => this.options.logger.info({ event: "wechat_sent", what, parts }, "sent by the customer-service API"),
        (error: unknown) => {
          const code = (error as { code?: unknown })?.code;
          this.options.logger.warn({ event: "wechat_send_failed", what, code: typeof code === "string" ? code : "UNKNOWN" }, "customer-service message not sent");
        },
      ),
    );
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch(() => undefined).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }
}
