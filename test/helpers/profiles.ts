/**
 * A small profile builder for rules-core tests: a settled AI enterprise on a
 * fixed date, patched per case, so that each case states only what it is about.
 */
import { evaluate } from "../../core/rules/index.ts";
import type { EvaluationResult, MeasureId, MeasureResult } from "../../core/rules/index.ts";

/** The evaluation date every case uses unless it is about dates. */
export const AS_OF = "2026-06-01";

/** A profile as JSON (plain objects, arrays and scalars), before validation. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/**
 * Deep-merges `patch` into `base`: objects merge key by key, arrays and scalars
 * replace, and `undefined` in the patch makes the key unknown. The key is kept
 * with the value `undefined` (which the schema reads as absent) so that the
 * deletion survives when patches are merged into each other first.
 */
export function merge(base: Record<string, unknown>, patch: Record<string, unknown>): JsonObject {
  const out = structuredClone(base) as JsonObject;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      (out as Record<string, unknown>)[key] = undefined;
    } else if (isObject(value) && isObject(out[key])) {
      out[key] = merge(out[key] as JsonObject, value);
    } else {
      out[key] = structuredClone(value) as Json;
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A domestic AI enterprise settled at the showcase center on 2025-06-01,
 * evaluated on {@link AS_OF}; everything else unknown. `patch` is merged in.
 */
export function aiEnterprise(patch: Record<string, unknown> = {}): JsonObject {
  const base: JsonObject = {
    asOf: AS_OF,
    applicant: {
      type: "enterprise",
      aiBusiness: true,
      aseanOrigin: false,
      settlement: { status: "settled", date: "2025-06-01", site: "showcase_center" },
    },
  };
  return merge(base, patch);
}

/** The same settled AI entity, but of another applicant type (team, university…). */
export function aiEntity(type: string, patch: Record<string, unknown> = {}): JsonObject {
  return aiEnterprise(merge({ applicant: { type } }, patch));
}

/** An ASEAN-origin AI enterprise (from Singapore), otherwise as {@link aiEnterprise}. */
export function aseanEnterprise(patch: Record<string, unknown> = {}): JsonObject {
  return aiEnterprise(merge({ applicant: { aseanOrigin: true, aseanCountry: "SG" } }, patch));
}

/** Evaluates a profile that must be valid; fails the test with the issues otherwise. */
export function evaluateOk(profile: unknown): EvaluationResult {
  const r = evaluate(profile);
  if (!r.ok) throw new Error(`profile should be valid: ${JSON.stringify(r.issues)}`);
  return r.result;
}

/** The result of one measure for a valid profile. */
export function resultOf(profile: unknown, id: MeasureId): MeasureResult {
  const r = evaluateOk(profile).results.find((x) => x.measure === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
}

/** The reason codes of a result, in order. */
export function codes(r: MeasureResult): string[] {
  return r.reasons.map((x) => x.code);
}

/** A benefit's quantity by kind, or undefined when the result has no such benefit. */
export function benefitQuantity(r: MeasureResult, kind: string): string | null | undefined {
  return r.benefits.find((b) => b.kind === kind)?.quantity;
}
