/**
 * Records which profile facts a rule reads: the profile is wrapped in proxies
 * that note every field looked up (list items as `[]`), so a test can hold the
 * rules core's declared reads (`MeasureDefinition.reads`) to what the rules do.
 */
import { Decimal } from "decimal.js";
import { yearOf } from "../../core/rules/dates.ts";
import type { MeasureDefinition, RuleContext } from "../../core/rules/definition.ts";
import { D } from "../../core/rules/money.ts";
import { Outcome } from "../../core/rules/outcome.ts";
import type { Profile } from "../../core/rules/profile.ts";

function watch(value: unknown, path: string, seen: Set<string>): unknown {
  if (typeof value !== "object" || value === null || value instanceof Decimal) return value;
  const isList = Array.isArray(value);
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return v;
      if (isList) {
        if (!/^\d+$/.test(key)) return typeof v === "function" ? v.bind(receiver) : v;
        return watch(v, `${path}[]`, seen);
      }
      const next = path ? `${path}.${key}` : key;
      seen.add(next);
      return watch(v, next, seen);
    },
  });
}

/** The profile fields `read` looks up while it runs on `profile`. */
export function recordReads(profile: Profile, read: (watched: Profile) => void): Set<string> {
  const seen = new Set<string>();
  read(watch(profile, "", seen) as Profile);
  return seen;
}

/** The fields measure `m`'s rule reads for `profile` (scope checks excluded: they are declared apart). */
export function readsOfRule(m: MeasureDefinition, profile: Profile, asOf: string): Set<string> {
  const ctx: RuleContext = { asOf, asOfYear: yearOf(asOf), aseanMultiplier: new D(1), aseanPending: false };
  return recordReads(profile, (p) => m.rule(p, ctx, new Outcome(m.clause)));
}
