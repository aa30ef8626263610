import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkLayers, importsOf, specifiersOf } from "../helpers/import-layers.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/layers/${name}/`, import.meta.url));

describe("the import layers of the project", () => {
  const report = checkLayers(root);

  it("reads the project's files", () => {
    expect(report.files).toBeGreaterThan(150);
  });

  it("has no import that points up the layers", () => {
    expect(report.upward.map((u) => `${u.from} → ${u.to} (${u.rule})`)).toEqual([]);
  });

  it("has no circle of imports, type-only imports included", () => {
    expect(report.circles).toEqual([]);
  });

  it("keeps the rules core free of every other part of the project", () => {
    expect(report.upward.filter((u) => u.from.startsWith("core/rules/"))).toEqual([]);
  });
});

describe("the import-layer check", () => {
  it("fails on an adapter that imports server/", () => {
    const report = checkLayers(fixture("bots-to-server"));
    expect(report.upward).toEqual([{ from: "bots/fake/channel.ts", to: "server/config.ts", rule: "bots may not import server" }]);
    expect(report.circles).toEqual([]);
  });

  it("fails on a circle made only of type imports", () => {
    const report = checkLayers(fixture("type-circle"));
    expect(report.circles).toEqual([["core/qa/ask.ts", "core/qa/topics.ts"]]);
    expect(report.upward).toEqual([]);
  });

  it("lets the store import types from the rules core, and nothing else", () => {
    const report = checkLayers(fixture("store-values"));
    expect(report.upward).toEqual([{ from: "core/store/ttl.ts", to: "core/rules/money.ts", rule: "core/store may not import core/rules except types" }]);
  });

  it("reads every form of import and ignores imports written in comments", () => {
    const src = [
      '// import { a } from "../server/commented.ts";',
      '/* export * from "../server/also-commented.ts"; */',
      'import type { A } from "./a.ts";',
      "import {",
      "  b,",
      "  type C,",
      '} from "./b.ts";',
      'export { d } from "./d.ts";',
      'import "./side-effect.ts";',
      'type E = typeof import("./e.ts");',
      'const f = await import("./f.ts");',
    ].join("\n");
    expect(specifiersOf(src)).toEqual(["./a.ts", "./b.ts", "./d.ts", "./side-effect.ts", "./e.ts", "./f.ts"]);
    expect(importsOf(src).filter((i) => i.typeOnly).map((i) => i.specifier)).toEqual(["./a.ts"]);
  });
});
