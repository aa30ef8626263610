/**
 * Messages owed to WeChat users by the customer-service API (late LLM text,
 * a late turn's replies, the rest of a long reply), kept in the shared store
 * until sent, so that a process that dies before sending does not lose them:
 * every instance sweeps the outbox and sends what it finds, each entry at
 * most once, retrying a refused send a bounded number of times.
 *
 * An entry is taken with a lease (set-if-absent); before the call goes out
 * the entry is marked `sending`, so that an entry found `sending` without a
 * lease belongs to a sender that died mid-call and is dropped rather than
 * sent twice. Entries hold the openid and the text, so their keys are in the
 * per-user families `/forget` deletes (`core/store/user-keys.ts`).
 *
 * Never logs message contents or openids: only what was sent, counts and error codes.
 */
import { randomUUID } from "node:crypto";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { userKeyOf } from "../../core/store/session-store.ts";
import { WECHAT_OUTBOX_PREFIX, wechatOutboxKeyOf } from "../../core/store/user-keys.ts";
import type { WechatApi } from "./api-client.ts";

/** What an outbox message is. */
export type OutboxWhat = "rest" | "late_turn" | "late_explanation";

/** One stored message. */
interface Entry {
  openid: string;
  text: string;
  what: OutboxWhat;
  /** Failed sends so far. */
  attempts: number;
  /** Epoch ms before which no retry is made. */
  notBefore: number;
  state: "pending" | "sending";
}

/** Timings and bounds of the outbox. */
export interface OutboxTimings {
  /** How long a sender holds an entry; above the longest send. Default 60 s. */
  leaseSeconds: number;
  /** How long an unsent entry is kept at most. Default 1 hour (WeChat's window to write back is 48 hours). */
  entryTtlSeconds: number;
  /** Sends tried per entry before it is given up. Default 5. */
  maxAttempts: number;
  /** Wait before the first retry, doubled for each further one. Default 2,000 ms. */
  retryBaseMs: number;
  /**
   * How often each instance sweeps the outbox for what a dead instance left
   * (a scan of the store's keys, so not too often). Default 30,000 ms.
   */
  sweepEveryMs: number;
}

/** The default timings. */
export const OUTBOX_DEFAULTS: OutboxTimings = { leaseSeconds: 60, entryTtlSeconds: 3600, maxAttempts: 5, retryBaseMs: 2000, sweepEveryMs: 30_000 };

/** The log calls the outbox makes (pino's shape). */
export interface OutboxLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Options of {@link WechatOutbox}. */
export interface WechatOutboxOptions {
  store: Pick<KeyValueStore, "get" | "set" | "setIfAbsent" | "delete" | "keysWithPrefix">;
  api: Pick<WechatApi, "sendText">;
  logger: OutboxLogger;
  timings?: Partial<OutboxTimings>;
  now?: () => number;
}

/** What one delivery attempt came to. */
export type DeliveryOutcome = "sent" | "retry_later" | "gave_up" | "not_due" | "taken" | "gone";

const LEASE_SUFFIX = ":lease";
/** Error codes WeChat will not accept on a retry either (window closed, quota used up). */
const FINAL_CODES = new Set(["WINDOW_CLOSED", "QUOTA_EXCEEDED"]);

/** The outbox of one instance; all instances share the entries through the store. */
export class WechatOutbox {
  private readonly timings: OutboxTimings;
  private readonly now: () => number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private sweeping: Promise<void> | null = null;

  constructor(private readonly options: WechatOutboxOptions) {
    this.timings = { ...OUTBOX_DEFAULTS, ...options.timings };
    this.now = options.now ?? Date.now;
  }

  /**
   * Stores a message for `openid` and returns its key; {@link deliver} it
   * next. Store errors propagate (the caller then has nothing to send).
   */
  async put(openid: string, text: string, what: OutboxWhat): Promise<string> {
    const key = wechatOutboxKeyOf(userKeyOf("wechat", openid), randomUUID());
    const entry: Entry = { openid, text, what, attempts: 0, notBefore: 0, state: "pending" };
    await this.options.store.set(key, JSON.stringify(entry), this.timings.entryTtlSeconds);
    return key;
  }

  /** Tries to send the entry at `key` once, if it is due and no other instance holds it. Never throws. */
  async deliver(key: string): Promise<DeliveryOutcome> {
    const { store, api, logger } = this.options;
    const lease = key + LEASE_SUFFIX;
    try {
      if (!(await store.setIfAbsent(lease, "1", this.timings.leaseSeconds))) return "taken";
    } catch {
      return "retry_later";
    }
    let release = true;
    try {
      const entry = parse(await store.get(key));
      if (!entry) return "gone";
      if (entry.state === "sending") {
        // Its sender died during the call: WeChat may have the message already, and at most once beats twice.
        await store.delete(key);
        logger.warn({ event: "wechat_outbox_dropped", what: entry.what }, "message whose sender died mid-send not sent again");
        return "gave_up";
      }
      if (entry.notBefore > this.now()) return "not_due";
      await store.set(key, JSON.stringify({ ...entry, state: "sending" } satisfies Entry), this.timings.entryTtlSeconds);
      try {
        const parts = await api.sendText(entry.openid, entry.text);
        await store.delete(key);
        logger.info({ event: "wechat_sent", what: entry.what, parts, attempts: entry.attempts + 1 }, "sent by the customer-service API");
        return "sent";
      } catch (error) {
        const code = codeOf(error);
        const sentParts = (error as { details?: { sentParts?: unknown } })?.details?.sentParts;
        const attempts = entry.attempts + 1;
        if (FINAL_CODES.has(code) || (typeof sentParts === "number" && sentParts > 0) || attempts >= this.timings.maxAttempts) {
          await store.delete(key);
          logger.warn({ event: "wechat_send_failed", what: entry.what, code, attempts, final: true }, "customer-service message not sent");
          return "gave_up";
        }
        const notBefore = this.now() + this.timings.retryBaseMs * 2 ** (attempts - 1);
        await store.set(key, JSON.stringify({ ...entry, attempts, notBefore, state: "pending" } satisfies Entry), this.timings.entryTtlSeconds);
        // The retry is made by the next sweep after `notBefore` (on any instance).
        logger.warn({ event: "wechat_send_failed", what: entry.what, code, attempts, final: false }, "customer-service message to be retried");
        return "retry_later";
      }
    } catch {
      // The store failed around the call: keep the lease, so that nobody sends it again before it lapses.
      release = false;
      return "retry_later";
    } finally {
      if (release) await store.delete(lease).catch(() => undefined);
    }
  }

  /** Tries every entry in the outbox once (entries of all instances); resolves when done. Never throws. */
  sweep(): Promise<void> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  /** Sweeps every `sweepEveryMs` until {@link stop}. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.timings.sweepEveryMs);
    this.timer.unref();
  }

  /** Stops sweeping and waits for a sweep in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    let keys: string[];
    try {
      keys = await this.options.store.keysWithPrefix(WECHAT_OUTBOX_PREFIX);
    } catch {
      return;
    }
    for (const key of keys) if (!key.endsWith(LEASE_SUFFIX)) await this.deliver(key);
  }
}

function parse(raw: string | null): Entry | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<Entry>;
    if (typeof v.openid !== "string" || typeof v.text !== "string") return null;
    return {
      openid: v.openid,
      text: v.text,
      what: v.what ?? "late_turn",
      attempts: typeof v.attempts === "number" ? v.attempts : 0,
      notBefore: typeof v.notBefore === "number" ? v.notBefore : 0,
      state: v.state === "sending" ? "sending" : "pending",
    };
  } catch {
    return null;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" ? code : "UNKNOWN";
}
