/**
 * The profiles the rules benchmark evaluates, and the snapshot test holds
 * byte-identical: every example, each at four more dates, and generated
 * profiles from fixed seeds (so that every run sees the same work).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { evaluate } from "../../core/rules/index.ts";
import { knownProfile, profile as anyProfile } from "./profile-arbitraries.ts";

const EXAMPLES_DIR = new URL("../../examples/", import.meta.url).pathname;

/** The examples as JSON, in file-name order. */
export function exampleProfiles(): Record<string, unknown>[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(EXAMPLES_DIR, f), "utf8")) as Record<string, unknown>);
}

/**
 * The profiles evaluated: every example, each with variations, plus `count`
 * generated ones (those `evaluate` accepts), each as a caller hands it over:
 * parsed from JSON. (fast-check builds its records by deleting the keys it
 * leaves out, which puts about half of their objects in V8's slow dictionary
 * mode; no profile read from a file or a request is like that, and reading
 * such objects took about half of the validation's time.)
 */
export function benchProfiles(count = 600): unknown[] {
  const examples = exampleProfiles();
  const variations = examples.flatMap((e) =>
    ["2025-03-01", "2026-06-01", "2027-12-31", "2028-06-01"].map((asOf) => ({ ...e, asOf })),
  );
  const generated = [
    ...fc.sample(knownProfile, { numRuns: Math.floor(count / 2), seed: 7 }),
    ...fc.sample(anyProfile, { numRuns: Math.ceil(count / 2), seed: 11 }),
  ];
  return [...examples, ...variations, ...generated].map((p) => JSON.parse(JSON.stringify(p)) as unknown).filter((p) => evaluate(p).ok);
}
