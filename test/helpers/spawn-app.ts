/**
 * Runs the real `policy-assistant start` (or `serve`) in a child process, as `npm start`
 * does (from the sources, through tsx), and waits until `GET /healthz` answers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./redis.ts";
import { SOURCE_CLI } from "./source-cli.ts";

/** A started service. */
export interface SpawnedApp {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Settings a test's own environment may carry (`.ci/run` exports REDIS_URL)
 * that a spawned service gets only when the test passes them itself: a
 * service on the shared Redis with the default prefix would find the keys an
 * earlier run left there (WeChat deliveries are remembered for 5 minutes)
 * and behave unlike the same test run with the memory store.
 */
const NOT_INHERITED = { REDIS_URL: "", REDIS_CLUSTER_NODES: "", REDIS_KEY_PREFIX: "" };

/** Starts the service with `env` added to this process's environment (without its Redis settings; see NOT_INHERITED). */
export async function spawnApp(env: Record<string, string>, options: { port?: number; waitReady?: boolean; command?: "start" | "serve" } = {}): Promise<SpawnedApp> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [...SOURCE_CLI, options.command ?? "start"], {
    env: { ...process.env, ...NOT_INHERITED, LOG_LEVEL: "silent", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const app: SpawnedApp = { child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => out, exited };
  if (options.waitReady !== false) await waitHealthy(app);
  return app;
}

/** Polls `/healthz` until it answers 200 (or the process exits, or 20 s pass). */
export async function waitHealthy(app: SpawnedApp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void app.exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      const r = await fetch(`${app.baseUrl}/healthz`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the service did not become ready:\n${app.output()}`);
}
