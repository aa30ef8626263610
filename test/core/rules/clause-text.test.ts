import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MEASURES, SCOPE_TEXT } from "../../../core/rules/index.ts";
import type { Parameter } from "../../../core/rules/parameter.ts";

// The policy text and its measure table, kept in the repository under docs/policy/.
const POLICY = new URL("../../../docs/policy/", import.meta.url);
const POLICY_TEXT = readFileSync(new URL("measures.zh.txt", POLICY), "utf8");
const README = readFileSync(new URL("README.md", POLICY), "utf8");

/** The source's words without its notes: parenthesised asides and anything after an English ": " gloss. */
function sourceFragments(source: string): string[] {
  const words = source.replace(/（[^）]*[A-Za-z][^）]*）/g, "").replace(/\([^)]*\)/g, "").split(": ")[0]!;
  return words.split("…").map((s) => s.trim()).filter(Boolean);
}

/** Every number the words state, in the parameter's units: 50万元 → 500000, 30% → 0.3, 2个百分点 → 0.02. */
function statedNumbers(words: string): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(/(\d+(?:\.\d+)?)(万|亿|%|个百分点)?/g)) {
    const n = Number(m[1]);
    const scale = { 万: 1e4, 亿: 1e8, "%": 0.01, 个百分点: 0.01 }[m[2] ?? ""] ?? 1;
    out.push(String(Number((n * scale).toPrecision(12))));
  }
  return out;
}

const clauseText = (clause: string) => MEASURES.find((m) => m.clause === clause)?.text;

describe("clause texts", () => {
  it.each(MEASURES.map((m) => [m.id, m] as const))("%s quotes its clause verbatim from measures.zh.txt", (_id, m) => {
    expect(POLICY_TEXT).toContain(m.text);
    expect(m.text.startsWith(m.clause)).toBe(true);
  });

  it("the scope paragraph is quoted verbatim", () => {
    expect(POLICY_TEXT).toContain(SCOPE_TEXT);
  });

  it("ids, clause numbers and Chinese subjects match the table in docs/policy/README.md", () => {
    const rows = [...README.matchAll(/^\| (m\d\d) \| (（[^）]+）) \| ([^|]+?) \|/gm)].map((r) => [r[1], r[2], r[3]]);
    expect(rows).toHaveLength(22);
    expect(MEASURES.map((m) => [m.id, m.clause, m.title.zh])).toEqual(rows);
  });
});

describe("parameter sources", () => {
  const params: [string, string, Parameter][] = MEASURES.flatMap((m) => Object.entries(m.params).map(([name, p]) => [m.id, name, p] as [string, string, Parameter]));

  it.each(params)("%s %s: the source's words are in the clause it cites", (_id, _name, p) => {
    const text = clauseText(p.clause);
    expect(text, `no clause ${p.clause}`).toBeDefined();
    const fragments = sourceFragments(p.source);
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) expect(text).toContain(f);
  });

  it.each(params)("%s %s: the value is a number the source states (when it states one)", (_id, _name, p) => {
    const stated = sourceFragments(p.source).flatMap(statedNumbers);
    if (stated.length > 0) expect(stated).toContain(p.value.toString());
  });
});
