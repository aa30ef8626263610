/**
 * evaluate() stays byte-identical while its insides change (issue 19: speed
 * without a changed figure): the JSON of every result of the benchmark's
 * profiles, and the issues of mostly wrong inputs, against a snapshot taken
 * before the change. A change of a figure, status or text on purpose
 * regenerates it: `npx vitest run test/core/rules/evaluate-snapshot.test.ts -u`,
 * and the diff of the snapshot is then part of the review.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../core/rules/index.ts";
import { oddInput } from "../../helpers/profile-mutations.ts";
import { benchProfiles } from "../../helpers/rules-corpus.ts";

/** The date used for an input without `asOf`, so that nothing depends on today. */
const TODAY = "2026-06-01";

const digest = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** JSON that also shows what JSON.stringify would lose in an input (NaN, Infinity, undefined, -0). */
function inputKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)) ? `#${String(Object.is(v, -0) ? "-0" : v)}` : v === undefined ? "#undefined" : v,
  ) ?? "#undefined";
}

describe("evaluate() against the snapshot taken before issue 19's changes", () => {
  it("gives byte-identical results for the examples, their dates and the generated profiles of the benchmark", async () => {
    // One line per profile: a digest of the input, then of the whole result's JSON (12 MB in full: too big to keep).
    const lines = benchProfiles().map((p) => `${digest(inputKey(p))} ${digest(JSON.stringify(evaluate(p, { today: TODAY })))}`);
    expect(lines.length).toBeGreaterThan(600);
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("../../fixtures/rules/evaluate-results.snap.txt");
  });

  it("gives the same issues, in the same order, for mostly wrong inputs", async () => {
    const inputs = fc.sample(oddInput, { numRuns: 600, seed: 19 });
    const lines = inputs.map((x) => {
      const r = evaluate(x, { today: TODAY });
      return `${digest(inputKey(x))} ${r.ok ? `ok ${digest(JSON.stringify(r.result))}` : JSON.stringify(r.issues)}`;
    });
    expect(lines.filter((l) => !l.includes(" ok ")).length).toBeGreaterThan(500);
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("../../fixtures/rules/evaluate-issues.snap.txt");
  });
});
