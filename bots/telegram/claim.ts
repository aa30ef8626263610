/**
 * One webhook delivery's claim on its update. The claim rides in the turn's
 * first store round trip (the script that takes the user's lock, see
 * `Conversations.handleOnce`) and its "done" mark in the save, so an update
 * costs the turn's two round trips and no more. The claim decides what the
 * webhook answers: 503 for a retry whose update is still being processed or
 * when the store is down before the claim is taken (Telegram delivers it
 * again), 200 otherwise. While the turn runs, the claim is renewed; a dead
 * process's claim lapses within its TTL, and the next redelivery is taken.
 */
import type { DeliveryClaim, OnceOutcome } from "../../core/dialogues/conversations.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { claimKeyOf } from "./updates.ts";

/** What a claim holds while its turn runs. */
export const PROCESSING = "processing";
/** What a claim holds once its turn is through. */
export const DONE = "done";

/** What the webhook answers Telegram. */
export interface Verdict {
  status: 200 | 503;
  body: Record<string, unknown>;
}

const OK: Verdict = { status: 200, body: { ok: true } };

/** What an {@link UpdateClaim} needs. */
export interface UpdateClaimDeps {
  botId: string;
  updateId: number;
  store: Pick<KeyValueStore, "set" | "touch">;
  /** The claim's life while its turn runs, renewed every `renewMs` for at most `maxMs`. */
  ttlSeconds: number;
  renewMs: number;
  maxMs: number;
  /** How long the done mark is kept. */
  doneTtlSeconds: number;
}

/** The part of an {@link UpdateClaim} the turn uses (see `respond.ts`). */
export interface TurnClaim {
  /** The claim the user's turn takes with their lock. */
  forUser(userKey: string): DeliveryClaim;
  /** Told what the turn did with it. */
  outcome(outcome: OnceOutcome): void;
}

/** A webhook delivery's claim and the answer it leads to. */
export class UpdateClaim implements TurnClaim {
  readonly #deps: UpdateClaimDeps;
  #verdict: Verdict | undefined;
  #settle!: () => void;
  /** Resolves once the webhook's answer is decided. */
  readonly decided = new Promise<void>((resolve) => (this.#settle = resolve));
  #key: string | undefined;
  #taken = false;
  #marked = false;
  #renewal: ReturnType<typeof setInterval> | undefined;

  constructor(deps: UpdateClaimDeps) {
    this.#deps = deps;
  }

  /** The answer decided, if any yet. */
  get verdict(): Verdict | undefined {
    return this.#verdict;
  }

  /** Decides the answer unless it is decided already; true when this call decided it. */
  decide(verdict: Verdict = OK): boolean {
    if (this.#verdict) return false;
    this.#verdict = verdict;
    this.#settle();
    return true;
  }

  forUser(userKey: string): DeliveryClaim {
    const { botId, updateId, ttlSeconds, doneTtlSeconds } = this.#deps;
    const key = (this.#key = claimKeyOf(botId, updateId, userKey));
    return {
      key,
      value: PROCESSING,
      ttlSeconds,
      done: { value: DONE, ttlSeconds: doneTtlSeconds },
      onTaken: () => this.#onTaken(key),
      // Store down before the claim: 503 while Telegram still waits for an answer; once it has had 200, the user is told.
      refuseUnclaimed: () => this.decide({ status: 503, body: { error: "unavailable" } }),
    };
  }

  outcome(outcome: OnceOutcome): void {
    if (outcome.status === "taken") {
      // Done: acknowledge the retry. Still being processed (here or elsewhere): ask Telegram to come back.
      this.decide(outcome.taken === PROCESSING ? { status: 503, body: { error: "in_progress" } } : OK);
    } else if (outcome.status === "answered") {
      this.#marked = outcome.claimDone;
    }
  }

  /**
   * The update's work is over: renewal stops, and a claim the turn took but
   * did not mark done (it failed, or the save did) is marked now, so that a
   * later retry is acknowledged rather than run again.
   */
  async finish(): Promise<void> {
    clearInterval(this.#renewal);
    try {
      if (this.#taken && !this.#marked && this.#key) await this.#deps.store.set(this.#key, DONE, this.#deps.doneTtlSeconds);
    } finally {
      this.decide(OK);
    }
  }

  #onTaken(key: string): void {
    this.#taken = true;
    const { store, ttlSeconds, renewMs, maxMs } = this.#deps;
    const takenAt = Date.now();
    // Only while it still says "processing": a renewal must not shorten the done mark that replaced it.
    this.#renewal = setInterval(() => {
      if (Date.now() - takenAt > maxMs) clearInterval(this.#renewal);
      else void store.touch(key, ttlSeconds, { ifValue: PROCESSING }).catch(() => undefined);
    }, renewMs);
    this.#renewal.unref();
  }
}
