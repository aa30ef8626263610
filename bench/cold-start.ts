/**
 * Cold start to ready: `node bin/policy-assistant.js start` with a WeChat
 * configuration (and Redis when there is one), timed from spawn until
 * `GET /healthz` answers 200.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { info, type BenchResult } from "./lib/figures.ts";
import { adminClient, benchPrefix, deleteByPrefix, REDIS_URL, redisAvailable } from "./lib/redis.ts";
import { round, sleep } from "./lib/stats.ts";
import { WECHAT_ENV } from "./webhook/wechat.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** A free loopback port (free when asked). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** One start: ms from spawn to the first 200 from /healthz. */
async function once(env: Record<string, string>, timeoutMs = 30_000): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/policy-assistant.js", "start"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`policy-assistant start exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
      if (ok) return performance.now() - started;
      await sleep(10);
    }
    throw new Error(`not ready in ${timeoutMs} ms`);
  } finally {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Starts the service `runs` times; reports the median and the first (coldest) start. */
export async function benchColdStart(options: { runs?: number } = {}): Promise<BenchResult> {
  const runs = options.runs ?? 3;
  const redis = await redisAvailable();
  const prefix = benchPrefix("cold");
  const env: Record<string, string> = { ...WECHAT_ENV, LOG_LEVEL: "warn", ...(redis ? { REDIS_URL, REDIS_KEY_PREFIX: prefix } : {}) };
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) times.push(await once(env));
  } finally {
    if (redis) {
      const admin = adminClient();
      await deleteByPrefix(admin, prefix);
      admin.disconnect();
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const note = `${runs} starts (${times.map((t) => round(t, 0)).join(", ")} ms), WeChat${redis ? " + Redis" : ", memory store"}${existsSync(`${ROOT}.env`) ? "; a .env file was present" : ""}`;
  return {
    figures: [info("cold start to /healthz 200 (median)", round(sorted[Math.floor(runs / 2)]!, 0), "ms", note)],
    details: { coldStartMs: times.map((t) => round(t, 1)) },
  };
}
