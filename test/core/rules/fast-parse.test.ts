import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileFastParse, NOT_SURE, tryCompileFastParse } from "../../../core/rules/fast-parse.ts";
import { D } from "../../../core/rules/money.ts";
import { fastParseDenseProfile, fastParseProfile, parseProfile, parseProfileToEvaluate, ProfileSchema } from "../../../core/rules/profile.ts";
import { knownProfile, profile } from "../../helpers/profile-arbitraries.ts";
import { oddInput } from "../../helpers/profile-mutations.ts";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 1500) };

/** Everything a deep equality would miss: key order, keys present as undefined, -0, and money as a Decimal of the project's own D. */
function exact(value: unknown): string {
  if (value instanceof D) return `D(${value.toFixed()})`;
  if (Array.isArray(value)) return `[${value.map(exact).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const proto = Object.getPrototypeOf(value);
    return `${proto === Object.prototype ? "" : "?"}{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${exact((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  return value === undefined ? "undefined" : JSON.stringify(value);
}

const fast = fastParseProfile!;

/** The fast way and zod agree on `input`: the same profile, or the fast way defers to zod, which refuses it. */
function agree(input: unknown): void {
  const byZod = ProfileSchema.safeParse(input);
  const byFast = fast(input);
  if (byFast === NOT_SURE) expect(byZod.success, `zod accepts what the fast way defers: ${exact(input)}`).toBe(false);
  else {
    expect(byZod.success, `zod refuses what the fast way accepts: ${exact(input)}`).toBe(true);
    expect(exact(byFast)).toBe(exact(byZod.data));
  }
}

describe("the fast way through the profile schema", () => {
  it("is compiled for Profile v1 (null would mean every profile goes through zod alone, about 3x slower)", () => {
    expect(fastParseProfile).not.toBeNull();
  });

  it("gives zod's profile for generated valid profiles, key order and Decimals included", () => {
    fc.assert(fc.property(fc.oneof(profile, knownProfile), (p) => {
      expect(fast(p)).not.toBe(NOT_SURE);
      agree(p);
    }), RUNS);
  });

  it("defers to zod for every input zod refuses, and agrees with it on the rest", () => {
    fc.assert(fc.property(oddInput, agree), RUNS);
  });

  it("gives the same answers without generated code (node --disallow-code-generation-from-strings)", () => {
    const walked = compileFastParse(ProfileSchema, { generateCode: false });
    fc.assert(fc.property(fc.oneof(profile, oddInput), (p) => {
      const a = walked(p);
      const b = fast(p);
      expect(a === NOT_SURE ? "not sure" : exact(a)).toBe(b === NOT_SURE ? "not sure" : exact(b));
    }), RUNS);
  });

  it("writes what zod writes for values that pass by a transform or a trim", () => {
    const input = {
      compute: { annualSpendAtCenter: " 1000 " },
      loans: [{ principal: -0, annualRate: "0.035", startYear: 2025 }],
      newTechTalent: [{ person: "  Li  ", annualPay: 1e-7 }],
      applicant: { type: undefined, settlement: {} },
      version: 1,
    };
    agree(input);
    const r = parseProfile(input);
    if (!r.ok) throw new Error("valid profile refused");
    expect(r.profile.compute!.annualSpendAtCenter!.toFixed()).toBe("1000");
    expect(r.profile.newTechTalent![0]!.person).toBe("Li");
    expect(Object.keys(r.profile)).toEqual(["version", "applicant", "compute", "newTechTalent", "loans"]);
    expect(Object.keys(r.profile.applicant!)).toEqual(["type", "settlement"]);
  });

  it("leaves to zod an object with an unknown key, an inherited field or a prototype of its own", () => {
    expect(fast({ budget: 1 })).toBe(NOT_SURE);
    expect(fast(Object.create({ asOf: "2026-06-01" }))).toBe(NOT_SURE);
    expect(fast(new (class Profile {})())).toBe(NOT_SURE);
    // zod reads the inherited field; the profile is then zod's.
    const inherited = parseProfile(Object.create({ asOf: "2026-06-01" }));
    expect(inherited.ok && inherited.profile.asOf).toBe("2026-06-01");
    expect(parseProfile({ budget: 1 })).toEqual({ ok: false, issues: [{ path: "budget", message: expect.stringContaining("unknown field") }] });
  });
});

/** `value` with every key whose value is undefined left out, at every depth. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value === "object" && value !== null && !(value instanceof D)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = withoutUndefined(v);
    }
    return out;
  }
  return value;
}

const dense = compileFastParse(ProfileSchema, { dense: true });
const denseWalked = compileFastParse(ProfileSchema, { dense: true, generateCode: false });
const SHAPE_KEYS = Object.keys(ProfileSchema.shape);

/** The dense way vouches for exactly what the sparse way does, with the same values: zod's profile with every absent key present as undefined. */
function agreeDense(input: unknown): void {
  const sparse = fast(input);
  for (const byDense of [dense(input), denseWalked(input)]) {
    if (sparse === NOT_SURE) {
      expect(byDense, `the dense way vouches for what the sparse way defers: ${exact(input)}`).toBe(NOT_SURE);
      continue;
    }
    expect(byDense).not.toBe(NOT_SURE);
    expect(exact(withoutUndefined(byDense))).toBe(exact(withoutUndefined(sparse)));
    expect(Object.keys(byDense as object)).toEqual(SHAPE_KEYS);
  }
}

describe("the dense way through the profile schema (what evaluate reads)", () => {
  it("gives zod's profile for generated valid profiles, every absent key present as undefined in the shape's order", () => {
    fc.assert(fc.property(fc.oneof(profile, knownProfile), agreeDense), RUNS);
  });

  it("defers to zod for the same inputs as the sparse way", () => {
    fc.assert(fc.property(oddInput, agreeDense), RUNS);
  });

  it("is compiled for Profile v1, and is the way evaluate() takes (null would send every profile through zod)", () => {
    expect(fastParseDenseProfile).not.toBeNull();
    const r = parseProfileToEvaluate({ applicant: { type: "team" } });
    expect(r.ok && Object.keys(r.profile)).toEqual(SHAPE_KEYS);
    expect(parseProfileToEvaluate({ budget: 1 })).toEqual(parseProfile({ budget: 1 }));
  });

  it("gives each kind of object one layout: every key of its shape, whatever was given", () => {
    const a = dense({ applicant: { type: "team" }, events: [{ cost: 5 }] }) as Record<string, Record<string, unknown>>;
    expect(Object.keys(a.applicant!)).toEqual(Object.keys(ProfileSchema.shape.applicant.unwrap().shape));
    expect(a.applicant!.type).toBe("team");
    expect(a.applicant!.headcount).toBeUndefined();
    expect(Object.keys((a.events as unknown as Record<string, unknown>[])[0]!)).toEqual(["kind", "location", "cost", "recognizedByCenter"]);
    expect(a.housing).toBeUndefined();
  });
});

describe("compiling a schema for the fast way", () => {
  it("refuses constructs it was not built for, so that callers keep to zod alone", () => {
    expect(() => compileFastParse(z.object({ a: z.string().default("x") }))).toThrow();
    expect(tryCompileFastParse(z.object({ a: z.date() }))).toBeNull();
    expect(tryCompileFastParse(z.object({ a: z.string().nullable() }))).toBeNull();
  });

  it("drops unknown keys of a stripping object and requires required keys, as zod does", () => {
    const schema = z.object({ a: z.number().int(), b: z.string().trim().optional() });
    const parse = compileFastParse(schema);
    for (const input of [{ a: 1, c: 2 }, { a: 1, b: " x " }, { b: "x" }, { a: 1.5 }, { a: 1, b: undefined }]) {
      const byZod = schema.safeParse(input);
      const byFast = parse(input);
      expect(byFast === NOT_SURE ? "refused" : exact(byFast)).toBe(byZod.success ? exact(byZod.data) : "refused");
    }
  });
});
