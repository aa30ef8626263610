/**
 * Which pushes were taken and how they were answered, so WeChat's retries
 * never run a turn twice and still get the answer the first try produced.
 * One entry per push, under its `dedupeKey`, in the shared store (Redis
 * when configured), kept a few minutes: WeChat retries within 15 seconds.
 */
import type { KeyValueStore } from "../../core/store/key-value-store.ts";

/** How long an entry is kept. */
export const DELIVERY_TTL_SECONDS = 300;

/** Where the answer to a push stands. */
export type Delivery =
  /** The first try is still working on it. */
  | { state: "pending" }
  /** Answered passively with `content` (null: `success`); a retry repeats it. */
  | { state: "answered"; content: string | null }
  /** Answered `success`; the replies go (or went) out by the customer-service API. */
  | { state: "sent" };

const PENDING = JSON.stringify({ state: "pending" } satisfies Delivery);

function parse(raw: string | null): Delivery | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<Delivery> & { content?: unknown };
    if (value.state === "pending" || value.state === "sent") return { state: value.state };
    if (value.state === "answered") return { state: "answered", content: typeof value.content === "string" ? value.content : null };
  } catch {
    // Unreadable: treated as still pending, which at worst answers a retry with `success`.
  }
  return { state: "pending" };
}

/** The delivery entries in a store. */
export class DeliveryLog {
  constructor(
    private readonly store: KeyValueStore,
    private readonly ttlSeconds: number = DELIVERY_TTL_SECONDS,
  ) {}

  /** Takes the push at `key`: true for the first try, false for a retry. Store errors propagate. */
  claim(key: string): Promise<boolean> {
    const { value, ttlSeconds } = this.claimOf(key);
    return this.store.setIfAbsent(key, value, ttlSeconds);
  }

  /** The claim of the push at `key`, for a turn that takes it with the user's lock (`Conversations.handleOnce`). */
  claimOf(key: string): { key: string; value: string; ttlSeconds: number } {
    return { key, value: PENDING, ttlSeconds: this.ttlSeconds };
  }

  /** Records how the push at `key` was answered. */
  settle(key: string, delivery: Exclude<Delivery, { state: "pending" }>): Promise<void> {
    return this.store.set(key, JSON.stringify(delivery), this.ttlSeconds);
  }

  /** The entry at `key`, or null when there is none. */
  async read(key: string): Promise<Delivery | null> {
    return parse(await this.store.get(key));
  }

  /**
   * Waits until the entry at `key` is settled, checking every `intervalMs`
   * until `until` (epoch ms). Returns the last entry seen (still pending when
   * time ran out, null when it expired or the store failed).
   */
  async settled(key: string, until: number, intervalMs = 150, now: () => number = Date.now): Promise<Delivery | null> {
    for (;;) {
      let entry: Delivery | null;
      try {
        entry = await this.read(key);
      } catch {
        return null;
      }
      if (entry === null || entry.state !== "pending") return entry;
      const left = until - now();
      if (left <= 0) return entry;
      await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, left)));
    }
  }
}
