/**
 * No Docker daemon runs here, so this performs what the Dockerfile's final
 * stage does, read from the Dockerfile itself: its COPY lines (dist/ from a
 * fresh build), its production `npm ci` (offline, from the npm cache the
 * project's own install filled), its ENV, then its CMD; and waits until
 * `/healthz` answers 200 and its HEALTHCHECK command exits 0.
 */
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "./helpers/built.ts";
import { freePort } from "./helpers/redis.ts";

const exec = promisify(execFile);

/** One instruction of a Dockerfile: its keyword and the rest of its (joined) line. */
interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of the last stage (after its FROM), continuation lines joined. */
function finalStage(dockerfile: string): Instruction[] {
  const lines = dockerfile.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const instructions = lines.map((l) => {
    const [keyword = "", ...rest] = l.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
  const from = instructions.map((i) => i.keyword).lastIndexOf("FROM");
  return instructions.slice(from + 1);
}

/** `KEY=value KEY2=value2` of an ENV line. */
function envOf(args: string): Record<string, string> {
  return Object.fromEntries(args.split(/\s+/).map((pair) => pair.split("=", 2) as [string, string]));
}

const stage = finalStage(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "pa-image-"));
let env: Record<string, string> = {};
let cmd: string[] = [];
let healthcheck: string[] = [];
let port = 0;

beforeAll(async () => {
  await ensureBuilt();
  port = await freePort();
  for (const { keyword, args } of stage) {
    if (keyword === "COPY") {
      const parts = args.split(/\s+/);
      const fromBuild = parts[0]!.startsWith("--from=");
      const sources = (fromBuild ? parts.slice(1, -1) : parts.slice(0, -1)).map((s) => (fromBuild ? join(ROOT, s.replace(/^\/app\//, "")) : join(ROOT, s)));
      const target = parts.at(-1)!;
      for (const source of sources) {
        const name = source.split("/").at(-1)!;
        cpSync(source, join(dir, target.endsWith("/") ? name : target), { recursive: true });
      }
    } else if (keyword === "RUN") {
      const command = args.replace(/--mount=\S+\s+/g, "").trim().split(/\s+/);
      expect(command.slice(0, 2), "the final stage's RUN is a production npm ci").toEqual(["npm", "ci"]);
      expect(command).toContain("--omit=dev");
      // Offline: tests use no network; the cache holds every package the lock file pins.
      await exec("npm", [...command.slice(1), "--offline"], { cwd: dir, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
    } else if (keyword === "ENV") {
      env = { ...env, ...envOf(args) };
    } else if (keyword === "CMD") {
      cmd = JSON.parse(args) as string[];
    } else if (keyword === "HEALTHCHECK") {
      healthcheck = JSON.parse(args.slice(args.indexOf("CMD ") + 4)) as string[];
    }
  }
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the image's final stage", () => {
  it("holds the compiled JavaScript and production dependencies only", () => {
    expect(existsSync(join(dir, "dist", "cli", "main.js"))).toBe(true);
    expect(existsSync(join(dir, "node_modules", "grammy"))).toBe(true);
    for (const dev of ["typescript", "tsx", "vitest"]) expect(existsSync(join(dir, "node_modules", dev)), dev).toBe(false);
    expect(existsSync(join(dir, "core"))).toBe(false);
  });

  it("runs as a non-root user", () => {
    const user = stage.filter((i) => i.keyword === "USER").at(-1)?.args;
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
  });

  it("starts with its command and answers /healthz, and its HEALTHCHECK passes", async () => {
    expect(cmd[0]).toBe("node");
    // `serve` runs with no terminal and no channel configured: HTTP alone (API, metrics, health).
    expect(cmd).toContain("serve");
    const child = spawn(process.execPath, cmd.slice(1), {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, ...env, PORT: String(port), LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
    try {
      let status = 0;
      // Generous: a loaded 2-core machine may take many seconds to start a process.
      for (let i = 0; i < 600 && status !== 200 && child.exitCode === null; i++) {
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, output).toBe(200);
      // The API and the metrics run on the production dependencies alone.
      const openapi = await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`);
      expect(openapi.status, output).toBe(200);
      // The bundle finds package.json from dist/cli/chunks/ too (it once said 0.0.0), and zod-openapi,
      // bundled with the one zod, still sees every schema.
      const doc = (await openapi.json()) as { info: { version: string }; components: { schemas: Record<string, unknown> } };
      expect(doc.info.version).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
      expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(3);
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain("policy_assistant_turns_total");
      const check = await exec(healthcheck[0] === "node" ? process.execPath : healthcheck[0]!, healthcheck.slice(1), { env: { PATH: process.env.PATH ?? "", PORT: String(port) } }).then(
        () => 0,
        (e: { code?: number }) => e.code ?? 1,
      );
      expect(check).toBe(0);
    } finally {
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 120_000);
});
