import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers/redis.ts";
import { SOURCE_CLI } from "../helpers/source-cli.ts";
import { spawnApp } from "../helpers/spawn-app.ts";

/** Runs `start` with piped input and no channel configured; resolves with its exit code and output. */
function startWithPipedChat(port: number, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...SOURCE_CLI, "start"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: String(port), LOG_LEVEL: "silent", LANG: "en_US.UTF-8" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  child.stdin.end(input);
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("policy-assistant serve", () => {
  it("serves HTTP with no channel configured and no terminal, and stops on SIGTERM", async () => {
    const app = await spawnApp({}, { command: "serve" });
    try {
      const health = await fetch(`${app.baseUrl}/healthz`);
      expect(await health.json()).toEqual({ status: "ready" });
    } finally {
      app.child.kill("SIGTERM");
    }
    expect(await app.exited).toBe(0);
  });

  it("stops with a non-zero exit code and says so when its port is taken", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "0.0.0.0", () => resolve()));
    try {
      const app = await spawnApp({}, { command: "serve", port, waitReady: false });
      expect(await app.exited).toBe(1);
      expect(app.output()).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});

describe("policy-assistant start with no channel configured", () => {
  it("prints the HTTP address and runs the terminal chat", async () => {
    const port = await freePort();
    const run = await startWithPipedChat(port, "hello\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`http://127.0.0.1:${port}/`);
  });

  it("says the port is taken and goes on with the chat", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "0.0.0.0", () => resolve()));
    try {
      const run = await startWithPipedChat(port, "hello\n");
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`port ${port} is already in use`);
      expect(run.stdout).not.toContain(`http://127.0.0.1:${port}/`);
      // The chat answered the greeting all the same.
      expect(run.stdout.trim().length).toBeGreaterThan(0);
    } finally {
      blocker.close();
    }
  });
});
