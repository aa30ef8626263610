/**
 * How `fast-parse.ts` parses an object: by code generated for each shape (as
 * zod's own JIT does), or the same walk interpreted where code generation is
 * refused; and the {@link FAIL} marker every compiled parser answers with.
 */

/** A value that failed (zod would report an issue) or that the walk cannot vouch for. */
export const FAIL: unique symbol = Symbol("fail");

/** A compiled parser of one value: its output, or {@link FAIL}. */
export type Node = (value: unknown) => unknown;

/** A key of the shape the input does not have (an absent key is not the same as one set to undefined). */
const ABSENT: unique symbol = Symbol("absent");

/** One key of an object's shape, with the parser of its value. */
export interface Field {
  key: string;
  optional: boolean;
  /** True when `parse` is the inner schema of a z.optional: undefined is then kept as it is without calling it. */
  undefinedAsIs: boolean;
  parse: Node;
}

/**
 * The object parser as code written for this one shape, as zod's own JIT does.
 * One pass over the input's keys (V8 reads `v[k]` inside `for (k in v)` by
 * the enumeration cache, without a lookup), each key a case of a switch; then
 * the output in the shape's order, as zod writes it. Keys are constants
 * written through JSON.stringify. A dense object is one object literal with
 * every key (one shape for every output); a sparse one is written key by key,
 * only those given.
 *
 * `for…in` sees the enumerable keys, own or inherited, where zod asks `key in
 * input`: the two agree for plain objects (prototype Object.prototype or
 * null, no key of the shape inherited from it) with enumerable properties;
 * anything else is left to zod.
 */
export function generatedObject(fields: readonly Field[], strict: boolean, dense: boolean): Node {
  if (fields.some((f) => f.key in Object.prototype)) throw new Error("fast parse: a key of the shape is inherited by every object");
  const k = (f: Field) => JSON.stringify(f.key);
  const lines = [
    'if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;',
    "const proto = Object.getPrototypeOf(v);",
    "if (proto !== Object.prototype && proto !== null) return FAIL;",
    ...fields.map((_, i) => `let a${i} = ABSENT;`),
    `for (const k in v) switch (k) { ${fields.map((f, i) => `case ${k(f)}: a${i} = v[k]; break;`).join(" ")} default: ${strict ? "return FAIL;" : "break;"} }`,
    ...(dense ? [] : ["const out = {};"]),
    "let x;",
  ];
  fields.forEach((f, i) => {
    const parse = `x = ${f.undefinedAsIs ? `a${i} === undefined ? undefined : ` : ""}p${i}(a${i}); if (x === FAIL) return FAIL;`;
    if (dense) lines.push(f.optional ? `if (a${i} !== ABSENT) { ${parse} a${i} = x; } else a${i} = undefined;` : `if (a${i} === ABSENT) return FAIL; ${parse} a${i} = x;`);
    else lines.push(f.optional ? `if (a${i} !== ABSENT) { ${parse} out[${k(f)}] = x; }` : `if (a${i} === ABSENT) return FAIL; ${parse} out[${k(f)}] = x;`);
  });
  lines.push(dense ? `return { ${fields.map((f, i) => `${k(f)}: a${i}`).join(", ")} };` : "return out;");
  const names = fields.map((_, i) => `p${i}`);
  const make = new Function("FAIL", "ABSENT", ...names, `return function parseObject(v) {\n${lines.join("\n")}\n};`) as (...args: unknown[]) => Node;
  return make(FAIL, ABSENT, ...fields.map((f) => f.parse));
}


/** The same as {@link generatedObject}, without generated code. */
export function interpretedObject(fields: readonly Field[], strict: boolean, dense: boolean): Node {
  const keySet = new Set(fields.map((f) => f.key));
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    if (strict) {
      for (const key in input) if (!keySet.has(key)) return FAIL;
    }
    const out: Record<string, unknown> = {};
    for (const { key, optional, undefinedAsIs, parse } of fields) {
      const present = key in input;
      if (!present && optional) {
        if (dense) out[key] = undefined;
        continue;
      }
      if (!present) return FAIL;
      const value = input[key];
      const x = undefinedAsIs && value === undefined ? undefined : parse(value);
      if (x === FAIL) return FAIL;
      out[key] = x;
    }
    return out;
  };
}
