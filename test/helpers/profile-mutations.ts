/**
 * fast-check generators of profiles that are mostly wrong: a valid generated
 * profile with one or more values replaced by something the schema may refuse
 * (a wrong type, a negative or fractional number, NaN, an impossible date, an
 * unknown key, an overlong list…), and inputs that are not objects at all.
 * Some mutations stay valid (0 where money is asked): both sides are wanted.
 */
import fc from "fast-check";
import { MAX_LIST_ITEMS } from "../../core/rules/profile.ts";
import { keyPaths, profile, updateAt } from "./profile-arbitraries.ts";
import type { JsonObject } from "./profiles.ts";

/** Values that are wrong somewhere in a profile (and right in a few places). */
const ODD_VALUES: readonly unknown[] = [
  -1, -0, 0, 1, 1.5, 3.5, 25, 1948, 2101, 2025.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE, 1e-7,
  "", " ", "ten", "-500", "1,000,000", " 1000 ", "0.035", "1e5", "1.", ".5", "2025-02-30", "2025-6-1", "2024-02-29", "01/06/2025", "x".repeat(101), "  Li  ",
  "enterprise", "company", "CN", "settled", true, false, null, undefined, {}, [], [{}], { a: 1 }, [1, 2],
];

/** A value of {@link ODD_VALUES}, an overlong list now and then, or a copy of another part of the profile. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 1, arbitrary: fc.constant(null).map(() => Array.from({ length: MAX_LIST_ITEMS + 1 }, () => ({}))) },
);

type Mutation = { at: number; value: unknown; kind: "replace" | "unknown_key" };

function mutate(base: JsonObject, mutations: Mutation[]): JsonObject {
  let p = base;
  for (const m of mutations) {
    const paths = keyPaths(p);
    if (m.kind === "unknown_key" || paths.length === 0) {
      // An unknown key on the profile or on one of its objects.
      const objects = [[], ...paths.filter((path) => isPlainObject(at(p, path)))];
      const target = objects[m.at % objects.length]!;
      p = target.length === 0 ? { ...p, ["unknownField"]: m.value as never } : updateAt(p, target, (o) => ({ ...(o as object), extraKey: m.value }));
    } else {
      p = updateAt(p, paths[m.at % paths.length]!, () => m.value);
    }
  }
  return p;
}

function at(value: unknown, path: (string | number)[]): unknown {
  let node = value;
  for (const part of path) node = (node as Record<string | number, unknown>)[part];
  return node;
}

function isPlainObject(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A generated profile with one to three values replaced or unknown keys added. */
export const mutatedProfile: fc.Arbitrary<unknown> = fc
  .tuple(
    profile,
    fc.array(fc.record({ at: fc.nat(), value: oddValue, kind: fc.constantFrom<Mutation["kind"]>("replace", "replace", "replace", "replace", "replace", "unknown_key") }), { minLength: 1, maxLength: 3 }),
  )
  .map(([p, ms]) => mutate(p, ms));

/** Anything a caller might pass: mostly mutated profiles, some inputs that are not a profile object at all. */
export const oddInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: mutatedProfile },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 1, arbitrary: fc.anything() },
);
