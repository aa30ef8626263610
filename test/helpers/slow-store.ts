/**
 * A memory store whose locks can be made slow to take, standing in for a
 * Redis that answers late: every turn waits `lockDelayMs` before it starts.
 */
import { MemoryStore } from "../../core/store/memory-store.ts";

/** A {@link MemoryStore} with a settable delay before each lock is taken. */
export class SlowLockStore extends MemoryStore {
  /** Milliseconds every `withLock` waits first; 0 for a normal store. */
  lockDelayMs = 0;

  override async withLock<T>(key: string, fn: () => Promise<T>, options?: { ttlMs?: number; waitMs?: number }): Promise<T> {
    if (this.lockDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.lockDelayMs));
    return super.withLock(key, fn, options);
  }
}
