/**
 * Benchmark servers run in a child process of their own, so that the load
 * generator and the fakes in this process do not share its event loop. The
 * child reports `{ type: "ready", ... }` over IPC and exits on `{ type: "stop" }`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compiledChild } from "./compile.ts";

/** A running child server. */
export interface ChildServer<Ready> {
  /** What the child reported when ready (its port, …). */
  ready: Ready;
  child: ChildProcess;
  /** Asks the child to stop, and kills it (by its own pid) if it does not exit in `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** True when the children run from the sources through tsx (`BENCH_FROM_SOURCES=1`) rather than compiled as the service ships. */
export const FROM_SOURCES = process.env.BENCH_FROM_SOURCES === "1";

/**
 * Starts `file` (a TypeScript entry, compiled as `npm run build` compiles the
 * service: see compile.ts) with `env` added to this process's environment,
 * and waits up to `timeoutMs` for its ready message.
 */
export async function startChild<Ready>(file: URL, env: Record<string, string>, options: { timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<ChildServer<Ready>> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  // BENCH_PROFILE_DIR=<dir> writes a CPU profile of every child server there, to find where the time goes.
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const entry = FROM_SOURCES ? ["--import", "tsx", fileURLToPath(file)] : [await compiledChild(file)];
  const child = spawn(process.execPath, [...profile, ...(options.nodeArgs ?? []), ...entry], {
    env: { ...process.env, ...env },
    // Logs go nowhere, as they would to a collector, but are still written.
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`child ${file.pathname} not ready in ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    const onMessage = (m: unknown): void => {
      if ((m as { type?: unknown })?.type !== "ready") return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve(m as Ready);
    };
    const onExit = (code: number | null): void => fail(new Error(`child ${file.pathname} exited (${code}) before ready\n${stderr}`));
    function fail(err: Error): void {
      clearTimeout(timer);
      child.off("message", onMessage);
      if (child.exitCode === null) child.kill("SIGKILL");
      reject(err);
    }
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
  return {
    ready,
    child,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * For the child side: reports `ready` to the parent and runs `stop` when the
 * parent asks (or the IPC channel closes), then exits.
 */
export function serveChild(ready: Record<string, unknown>, stop: () => Promise<void>): void {
  let stopping = false;
  const finish = (): void => {
    if (stopping) return;
    stopping = true;
    void stop()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.on("message", (m: unknown) => {
    if ((m as { type?: unknown })?.type === "stop") finish();
  });
  // The parent died or closed the channel: do not outlive it.
  process.on("disconnect", finish);
  process.send?.({ type: "ready", ...ready });
}
