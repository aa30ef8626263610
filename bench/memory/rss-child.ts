/**
 * Child process (run with --expose-gc): the whole service with the in-memory
 * store, then 10,000 sessions written to that store, with the resident set
 * size measured before and after (after a full garbage collection each time).
 */
import { pino } from "pino";
import { SessionStore, userKeyOf } from "../../core/store/session-store.ts";
import { MemoryStore } from "../../core/store/memory-store.ts";
import { startApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { serveChild } from "../lib/child.ts";
import { BENCH_TODAY, playScript } from "../lib/script.ts";
import { WECHAT_ENV } from "../webhook/wechat.ts";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 10_000);

function settle(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage();
}

const store = new MemoryStore();
const app = await startApp(loadConfig({ PORT: "0", HOST: "127.0.0.1", ...WECHAT_ENV }), pino({ level: "silent" }), { store, today: () => BENCH_TODAY });
// Every state of the scripts, from the first question to the results card.
const scripts = [await playScript("en"), await playScript("zh", "zh")];
const states = scripts.flatMap((s) => [...s.steps.map((step) => step.state), s.atResults]);
const before = settle();
const sessions = new SessionStore(store);
for (let i = 0; i < SESSIONS; i++) {
  await sessions.save(userKeyOf("wechat", `o_rss_${i}`), { ...states[i % states.length]!, at: new Date().toISOString() });
}
const after = settle();
serveChild({ sessions: SESSIONS, before, after, stored: store.size }, () => app.stop());
