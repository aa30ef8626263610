/**
 * Watches the fake Bot API for the replies of each update: an update counts
 * as processed when the last message of its reply reaches the fake, and its
 * latency runs from the moment the benchmark built the request.
 */
import type { ApiCall } from "../../test/helpers/fake-telegram-api.ts";
import { sleep } from "../lib/stats.ts";

interface Pending {
  sentAt: number;
  /** Messages still expected for this update. */
  left: number;
}

/**
 * Per-chat queues of updates awaiting their reply, fed by the fake's calls:
 * start the fake with `{ keep: false, onCall: (c) => tracker.onCall(c) }`.
 */
export class ReplyTracker {
  /** Latency of each processed update, ms (request built → last reply message at the fake). */
  readonly latencies: number[] = [];
  private readonly pending = new Map<number, Pending[]>();
  private messages = 0;
  private lastReplyAt = 0;
  private sent = 0;

  /** Counts a call the fake received: each `sendMessage` is a message of some update's reply. */
  onCall(call: ApiCall): void {
    if (call.method === "sendMessage") this.onMessage(Number(call.payload.chat_id));
  }

  /** Records an update sent to `chatId` whose reply is `messages` long. */
  expect(chatId: number, messages: number): void {
    let queue = this.pending.get(chatId);
    if (!queue) this.pending.set(chatId, (queue = []));
    queue.push({ sentAt: performance.now(), left: messages });
    this.sent++;
  }

  /** Updates whose whole reply arrived. */
  get processed(): number {
    return this.latencies.length;
  }

  /** Updates sent and not yet answered in full. */
  get backlog(): number {
    return this.sent - this.latencies.length;
  }

  /** Every sendMessage call seen. */
  get messageCount(): number {
    return this.messages;
  }

  /** When the last reply message arrived (performance.now()). */
  get lastReply(): number {
    return this.lastReplyAt;
  }

  /**
   * Waits until no message has arrived for `quietMs` (or `maxMs` passed);
   * resolves with whether every update got its reply.
   */
  async drained(quietMs = 1000, maxMs = 60_000): Promise<boolean> {
    const deadline = performance.now() + maxMs;
    let seen = this.messages;
    let quietSince = performance.now();
    while (performance.now() < deadline) {
      if (this.backlog === 0) return true;
      await sleep(50);
      if (this.messages !== seen) {
        seen = this.messages;
        quietSince = performance.now();
      } else if (performance.now() - quietSince >= quietMs) break;
    }
    return this.backlog === 0;
  }

  /** Forgets everything, for the next phase. */
  reset(): void {
    this.pending.clear();
    this.latencies.length = 0;
    this.messages = 0;
    this.sent = 0;
    this.lastReplyAt = 0;
  }

  private onMessage(chatId: number): void {
    this.messages++;
    const now = performance.now();
    this.lastReplyAt = now;
    const queue = this.pending.get(chatId);
    const head = queue?.[0];
    if (!queue || !head) return;
    if (--head.left > 0) return;
    queue.shift();
    if (queue.length === 0) this.pending.delete(chatId);
    this.latencies.push(now - head.sentAt);
  }
}
