/**
 * Start-up as a user feels it, with the compiled `dist/` run by plain node
 * (built first when a source is newer): the wall time of
 * `node bin/policy-assistant.js check examples/startup-team.json`, and
 * `node bin/policy-assistant.js start` with a WeChat configuration (and Redis
 * when there is one) timed from spawn until `GET /healthz` answers 200. Each
 * is also given as a ratio to a bare `node -e 0` measured in the same run,
 * interleaved with them so that all three see the same load.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "../test/helpers/built.ts";
import { atMost, info, type BenchResult } from "./lib/figures.ts";
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
      // Every 2 ms: the poll's period is the measure's resolution (at 10 ms it added 5 ms on average).
      await sleep(2);
    }
    throw new Error(`not ready in ${timeoutMs} ms`);
  } finally {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Wall time in ms of `node args…` in the project root, from spawn to exit (which must be 0). */
async function wallTime(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" }, stdio: "ignore" });
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  if (code !== 0) throw new Error(`node ${args.join(" ")} exited with ${code}`);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (xs: number[]) => xs.map((t) => round(t, 0)).join(", ");

/**
 * Runs `node -e 0`, `check` and `start` in turn, `runs` times each; reports
 * the medians and each command's median as a ratio to `node -e 0`'s median.
 */
export async function benchColdStart(options: { runs?: number } = {}): Promise<BenchResult> {
  const runs = options.runs ?? 9;
  await ensureBuilt();
  const redis = await redisAvailable();
  const prefix = benchPrefix("cold");
  const env: Record<string, string> = { ...WECHAT_ENV, LOG_LEVEL: "warn", ...(redis ? { REDIS_URL, REDIS_KEY_PREFIX: prefix } : {}) };
  const bare: number[] = [];
  const check: number[] = [];
  const ready: number[] = [];
  try {
    // One unmeasured round first: the file system cache (and the harness's own HTTP client) is then
    // as warm for every measured run.
    await wallTime(["-e", "0"]);
    await wallTime(["bin/policy-assistant.js", "check", "examples/startup-team.json"]);
    await once(env);
    for (let i = 0; i < runs; i++) {
      bare.push(await wallTime(["-e", "0"]));
      check.push(await wallTime(["bin/policy-assistant.js", "check", "examples/startup-team.json"]));
      ready.push(await once(env));
    }
  } finally {
    if (redis) {
      const admin = adminClient();
      await deleteByPrefix(admin, prefix);
      admin.disconnect();
    }
  }
  const base = median(bare);
  const note = `${runs} starts (${ms(ready)} ms), WeChat${redis ? " + Redis" : ", memory store"}${existsSync(`${ROOT}.env`) ? "; a .env file was present" : ""}`;
  return {
    figures: [
      info("startup: node -e 0 (median)", round(base, 0), "ms", `${runs} runs (${ms(bare)} ms)`),
      info("startup: check CLI wall time (median)", round(median(check), 0), "ms", `check examples/startup-team.json, dist/ on plain node, ${runs} runs (${ms(check)} ms)`),
      atMost("startup: check / node -e 0", round(median(check) / base, 2), "x", 5),
      info("cold start to /healthz 200 (median)", round(median(ready), 0), "ms", note),
      atMost("startup: /healthz 200 / node -e 0", round(median(ready) / base, 2), "x", 5),
    ],
    details: { nodeMs: bare.map((t) => round(t, 1)), checkMs: check.map((t) => round(t, 1)), coldStartMs: ready.map((t) => round(t, 1)) },
  };
}
