/**
 * Dialogue turn latency: the pure engine (parse, update, choose the next
 * question, render) over scripted conversations, and the same turns through
 * `Conversations.handle` with the Redis store on loopback (lock, load, turn,
 * save).
 */
import { Conversations } from "../core/dialogues/conversations.ts";
import { turn } from "../core/dialogues/engine.ts";
import type { DialogueState, Input } from "../core/dialogues/types.ts";
import { connectRedis } from "../core/store/redis-client.ts";
import { RedisStore } from "../core/store/redis-store.ts";
import { SessionStore, userKeyOf } from "../core/store/session-store.ts";
import { atMost, info, skipped, type BenchResult, type Figure } from "./lib/figures.ts";
import { adminClient, benchPrefix, deleteByPrefix, REDIS_URL, redisAvailable } from "./lib/redis.ts";
import { BENCH_TODAY, playScript, type Script } from "./lib/script.ts";
import { round, summarize } from "./lib/stats.ts";

/** Mid-conversation states and a realistic mix of inputs for each. */
function engineCases(scripts: Script[]): { state: DialogueState; input: Input; platformLang: string }[] {
  const cases: { state: DialogueState; input: Input; platformLang: string }[] = [];
  for (const s of scripts) {
    for (const step of s.steps) {
      const at = { state: step.state, platformLang: s.platformLang };
      // Mostly real answers; some the parser refuses, and the navigation users do.
      cases.push({ ...at, input: { kind: "text", text: step.answer } }, { ...at, input: { kind: "text", text: step.answer } });
      cases.push({ ...at, input: { kind: "text", text: "hmm, not sure" } });
      cases.push({ ...at, input: { kind: "command", name: "back" } });
      cases.push({ ...at, input: { kind: "command", name: "skip" } });
    }
    cases.push({ state: s.atResults, input: { kind: "command", name: "summary" }, platformLang: s.platformLang });
  }
  return cases;
}

/** Engine-only latency of one turn, p50/p99 over `rounds` passes of every case. */
async function benchEngine(scripts: Script[], rounds: number): Promise<{ figures: Figure[]; turns: number }> {
  const cases = engineCases(scripts);
  // The engine clones the stored state itself, as it does with a state read from the store.
  for (const c of cases) await turn(c.state, c.input, { today: BENCH_TODAY, platformLang: c.platformLang });
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const t0 = performance.now();
      await turn(c.state, c.input, { today: BENCH_TODAY, platformLang: c.platformLang });
      samples.push(performance.now() - t0);
    }
  }
  const s = summarize(samples);
  return {
    turns: s.n,
    figures: [
      info("dialogue: engine turn p50", round(s.p50, 3), "ms", `${s.n} turns`),
      atMost("dialogue: engine turn p99", round(s.p99, 3), "ms", 2),
    ],
  };
}

/** Whole conversations through Conversations.handle with the Redis store, one turn at a time. */
async function benchRedisTurns(scripts: Script[], conversations: number): Promise<{ figures: Figure[]; turns: number }> {
  const prefix = benchPrefix("dialogue");
  const client = await connectRedis(REDIS_URL);
  const store = new RedisStore(client, { keyPrefix: prefix });
  const chat = new Conversations({ sessions: new SessionStore(store), today: () => BENCH_TODAY });
  const samples: number[] = [];
  try {
    for (let u = 0; u < conversations; u++) {
      const script = scripts[u % scripts.length]!;
      const user = userKeyOf("bench", `dialogue-${u}`);
      const inputs: Input[] = [{ kind: "start" }, { kind: "choice", id: "m:check" }, ...script.steps.map((s): Input => ({ kind: "text", text: s.answer })), { kind: "choice", id: "c:confirm" }];
      for (const input of inputs) {
        const t0 = performance.now();
        await chat.handle(user, input, { platformLang: script.platformLang });
        // The first conversations warm the JIT and the connection.
        if (u >= 4) samples.push(performance.now() - t0);
      }
    }
  } finally {
    await store.close();
    const admin = adminClient();
    await deleteByPrefix(admin, prefix);
    admin.disconnect();
  }
  const s = summarize(samples);
  return {
    turns: s.n,
    figures: [
      info("dialogue: Redis handle() p50", round(s.p50, 3), "ms", `${s.n} turns, lock+load+turn+save`),
      atMost("dialogue: Redis handle() p99", round(s.p99, 3), "ms", 5),
    ],
  };
}

/** Both dialogue benchmarks; the Redis one is skipped with a note when no Redis answers. */
export async function benchDialogue(options: { rounds?: number; conversations?: number } = {}): Promise<BenchResult> {
  const scripts = [await playScript("en"), await playScript("zh"), await playScript("zh", "zh-hans")];
  const engine = await benchEngine(scripts, options.rounds ?? 5);
  const figures = [...engine.figures];
  let redisTurns = 0;
  if (await redisAvailable()) {
    const redis = await benchRedisTurns(scripts, options.conversations ?? 64);
    figures.push(...redis.figures);
    redisTurns = redis.turns;
  } else {
    figures.push(skipped("dialogue: Redis handle() p99", "ms", "≤ 5", `no Redis at ${REDIS_URL}`));
  }
  return { figures, details: { engineTurns: engine.turns, redisTurns } };
}
