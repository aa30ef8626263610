/**
 * The API's per-client rate limit: a fixed one-minute window counted in the
 * key-value store, so that instances sharing one Redis share the limit. The
 * key holds a hash of the client's address, never the address itself.
 */
import { createHash } from "node:crypto";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";

/** The verdict on one request. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

const WINDOW_SECONDS = 60;

/** Counts requests per client and minute; `perMinute` 0 turns the limit off. */
export class ApiRateLimit {
  constructor(
    private readonly store: Pick<KeyValueStore, "increment">,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request from `client`. A store that cannot count lets the request through (the API stays up when Redis is down). */
  async take(client: string): Promise<RateVerdict> {
    if (this.perMinute <= 0) return { ok: true };
    const now = this.now();
    const window = Math.floor(now / 1000 / WINDOW_SECONDS);
    const id = createHash("sha256").update(client).digest("base64url").slice(0, 22);
    let count: number;
    try {
      count = await this.store.increment(`api:rate:${id}:${window}`, WINDOW_SECONDS + 1);
    } catch {
      return { ok: true };
    }
    if (count <= this.perMinute) return { ok: true };
    const windowEnd = (window + 1) * WINDOW_SECONDS * 1000;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
  }
}
