/**
 * Dialogue turn latency: the pure engine (parse, update, choose the next
 * question, render) over scripted conversations, and whole conversations
 * through `Conversations.handle` with the Redis store on loopback (lock,
 * load, turn, save). Figures are p50/p99 over all turns; results.json also
 * has them per kind of turn, since a results card costs more than an answer.
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

/** What a turn does, for the per-kind breakdown. */
type TurnKind = "start" | "menu" | "answer" | "refused answer" | "back" | "skip" | "results" | "explanation" | "summary";

/** One engine turn to time: the stored state before it (undefined for a new user) and the input. */
interface EngineCase {
  kind: TurnKind;
  state: DialogueState | undefined;
  input: Input;
  platformLang: string;
}

/** The first explanation choice on a script's results card. */
function firstExplanation(script: Script): string {
  return script.atResults.shown?.find((id) => id.startsWith("x:")) ?? "x:m01";
}

/**
 * The turns of each scripted conversation, each from the state it starts
 * in: greeting, menu, every answer, the results card, one explanation and
 * the summary, plus the detours users take (a refused answer and "back"
 * every fourth question, "skip" every seventh).
 */
async function engineCases(scripts: Script[]): Promise<EngineCase[]> {
  const cases: EngineCase[] = [];
  for (const s of scripts) {
    const at = { platformLang: s.platformLang };
    const started = await turn(undefined, { kind: "start" }, { today: BENCH_TODAY, ...at });
    cases.push({ kind: "start", state: undefined, input: { kind: "start" }, ...at });
    cases.push({ kind: "menu", state: started.state!, input: { kind: "choice", id: "m:check" }, ...at });
    s.steps.forEach((step, i) => {
      cases.push({ kind: "answer", state: step.state, input: { kind: "text", text: step.answer }, ...at });
      if (i % 4 === 0) {
        cases.push({ kind: "refused answer", state: step.state, input: { kind: "text", text: "hmm, not sure" }, ...at });
        cases.push({ kind: "back", state: step.state, input: { kind: "command", name: "back" }, ...at });
      }
      if (i % 7 === 0) cases.push({ kind: "skip", state: step.state, input: { kind: "command", name: "skip" }, ...at });
    });
    const last = s.steps.at(-1)!;
    const atSummary = (await turn(last.state, { kind: "text", text: last.answer }, { today: BENCH_TODAY, ...at })).state!;
    cases.push({ kind: "results", state: atSummary, input: { kind: "choice", id: "c:confirm" }, ...at });
    cases.push({ kind: "explanation", state: s.atResults, input: { kind: "choice", id: firstExplanation(s) }, ...at });
    cases.push({ kind: "summary", state: s.atResults, input: { kind: "command", name: "summary" }, ...at });
  }
  return cases;
}

/** p50/p99/max per kind of turn, rounded, for results.json. */
function byKind(samples: { kind: string; ms: number }[]): Record<string, { n: number; p50: number; p99: number; max: number }> {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  return Object.fromEntries(
    kinds.map((k) => {
      const s = summarize(samples.filter((x) => x.kind === k).map((x) => x.ms));
      return [k, { n: s.n, p50: round(s.p50, 3), p99: round(s.p99, 3), max: round(s.max, 3) }];
    }),
  );
}

/** Engine-only latency of one turn over `rounds` passes of every case. */
async function benchEngine(scripts: Script[], rounds: number) {
  const cases = await engineCases(scripts);
  const run = (c: EngineCase) => turn(c.state, c.input, { today: BENCH_TODAY, platformLang: c.platformLang });
  // Warm the JIT first. The engine clones the stored state itself, as with a state read from the store.
  for (const c of cases) await run(c);
  const samples: { kind: string; ms: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const t0 = performance.now();
      await run(c);
      samples.push({ kind: c.kind, ms: performance.now() - t0 });
    }
  }
  const s = summarize(samples.map((x) => x.ms));
  return {
    figures: [
      info("dialogue: engine turn p50", round(s.p50, 3), "ms", `${s.n} turns of ${scripts.length} scripted conversations with detours`),
      atMost("dialogue: engine turn p99", round(s.p99, 3), "ms", 2),
    ],
    details: { turns: s.n, byKind: byKind(samples) },
  };
}

/** Whole conversations through Conversations.handle with the Redis store, one turn at a time. */
async function benchRedisTurns(scripts: Script[], conversations: number) {
  const prefix = benchPrefix("dialogue");
  const client = await connectRedis(REDIS_URL);
  const store = new RedisStore(client, { keyPrefix: prefix });
  const chat = new Conversations({ sessions: new SessionStore(store), today: () => BENCH_TODAY });
  const samples: { kind: string; ms: number }[] = [];
  try {
    for (let u = 0; u < conversations; u++) {
      const script = scripts[u % scripts.length]!;
      const user = userKeyOf("bench", `dialogue-${u}`);
      const inputs: [TurnKind, Input][] = [
        ["start", { kind: "start" }],
        ["menu", { kind: "choice", id: "m:check" }],
        ...script.steps.map((s): [TurnKind, Input] => ["answer", { kind: "text", text: s.answer }]),
        ["results", { kind: "choice", id: "c:confirm" }],
        ["explanation", { kind: "choice", id: firstExplanation(script) }],
      ];
      for (const [kind, input] of inputs) {
        const t0 = performance.now();
        await chat.handle(user, input, { platformLang: script.platformLang });
        // The first conversations warm the JIT and the connection.
        if (u >= 4) samples.push({ kind, ms: performance.now() - t0 });
      }
    }
  } finally {
    await store.close();
    const admin = adminClient();
    await deleteByPrefix(admin, prefix);
    admin.disconnect();
  }
  const s = summarize(samples.map((x) => x.ms));
  return {
    figures: [
      info("dialogue: Redis handle() p50", round(s.p50, 3), "ms", `${s.n} turns of whole conversations, lock+load+turn+save`),
      atMost("dialogue: Redis handle() p99", round(s.p99, 3), "ms", 5),
    ],
    details: { turns: s.n, byKind: byKind(samples) },
  };
}

/** Both dialogue benchmarks; the Redis one is skipped with a note when no Redis answers. */
export async function benchDialogue(options: { rounds?: number; conversations?: number } = {}): Promise<BenchResult> {
  const scripts = [await playScript("en"), await playScript("zh"), await playScript("zh", "zh-hans")];
  const engine = await benchEngine(scripts, options.rounds ?? 12);
  const figures: Figure[] = [...engine.figures];
  const details: Record<string, unknown> = { engine: engine.details };
  if (await redisAvailable()) {
    const redis = await benchRedisTurns(scripts, options.conversations ?? 64);
    figures.push(...redis.figures);
    details.redis = redis.details;
  } else {
    figures.push(skipped("dialogue: Redis handle() p99", "ms", "≤ 5", `no Redis at ${REDIS_URL}`));
  }
  return { figures, details };
}
