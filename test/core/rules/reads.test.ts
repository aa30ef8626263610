import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MeasureDefinition } from "../../../core/rules/definition.ts";
import { evaluateProfile, readsOf } from "../../../core/rules/evaluate.ts";
import { MEASURES } from "../../../core/rules/measures/index.ts";
import { fieldOf } from "../../../core/rules/paths.ts";
import { parseProfile, type Profile } from "../../../core/rules/profile.ts";
import { requireAiBusiness, requireSettlement, SCOPE_READS } from "../../../core/rules/scope.ts";
import { Outcome } from "../../../core/rules/outcome.ts";
import { m99 } from "../../fixtures/paths/m99-planted.ts";
import { profile as anyProfile } from "../../helpers/profile-arbitraries.ts";
import { readsOfRule, recordReads } from "../../helpers/profile-reads.ts";

/** Valid profiles of every shape: the same sample every run. */
const PROFILES: Profile[] = fc
  .sample(anyProfile, { numRuns: 1500, seed: 11 })
  .map((raw) => parseProfile(raw))
  .flatMap((r) => (r.ok ? [r.profile] : []));

/** Reads of `m` that it does not declare (a read of an object on the way to a declared field is fine). */
function undeclared(m: MeasureDefinition, declared: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of PROFILES) {
    for (const f of readsOfRule(m, p, p.asOf ?? "2026-06-01")) {
      if (!declared.includes(f) && !declared.some((d) => d.startsWith(`${f}.`))) out.add(f);
    }
  }
  return [...out];
}

describe("the facts each measure declares it reads", () => {
  it("samples profiles of many shapes", () => {
    expect(PROFILES.length).toBeGreaterThan(1000);
  });

  it("cover every fact a measure's rule looks up", () => {
    for (const m of MEASURES) expect(undeclared(m, m.reads), m.id).toEqual([]);
  });

  it("cover every fact the scope checks look up", () => {
    const seen = new Set<string>();
    for (const p of PROFILES) {
      for (const f of recordReads(p, (w) => {
        const out = new Outcome("scope");
        requireAiBusiness(w, out);
        requireSettlement(w, p.asOf ?? "2026-06-01", out);
      })) seen.add(f);
    }
    expect([...seen].filter((f) => !SCOPE_READS.includes(f as never) && !SCOPE_READS.some((d) => d.startsWith(`${f}.`)))).toEqual([]);
  });

  it("cover every fact a result reports missing", () => {
    for (const p of PROFILES.slice(0, 300)) {
      for (const r of evaluateProfile(p).results) {
        const m = MEASURES.find((x) => x.id === r.measure)!;
        for (const path of r.missing) expect(readsOf(m), `${r.measure} ${path}`).toContain(fieldOf(path));
      }
    }
  });

  it("fail on a planted measure that reads a fact it does not declare", () => {
    const planted: MeasureDefinition = { ...m99, reads: ["computeCenter.newBuild"] };
    expect(undeclared(planted, planted.reads)).toEqual(["version"]);
  });
});
