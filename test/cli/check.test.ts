import { execFile } from "node:child_process";
import { Validator } from "@cfworker/json-schema";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { MEASURE_IDS } from "../../core/rules/index.ts";
import { ensureBuilt } from "../helpers/built.ts";
import { captureIo } from "../helpers/cli-io.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const example = (name: string) => join(ROOT, "examples", name);
const STACK = /\n\s+at /;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policy-assistant-cli-"));
});
const writeTemp = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function run(argv: string[], stdin = "") {
  const c = captureIo(stdin);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe("policy-assistant check --json", () => {
  it("prints the result shape for an example profile", async () => {
    const { code, stdout, stderr } = await run(["check", "--json", example("startup-team.json")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const r = JSON.parse(stdout);
    expect(Object.keys(r)).toEqual(["policy", "asOf", "results", "totalMaxCashCNY", "totals", "notes"]);
    expect(r.policy).toMatchObject({ validFrom: "2025-03-01", validUntil: "2027-12-31" });
    expect(r.asOf).toBe("2026-06-01");
    expect(r.results.map((x: { measure: string }) => x.measure)).toEqual([...MEASURE_IDS]);
    expect(Object.keys(r.results[0])).toEqual(["measure", "clause", "title", "status", "maxCashCNY", "benefits", "missing", "reasons", "trace", "assumptions", "kind", "period", "settledCashCNY", "parts", "runsPastPolicyEnd"]);
    expect(r.results[1]).toMatchObject({ measure: "m02", clause: "（二）", status: "likely", maxCashCNY: "500000.00" });
    expect(r.totalMaxCashCNY).toMatch(/^\d+\.\d{2}$/);
  });

  it("accepts --json after the file", async () => {
    const { code, stdout } = await run(["check", example("graduate.json"), "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results[2]).toMatchObject({ measure: "m03", status: "eligible" });
  });

  it("reads the profile from standard input with -", async () => {
    const { code, stdout } = await run(["check", "--json", "-"], JSON.stringify({ asOf: "2028-01-01" }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results.every((x: { status: string }) => x.status === "ineligible")).toBe(true);
  });
});

describe("policy-assistant check (table)", () => {
  it("prints one row per measure with status, amount and a reason, then the total and the disclaimer", async () => {
    const { code, stdout } = await run(["check", example("startup-team.json")]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("As of 2026-06-01");
    expect(lines[1]).toMatch(/^measure\s+status\s+amount\s+period\s+reason$/);
    expect(lines.filter((l) => /^m\d\d （/.test(l))).toHaveLength(22);
    expect(stdout).toMatch(/m02 （二）\s+likely\s+¥500,000\.00\s+one-off\s+Start-up funding for talent teams: \S/);
    expect(stdout).toMatch(/m01 （一）\s+eligible\s+120 m²/);
    expect(stdout).toMatch(/m13 （十三）\s+needs info\s+—\s+—\s+.*missing: Events/);
    expect(stdout).toContain("Total estimated maximum cash (eligible + likely, settled parts only): ¥");
    expect(stdout).toContain("不构成任何决定或承诺");
  });

  it("says each amount's period and reasons in words, never codes, with tax relief apart from the cash total", async () => {
    const { stdout } = await run(["check", example("compute-heavy-enterprise.json")]);
    expect(stdout).toMatch(/m09 （九）\s+\S+\s+¥[\d,.]+\s+a year\s+/);
    expect(stdout).toMatch(/m19 （十九）\s+eligible\s+¥[\d,.]+\s+tax saving over 10 years, \d{4}–\d{4}\s+/);
    expect(stdout).toMatch(/^Tax relief \(estimated saving, not cash, not in the totals\): ¥[1-9]/m);
    const { stdout: training } = await run(["check", example("startup-team.json")]);
    expect(training).not.toMatch(/training_provider|enterprise,team|\bnot_[a-z_]+/);
    expect(training).toMatch(/m12 （十二）\s+ineligible\s+\S+\s+—\s+Training for ASEAN participants: This clause does not cover this kind of applicant\./);
  });

  it("shows a measure settled by one part with the settled amount, the bound, and what is still to settle", async () => {
    // （九）: 30% × 1,000,000 of compute = 300,000 settled; corpus unknown, up to its 2,000,000 cap.
    const file = writeTemp("compute-only.json", JSON.stringify({ asOf: "2026-06-01", applicant: { type: "enterprise", aiBusiness: true, settlement: { status: "settled", date: "2025-06-01" } }, compute: { annualSpendAtCenter: 1000000 } }));
    const { stdout } = await run(["check", file]);
    expect(stdout).toMatch(/m09 （九）\s+eligible\s+¥300,000\.00 settled \(up to ¥2,300,000\.00\)\s+a year\s+Compute and corpus vouchers: .*still to settle: Yearly corpus purchases/);
  });

  it("never leaves the reason blank for a measure computed by formula", async () => {
    const { stdout } = await run(["check", example("compute-heavy-enterprise.json")]);
    for (const line of stdout.split("\n").filter((l) => /^m\d\d /.test(l))) expect(line).not.toMatch(/: $/);
  });
});

describe("policy-assistant check with bad input", () => {
  it("a malformed profile exits 2 with each field path on stderr and no stack trace", async () => {
    const file = writeTemp("bad.json", JSON.stringify({ applicant: { headcount: -1 }, loans: [{ annualRate: 3.5 }], asOf: "2025-02-30" }));
    const { code, stdout, stderr } = await run(["check", "--json", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("invalid profile");
    expect(stderr).toContain("applicant.headcount: must not be negative");
    expect(stderr).toMatch(/loans\[0\]\.annualRate: .*0\.035/);
    expect(stderr).toContain("asOf: must be a real date");
    expect(stderr).not.toMatch(STACK);
  });

  it("a missing file exits 2 with a clear message", async () => {
    const { code, stderr } = await run(["check", join(dir, "nope.json")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*nope\.json: no such file/);
    expect(stderr).not.toMatch(STACK);
  });

  it("a file that is not JSON exits 2 and says so", async () => {
    const { code, stderr } = await run(["check", writeTemp("broken.json", "{ applicant: ")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.json is not valid JSON/);
  });

  it("standard input that is not JSON exits 2 and says so", async () => {
    const { code, stderr } = await run(["check", "-"], "not json");
    expect(code).toBe(2);
    expect(stderr).toContain("standard input is not valid JSON");
  });

  it("a profile file of more than 1 MB exits 2 at once, saying so, and prints nothing on stdout", async () => {
    const big = JSON.stringify({ asOf: "2026-06-01", loans: [{ principal: 1, annualRate: 0.01, years: 1 }] }).replace("}", `${" ".repeat(1024 * 1024)}}`);
    const { code, stdout, stderr } = await run(["check", "--json", writeTemp("big.json", big)]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/big\.json is larger than 1 MB/);
  });

  it("standard input of more than 1 MB exits 2; just under 1 MB is read", async () => {
    const body = (pad: number) => `{"asOf":"2026-06-01"${" ".repeat(pad)}}`;
    const over = await run(["check", "-"], body(1024 * 1024));
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("standard input is larger than 1 MB");
    const under = await run(["check", "--json", "-"], body(1024 * 1024 - 30));
    expect(under.code).toBe(0);
  });

  it("a list of 1,001 events exits 2 naming the field, instead of printing a huge result", async () => {
    const { code, stdout, stderr } = await run(["check", "--json", "-"], JSON.stringify({ asOf: "2026-06-01", events: Array.from({ length: 1001 }, () => ({ kind: "forum" })) }));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("events: must have at most 1000 items");
  });

  it("after-tax pay above gross pay exits 2 naming the field", async () => {
    const { code, stderr } = await run(["check", "-"], JSON.stringify({ asOf: "2026-06-01", newTechTalent: [{ annualPay: 300000, annualAfterTaxPay: 400000 }] }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/newTechTalent\[0\]\.annualAfterTaxPay: after-tax pay 400000 is above the annual pay 300000/);
  });

  it("a profile file saved with a UTF-8 byte-order mark (as Windows editors do) is read", async () => {
    const file = writeTemp("bom.json", `\uFEFF${readFileSync(example("startup-team.json"), "utf8")}`);
    const { code, stdout, stderr } = await run(["check", "--json", file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results[1]).toMatchObject({ measure: "m02", maxCashCNY: "500000.00" });
  });

  it("no file prints the usage and exits 2", async () => {
    const { code, stderr } = await run(["check"]);
    expect(code).toBe(2);
    expect(stderr).toContain("usage: policy-assistant check");
  });

  it("an unknown option exits 2", async () => {
    const { code, stderr } = await run(["check", "--yaml", example("graduate.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option --yaml");
  });
});

describe("policy-assistant schema, help and unknown commands", () => {
  it("schema prints a JSON Schema with the applicant's properties", async () => {
    const { code, stdout } = await run(["schema"]);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.applicant.properties)).toEqual(expect.arrayContaining(["type", "aseanOrigin", "settlement", "talentTeamTier"]));
  });

  it("schema --result prints the result's JSON Schema, and check --json of every example validates against it", async () => {
    const { code, stdout } = await run(["schema", "--result"]);
    expect(code).toBe(0);
    const validator = new Validator(JSON.parse(stdout), "2020-12", false);
    for (const name of readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".json"))) {
      const out = await run(["check", "--json", example(name)]);
      expect(out.code, name).toBe(0);
      expect(validator.validate(JSON.parse(out.stdout)).errors, name).toEqual([]);
    }
    // And it is not a schema that takes anything: the profile's own JSON fails it.
    expect(validator.validate(JSON.parse(readFileSync(example("graduate.json"), "utf8"))).valid).toBe(false);
  });

  it("schema with an unknown option exits 2", async () => {
    const { code, stderr } = await run(["schema", "--results"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option --results");
  });

  it("help, --help and no command print the usage and exit 0", async () => {
    for (const argv of [["help"], ["--help"], []]) {
      const { code, stdout } = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toContain("policy-assistant check [--json] FILE…");
    }
  });

  it("an unknown command exits 2 with the usage on stderr", async () => {
    const { code, stderr } = await run(["chekc"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "chekc"');
  });
});

describe("the installed bin (compiled dist/, plain node)", () => {
  const exec = promisify(execFile);
  const bin = join(ROOT, "bin", "policy-assistant.js");
  // The bin runs dist/: build it first when a source is newer, so that this never tests a stale build.
  beforeAll(() => ensureBuilt(), 300_000);

  it("node bin/policy-assistant.js check --json examples/… prints the result", async () => {
    const { stdout } = await exec(process.execPath, [bin, "check", "--json", "examples/compute-heavy-enterprise.json"], { cwd: ROOT });
    const r = JSON.parse(stdout);
    expect(r.results).toHaveLength(22);
    expect(r.results.find((x: { measure: string }) => x.measure === "m21").maxCashCNY).toBe("3930000.00");
  });

  it("exits 2 on a malformed profile, with the message and no stack trace", async () => {
    const file = writeTemp("bad-bin.json", JSON.stringify({ compute: { annualSpendAtCenter: -5 } }));
    const err = await exec(process.execPath, [bin, "check", file], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    const stderr = (err as { stderr: string }).stderr;
    expect(stderr).toContain("compute.annualSpendAtCenter: must not be negative");
    expect(stderr).not.toMatch(STACK);
  });
});

describe("the examples", () => {
  // The README quotes these; each example exercises different measures.
  it.each([
    ["startup-team.json", "1656000.00", ["m01", "m02", "m03", "m09", "m10", "m20"]],
    ["asean-enterprise.json", "7050000.00", ["m01", "m02", "m03", "m04", "m05", "m11", "m13", "m14", "m20", "m22"]],
    ["graduate.json", "0.00", ["m03"]],
    // Cash only: the 9,000,000 tax saving of （十九） is in totals.taxReliefCNY, not in the cash total.
    ["compute-heavy-enterprise.json", "14131300.00", ["m01", "m06", "m08", "m09", "m11", "m15", "m16", "m17", "m18", "m19", "m20", "m21", "m22"]],
    ["training-provider.json", "1800000.00", ["m12", "m13"]],
  ])("%s is valid, dated 2026-06-01, totals ¥%s and is eligible or likely for %j", async (name, total, positive) => {
    expect(JSON.parse(readFileSync(example(name), "utf8")).asOf).toBe("2026-06-01");
    const { code, stdout } = await run(["check", "--json", example(name)]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { totalMaxCashCNY: string; results: { measure: string; status: string }[] };
    expect(r.totalMaxCashCNY).toBe(total);
    expect(r.results.filter((x) => x.status === "eligible" || x.status === "likely").map((x) => x.measure)).toEqual(positive);
  });
});
