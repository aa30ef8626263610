/**
 * A fast way through a zod schema for input that is valid, with zod itself
 * still the judge: {@link compileFastParse} walks the schema once and builds
 * functions that check each value the way zod does (the same type tests; the
 * simplest checks written out as zod's code states them, any other called
 * through zod's own check function; zod's own refinements and transforms) and
 * build the same output (objects in the shape's key order, by code generated
 * for each shape as zod's own JIT does). At the first value that does not
 * pass, or anything the walk was not built for, it answers {@link NOT_SURE}
 * and the caller asks zod, which then reports the issues as it always has.
 *
 * Why: zod's general machinery (a payload and an issue list per value, pipes,
 * unions tried through results) was about 40 % of a whole evaluation, most of
 * it spent proving that a valid profile is valid. It reads zod 4's internals
 * (`_zod.def`): a zod upgrade that changes them makes the compile throw (the
 * schema then goes through zod alone) or the outputs differ, and
 * test/core/rules/fast-parse.test.ts says so: it holds the two ways to
 * identical outputs over generated valid and invalid profiles.
 *
 * Dense outputs (`dense: true`, what `evaluate` reads): every object of the
 * output carries every key of its shape, an absent one as `undefined`, built
 * as one object literal. The zod way gives each set of keys given its own
 * hidden class, hundreds over the benchmark's profiles: every write of the
 * parse and every read of the rules then missed V8's inline caches and looked
 * the key up (the rules ran ~1.35x faster on dense profiles, the parse's
 * writes ~3x). The values are the same; only `key in object` tells the two
 * apart, and the rules never ask it (the same test holds dense outputs to
 * zod's with the absent keys put back).
 */
import type { z } from "zod";
import { FAIL, generatedObject, interpretedObject, type Field, type Node } from "./fast-parse-object.ts";

/** The answer of a compiled parser when zod must decide: the input is invalid, or the parser cannot tell. */
export const NOT_SURE: unique symbol = Symbol("not sure");

/** A compiled parser: the output zod would give, or {@link NOT_SURE}. */
export type FastParse<T> = (input: unknown) => T | typeof NOT_SURE;


/** Zod's internals as far as the walk reads them (zod 4). */
interface Internals {
  def: { type: string; checks?: CheckLike[]; [key: string]: unknown };
  check?: (payload: Payload) => unknown;
  optin?: string;
  optout?: string;
}
interface CheckLike {
  _zod: { def: { check?: string; when?: (payload: Payload) => boolean }; check?: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const internals = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

/** Options of {@link compileFastParse}. */
export interface FastParseOptions {
  /** Objects by generated code (the default) or walked; false only in tests of the walk. */
  generateCode?: boolean;
  /**
   * Every object with every key of its shape, in the shape's order, an absent
   * one as `undefined` (default false: absent keys left out, as zod does). Not
   * zod's output, but the same to any reader that does not ask which keys are
   * present: one shape per kind of object, where the zod way makes one per set
   * of keys given (hundreds), so that V8 reads and writes them by a known
   * layout instead of looking each key up (see `evaluate`).
   */
  dense?: boolean;
}

/**
 * Compiles `schema` (objects, strict or stripping; optional fields; arrays;
 * unions; pipes into transforms; strings, numbers, booleans, enums and
 * literals, with any checks and refinements). Throws on any other construct:
 * callers then keep to zod alone.
 */
export function compileFastParse<S extends z.ZodType>(schema: S, options: FastParseOptions = {}): FastParse<z.output<S>> {
  generateCode = options.generateCode ?? true;
  dense = options.dense ?? false;
  let root: Node;
  try {
    root = compile(schema);
  } finally {
    generateCode = true;
    dense = false;
  }
  return (input) => {
    const out = root(input);
    return out === FAIL ? NOT_SURE : (out as z.output<S>);
  };
}

/** {@link compileFastParse}, or null when the schema uses a construct the walk does not handle. */
export function tryCompileFastParse<S extends z.ZodType>(schema: S, options: FastParseOptions = {}): FastParse<z.output<S>> | null {
  try {
    return compileFastParse(schema, options);
  } catch {
    return null;
  }
}

/** {@link FastParseOptions} of the compile under way. */
let generateCode = true;
let dense = false;

function compile(schema: unknown): Node {
  const zod = internals(schema);
  const def = zod.def;
  const node = compileType(def);
  const checks = def.checks ?? [];
  if (checks.length === 0) return node;
  const runChecks = compileChecks(checks);
  return (value) => {
    const out = node(value);
    return out === FAIL ? FAIL : runChecks(out);
  };
}

/**
 * Runs a schema's checks in order, as zod does when no earlier check has
 * failed; a transform-like check (trim) changes the value. The simplest kinds
 * are written out here as zod's own code states them (bounds, whole numbers,
 * patterns, refinements); any other is zod's own check function, called with
 * a payload.
 */
function compileChecks(checks: readonly CheckLike[]): Node {
  const steps = checks.map(compileCheck);
  if (steps.length === 1) return steps[0]!;
  return (value) => {
    let v = value;
    for (const step of steps) {
      v = step(v);
      if (v === FAIL) return FAIL;
    }
    return v;
  };
}

/** The def of a check, as far as {@link compileCheck} reads it. */
interface CheckDef {
  check?: string;
  when?: (payload: Payload) => boolean;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
}

function compileCheck(c: CheckLike): Node {
  const def = c._zod.def as CheckDef;
  if (def.when === undefined) {
    const { value, inclusive, pattern, tx, fn } = def;
    switch (def.check) {
      case "greater_than":
        if (typeof value === "number") return inclusive ? (v) => ((v as number) >= value ? v : FAIL) : (v) => ((v as number) > value ? v : FAIL);
        break;
      case "less_than":
        if (typeof value === "number") return inclusive ? (v) => ((v as number) <= value ? v : FAIL) : (v) => ((v as number) < value ? v : FAIL);
        break;
      case "number_format":
        if (def.format === "safeint") return (v) => (Number.isSafeInteger(v) ? v : FAIL);
        break;
      case "overwrite":
        if (tx) return tx;
        break;
      case "string_format":
        if (def.format === "regex" && pattern) {
          return (v) => {
            pattern.lastIndex = 0;
            return pattern.test(v as string) ? v : FAIL;
          };
        }
        break;
      case "custom":
        if (fn) {
          return (v) => {
            const r = fn(v);
            return r instanceof Promise || !r ? FAIL : v;
          };
        }
        break;
    }
  }
  const check = c._zod.check;
  if (typeof check !== "function") throw new Error(`fast parse: check ${def.check} has no function`);
  const when = def.when;
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    if (when && !when(payload)) return value;
    const r = check(payload);
    if (r instanceof Promise || payload.issues.length > 0) {
      payload.issues.length = 0;
      return FAIL;
    }
    return payload.value;
  };
}

function compileType(def: Internals["def"]): Node {
  switch (def.type) {
    case "string":
      return (v) => (typeof v === "string" ? v : FAIL);
    case "number":
      return (v) => (typeof v === "number" && Number.isFinite(v) ? v : FAIL);
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : FAIL);
    case "enum": {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => (values.has(v) ? v : FAIL);
    }
    case "literal": {
      const values = new Set(def.values as unknown[]);
      return (v) => (values.has(v) ? v : FAIL);
    }
    case "optional": {
      const inner = compile(def.innerType);
      if (internals(def.innerType).optin === "defaulted") throw new Error("fast parse: optional of a default");
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case "array": {
      const element = compile(def.element);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = element(v[i]);
          if (x === FAIL) return FAIL;
          out[i] = x;
        }
        return out;
      };
    }
    case "union": {
      const options = (def.options as unknown[]).map(compile);
      return (v) => {
        for (const option of options) {
          const x = option(v);
          if (x !== FAIL) return x;
        }
        return FAIL;
      };
    }
    case "pipe": {
      const from = compile(def.in);
      const to = compile(def.out);
      return (v) => {
        const x = from(v);
        return x === FAIL ? FAIL : to(x);
      };
    }
    case "transform": {
      const transform = def.transform as (value: unknown, payload: Payload) => unknown;
      // One payload for every call: the transforms are synchronous, and a call that reports an issue ends the parse.
      const payload = { value: undefined as unknown, issues: [] as unknown[], addIssue: (issue: unknown) => payload.issues.push(issue) };
      return (v) => {
        payload.value = v;
        if (payload.issues.length > 0) payload.issues.length = 0;
        const out = transform(v, payload);
        return out instanceof Promise || payload.issues.length > 0 ? FAIL : out;
      };
    }
    case "object":
      return compileObject(def);
    default:
      throw new Error(`fast parse: no support for ${def.type}`);
  }
}

/** An object: each declared key in the shape's order, as zod writes them; unknown keys refused (strict) or dropped. */
function compileObject(def: Internals["def"]): Node {
  const shape = def.shape as Record<string, unknown>;
  const keys = Object.keys(shape);
  if (keys.includes("__proto__") || Object.getOwnPropertySymbols(shape).length > 0) throw new Error("fast parse: unusual keys");
  const catchall = def.catchall === undefined ? undefined : internals(def.catchall).def.type;
  if (catchall !== undefined && catchall !== "never") throw new Error(`fast parse: catchall ${catchall}`);
  const fields: Field[] = keys.map((key) => {
    const zod = internals(shape[key]);
    // Optional in and out (z.optional): an absent key stays absent; any other field must be present.
    const optional = zod.optin === "optional" && zod.optout === "optional";
    if (zod.optin !== undefined && !optional) throw new Error(`fast parse: field ${key} is ${zod.optin}/${zod.optout}`);
    // A plain z.optional is unwrapped here, one call less for every field.
    const plain = zod.def.type === "optional" && (zod.def.checks ?? []).length === 0 && internals(zod.def.innerType).optin !== "defaulted";
    return { key, optional, undefinedAsIs: plain, parse: compile(plain ? zod.def.innerType : shape[key]) };
  });
  const strict = catchall === "never";
  if (!generateCode) return interpretedObject(fields, strict, dense);
  try {
    return generatedObject(fields, strict, dense);
  } catch {
    // Code generation refused (node --disallow-code-generation-from-strings): the same walk, interpreted.
    return interpretedObject(fields, strict, dense);
  }
}
