import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "../../../core/i18n/messages/index.ts";
import { profile } from "../../helpers/profile-arbitraries.ts";
import { evaluateOk } from "../../helpers/profiles.ts";

const RULES = join(import.meta.dirname, "../../../core/rules");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [readFileSync(join(dir, e.name), "utf8")] : [],
  );
}

/** Codes written as templates, with every value they take (a new template must be listed here to pass). */
const TEMPLATES: Record<string, string[]> = {
  "no_${name}_spend": ["no_compute_spend", "no_corpus_spend"],
};

/** Every reason code and benefit kind the rules core can emit, read from its sources. */
function emitted(): { reasons: Set<string>; benefits: Set<string>; unknownTemplates: string[] } {
  const reasons = new Set<string>();
  const benefits = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const src of sources(RULES)) {
    for (const m of src.matchAll(/\.(?:fail|because|assessed)\(\s*"([a-z_]+)"/g)) reasons.add(m[1]!);
    for (const m of src.matchAll(/requireTrue\([^;]*?"[a-zA-Z.[\]]+",\s*\w+,\s*"([a-z_]+)"/g)) reasons.add(m[1]!);
    for (const m of src.matchAll(/\bcode:\s*"([a-z_]+)"/g)) reasons.add(m[1]!);
    for (const m of src.matchAll(/\.(?:fail|because|assessed)\(\s*`([^`]+)`/g)) {
      const values = TEMPLATES[m[1]!];
      if (values) values.forEach((v) => reasons.add(v));
      else unknownTemplates.push(m[1]!);
    }
    for (const m of src.matchAll(/\.benefit\(\s*"([a-z_]+)"/g)) benefits.add(m[1]!);
  }
  return { reasons, benefits, unknownTemplates };
}

describe("every code the rules core emits has words in the catalogues", () => {
  const { reasons, benefits, unknownTemplates } = emitted();

  it("finds the codes it looks for (the scan is not empty, and sees codes passed through helpers)", () => {
    expect(reasons).toContain("no_loan");
    expect(reasons).toContain("not_key_ai_enterprise");
    expect(reasons).toContain("counted_under_better_clause");
    expect(reasons).toContain("no_corpus_spend");
    expect(benefits).toContain("office_space");
  });

  it("reads every template code", () => {
    expect(unknownTemplates, "add the values of these templates to TEMPLATES").toEqual([]);
  });

  it("has reason.<code> for every reason code (the completeness test holds the ten languages to English)", () => {
    expect([...reasons].filter((c) => !isMessageKey(`reason.${c}`))).toEqual([]);
  });

  it("has benefit.<kind> for every benefit kind", () => {
    expect([...benefits].filter((k) => !isMessageKey(`benefit.${k}`))).toEqual([]);
  });

  it("has words for every code of evaluated profiles, parts included", () => {
    fc.assert(
      fc.property(profile, (p) => {
        for (const r of evaluateOk(p).results) {
          const rs = [...r.reasons, ...r.parts.flatMap((q) => q.reasons)];
          for (const reason of rs) expect(isMessageKey(`reason.${reason.code}`), `${r.measure} ${reason.code}`).toBe(true);
          for (const b of [...r.benefits, ...r.parts.flatMap((q) => q.benefits)]) expect(isMessageKey(`benefit.${b.kind}`), `${r.measure} ${b.kind}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
