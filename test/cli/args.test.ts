import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { t } from "../../core/i18n/messages/index.ts";
import { captureIo } from "../helpers/cli-io.ts";
import { SOURCE_CLI } from "../helpers/source-cli.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const example = (name: string) => join(ROOT, "examples", name);
const COMMANDS = ["check", "ask", "chat", "start", "schema", "help"];
const dir = mkdtempSync(join(tmpdir(), "pa-cli-args-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], stdin = "") {
  const c = captureIo(stdin);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** Runs the CLI from the sources in `cwd` with `input` piped in; resolves with what it printed and its exit code. */
function spawnCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [...SOURCE_CLI, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, out: `${stdout}${stderr}` }),
    );
    child.stdin!.end(options.input ?? "");
  });
}

describe("flags", () => {
  it.each(COMMANDS)("%s refuses an unknown flag with exit 2, naming it, with its usage line", async (name) => {
    const { code, stdout, stderr } = await run([name, "--bogus"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("unknown option --bogus");
    expect(stderr).toContain(`usage: policy-assistant ${name}`);
  });

  it.each(COMMANDS)("%s answers --help and -h with its usage and exit 0", async (name) => {
    for (const flag of ["--help", "-h"]) {
      const { code, stdout, stderr } = await run([name, flag]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout.startsWith(`usage: policy-assistant ${name}`)).toBe(true);
    }
  });

  it("help COMMAND prints what COMMAND --help prints", async () => {
    const viaHelp = await run(["help", "ask"]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe((await run(["ask", "--help"])).stdout);
    expect(viaHelp.stdout).toContain("--lang CODE");
  });

  it("an option without its value is refused with exit 2", async () => {
    const { code, stderr } = await run(["ask", "--lang"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--lang needs a value");
    expect(stderr).toContain("usage: policy-assistant ask");
  });

  it("a boolean flag given a value is refused with exit 2", async () => {
    const { code, stderr } = await run(["check", "--json=yes", example("graduate.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain("--json does not take a value");
  });

  it("ask takes the question after its flags, in any order", async () => {
    const { code, stdout } = await run(["ask", "compute", "--lang", "en", "voucher?", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { language: string; measures: string[] };
    expect(out.language).toBe("en");
    expect(out.measures).toContain("m09");
  });

  it("chat --help and start --help print their help and do not open the chat", async () => {
    for (const name of ["chat", "start"]) {
      const { code, out } = await spawnCli([name, "--help"], { input: "1\n" });
      expect(code).toBe(0);
      expect(out.startsWith(`usage: policy-assistant ${name}`)).toBe(true);
      expect(out).not.toContain(t("en", "greeting"));
    }
  });
});

describe("check with several files", () => {
  it("prints a table per file, each under its file name", async () => {
    const { code, stdout } = await run(["check", example("graduate.json"), example("startup-team.json")]);
    expect(code).toBe(0);
    const graduate = stdout.indexOf(`== ${example("graduate.json")}`);
    const startup = stdout.indexOf(`== ${example("startup-team.json")}`);
    expect(graduate).toBeGreaterThanOrEqual(0);
    expect(startup).toBeGreaterThan(graduate);
    expect(stdout.slice(graduate, startup)).toContain("Total estimated maximum cash (eligible + likely, settled parts only): ¥0.00");
    expect(stdout.slice(startup)).toContain("Total estimated maximum cash (eligible + likely, settled parts only): ¥1,656,000.00");
  });

  it("with --json prints an array of each file and its result, in order", async () => {
    const files = [example("training-provider.json"), example("asean-enterprise.json")];
    const { code, stdout } = await run(["check", "--json", ...files]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { file: string; result: { totalMaxCashCNY: string } }[];
    expect(out.map((x) => x.file)).toEqual(files);
    expect(out.map((x) => x.result.totalMaxCashCNY)).toEqual(["1800000.00", "7050000.00"]);
  });

  it("one invalid profile among several exits 2, names that file and its field, and prints no result", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ compute: { annualSpendAtCenter: -5 } }));
    const { code, stdout, stderr } = await run(["check", example("graduate.json"), bad, join(dir, "missing.json")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${bad}: invalid profile`);
    expect(stderr).toContain("compute.annualSpendAtCenter: must not be negative");
    expect(stderr).toContain("missing.json: no such file");
  });

  it("reads standard input among files, and only once", async () => {
    const profile = JSON.stringify({ asOf: "2026-06-01", applicant: { type: "individual" } });
    const { code, stdout } = await run(["check", "--json", "-", example("graduate.json")], profile);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { file: string }[]).map((x) => x.file)).toEqual(["-", example("graduate.json")]);
    const twice = await run(["check", "-", "-"], profile);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("standard input (-) can be read only once");
  });
});

describe("chat and .env", () => {
  it("chat reads a .env file in the working directory, as start does", async () => {
    const cwd = mkdtempSync(join(dir, "env-"));
    const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: "", REDIS_CLUSTER_NODES: "", LLM_BASE_URL: "" };
    delete env.LANG;
    const without = await spawnCli(["chat"], { cwd, env });
    expect(without.code).toBe(0);
    expect(without.out).not.toContain(t("th", "greeting"));
    // The locale in .env makes the chat greet in Thai.
    writeFileSync(join(cwd, ".env"), "LANG=th_TH.UTF-8\n");
    const withEnv = await spawnCli(["chat"], { cwd, env });
    expect(withEnv.code).toBe(0);
    expect(withEnv.out).toContain(t("th", "greeting"));
  });
});
