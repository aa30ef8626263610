/**
 * Many users mid-conversation: each follows one scripted conversation from
 * its own starting question, so every request is the real answer to the
 * question that user was last asked. Sessions are written to the store
 * first, as if each user had chatted up to there.
 */
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { SessionStore, userKeyOf } from "../../core/store/session-store.ts";
import type { Script, ScriptStep } from "../lib/script.ts";

/** Answers a user sends at most per run: under the default 30 a minute rate limit. */
export const MAX_ANSWERS_PER_USER = 25;

/** One answer to send. */
export interface NextAnswer {
  /** The user's index, 0-based. */
  index: number;
  script: Script;
  step: ScriptStep;
  text: string;
}

/** Users of one channel, handed out round-robin. */
export class ScriptedUsers {
  private readonly cursors: number[];
  private readonly sent: number[];
  private turn = 0;

  /**
   * `count` users; user `i` follows `scripts[i % scripts.length]`, starting
   * a few questions in, so that the cursor never runs past the last question.
   */
  constructor(
    readonly channel: string,
    readonly count: number,
    readonly scripts: Script[],
    readonly idOf: (index: number) => string,
    /** Answers a user sends at most; the echo baseline, which has no rate limit, passes Infinity. */
    readonly maxPerUser: number = MAX_ANSWERS_PER_USER,
  ) {
    this.cursors = Array.from({ length: count }, (_, i) => 1 + ((i * 7) % 12));
    this.sent = new Array<number>(count).fill(0);
    const shortest = Math.min(...scripts.map((s) => s.steps.length));
    if (Number.isFinite(maxPerUser) && 13 + maxPerUser > shortest) throw new Error(`scripts of ${shortest} steps are too short for ${maxPerUser} answers a user`);
  }

  /** Writes every user's session at its starting question, `batch` at a time. */
  async seed(store: KeyValueStore, batch = 500): Promise<void> {
    const sessions = new SessionStore(store);
    for (let from = 0; from < this.count; from += batch) {
      const writes: Promise<void>[] = [];
      for (let i = from; i < Math.min(this.count, from + batch); i++) {
        const step = this.scriptOf(i).steps[this.cursors[i]!]!;
        writes.push(sessions.save(userKeyOf(this.channel, this.idOf(i)), { ...step.state, at: new Date().toISOString() }));
      }
      await Promise.all(writes);
    }
  }

  /** The next answer, round-robin over users; null once every user sent its maximum. */
  next(): NextAnswer | null {
    for (let tries = 0; tries < this.count; tries++) {
      const index = this.turn++ % this.count;
      if (this.sent[index]! >= this.maxPerUser) continue;
      const script = this.scriptOf(index);
      // Without a cap (the echo bot keeps no state) the script simply starts over.
      const step = script.steps[this.cursors[index]! % script.steps.length]!;
      this.cursors[index]!++;
      this.sent[index]!++;
      return { index, script, step, text: step.answer };
    }
    return null;
  }

  /**
   * Reads every user's stored session and counts those awaiting exactly the
   * question the script says comes next: proof that each request was taken
   * as the answer it was meant to be, once and in order.
   */
  async verify(store: KeyValueStore): Promise<{ checked: number; inStep: number }> {
    const sessions = new SessionStore(store);
    let inStep = 0;
    const check = async (i: number): Promise<void> => {
      const state = (await sessions.load(userKeyOf(this.channel, this.idOf(i)))) as { current?: string | null; mode?: string } | undefined;
      const expected = this.scriptOf(i).steps[this.cursors[i]!];
      if (expected ? state?.current === expected.question : state?.mode === "summary") inStep++;
    };
    for (let from = 0; from < this.count; from += 200) {
      await Promise.all(Array.from({ length: Math.min(200, this.count - from) }, (_, k) => check(from + k)));
    }
    return { checked: this.count, inStep };
  }

  /** The most answers any one user sent so far. */
  get maxSent(): number {
    return Math.max(...this.sent);
  }

  private scriptOf(index: number): Script {
    return this.scripts[index % this.scripts.length]!;
  }
}
