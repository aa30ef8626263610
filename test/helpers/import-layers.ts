/**
 * The import-layer check: reads every import of the project's TypeScript
 * files and reports imports that point up the layers, and circles of imports.
 *
 * Why a small checker of our own instead of dependency-cruiser or madge: the
 * releases of those tools that run on Node 20 read TypeScript through the
 * compiler API that TypeScript 7 no longer offers, and type-only imports are
 * exactly what a JavaScript-only parser drops. The project writes imports in
 * one plain style (relative specifiers ending in `.ts`), so reading the
 * specifiers of `import … from`, `export … from`, `import "…"` and
 * `import("…")` (type positions included) after blanking out comments is
 * enough, and it sees type-only imports as ordinary edges.
 *
 * The layers, top to bottom (an import may point down this list or stay in its
 * own folder): cli → server → bots (adapters and `bots/kit`) → core/dialogues
 * → core/explain, core/qa → core/i18n → core/text → core/rules. `core/store`
 * imports only `core/rules`; `prompts/` is read by `core/explain` only.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";

/** One layer: the folders it covers and what it may import besides itself. */
interface Layer {
  name: string;
  /** Folder prefixes, relative to the root, with "/" separators. */
  folders: string[];
  /** Layers this one may import (its own folder is always allowed). */
  mayImport: string[];
  /** Layers this one may import types from, and nothing else. */
  typesFrom?: string[];
}

const BELOW_I18N = ["core/text", "core/rules"];
const BELOW_EXPLAIN = ["core/i18n", ...BELOW_I18N];
const BELOW_DIALOGUES = ["core/explain", "core/qa", "core/store", "prompts", ...BELOW_EXPLAIN];
const BELOW_BOTS = ["core/dialogues", ...BELOW_DIALOGUES];

/** The project's layers. */
export const LAYERS: Layer[] = [
  { name: "cli", folders: ["cli"], mayImport: ["server", "bots", ...BELOW_BOTS] },
  { name: "server", folders: ["server"], mayImport: ["bots", ...BELOW_BOTS] },
  { name: "bots", folders: ["bots"], mayImport: BELOW_BOTS },
  { name: "core/dialogues", folders: ["core/dialogues"], mayImport: BELOW_DIALOGUES },
  { name: "core/explain", folders: ["core/explain"], mayImport: ["core/store", "prompts", ...BELOW_EXPLAIN] },
  { name: "core/qa", folders: ["core/qa"], mayImport: BELOW_EXPLAIN },
  { name: "core/i18n", folders: ["core/i18n"], mayImport: BELOW_I18N },
  { name: "core/text", folders: ["core/text"], mayImport: ["core/rules"] },
  { name: "core/rules", folders: ["core/rules"], mayImport: [] },
  { name: "core/store", folders: ["core/store"], mayImport: [], typesFrom: ["core/rules"] },
  { name: "prompts", folders: ["prompts"], mayImport: [] },
];

/** An import from one project file to another. */
export interface ImportEdge {
  from: string;
  to: string;
  /** `import type` / `export type`: gone at run time, but still an arrow between layers. */
  typeOnly?: boolean;
}

/** What the check found. */
export interface LayerReport {
  /** Imports that point up the layers (or sideways into a layer not allowed). */
  upward: (ImportEdge & { rule: string })[];
  /** Each circle as the files on it, in import order. */
  circles: string[][];
  /** How many files were read (so a check that read nothing does not pass). */
  files: number;
}

/** Blanks out comments, keeping strings (specifiers are strings) and line breaks. */
export function stripComments(src: string): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === "/" && next === "/") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      i += 2;
      while (i < src.length && !(src[i] === "*" && src[i + 1] === "/")) {
        if (src[i] === "\n") out += "\n";
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'" || c === "`") {
      const start = i++;
      while (i < src.length && src[i] !== c) i += src[i] === "\\" ? 2 : 1;
      i++;
      out += src.slice(start, i);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const STATIC = /^[ \t]*(?:import|export)\b([^;'"`]*?)\bfrom\s*["']([^"']+)["']/gm;
const BARE = /^[ \t]*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Every module specifier `src` imports or re-exports, type-only ones included, with whether it is type-only. */
export function importsOf(src: string): { specifier: string; typeOnly: boolean }[] {
  const code = stripComments(src);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(STATIC)) found.push({ specifier: m[2]!, typeOnly: /^\s*type\s/.test(m[1]!) });
  for (const re of [BARE, DYNAMIC]) for (const m of code.matchAll(re)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

/** Every module specifier `src` imports or re-exports, type-only ones included. */
export function specifiersOf(src: string): string[] {
  return importsOf(src).map((i) => i.specifier);
}

function tsFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

const posix = (p: string) => p.split(sep).join("/");

function layerOf(file: string): Layer | undefined {
  return LAYERS.find((l) => l.folders.some((f) => file === f || file.startsWith(`${f}/`)));
}

/** The project-internal imports of every file under the layers' folders of `root`. */
export function importGraph(root: string): { files: string[]; edges: ImportEdge[] } {
  const roots = [...new Set(LAYERS.flatMap((l) => l.folders.map((f) => f.split("/")[0]!)))];
  const files = roots.flatMap((r) => tsFiles(join(root, r))).map((f) => posix(relative(root, f)));
  const edges: ImportEdge[] = [];
  for (const from of files) {
    for (const { specifier, typeOnly } of importsOf(readFileSync(join(root, from), "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      edges.push({ from, to: posix(normalize(join(dirname(from), specifier))), ...(typeOnly ? { typeOnly } : {}) });
    }
  }
  return { files, edges };
}

/** Circles in `edges`, found as strongly connected components (Tarjan). */
export function circlesOf(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) circles.push(component.reverse());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return circles;
}

/** Checks the layers and circles of the project at `root`. */
export function checkLayers(root: string): LayerReport {
  const { files, edges } = importGraph(root);
  const upward: LayerReport["upward"] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    const to = layerOf(e.to);
    if (!from) continue;
    if (!to) {
      upward.push({ ...e, rule: `${from.name} may not import outside the layered folders` });
      continue;
    }
    if (to === from || from.mayImport.includes(to.name)) continue;
    if (e.typeOnly && from.typesFrom?.includes(to.name)) continue;
    upward.push({ from: e.from, to: e.to, rule: `${from.name} may not import ${to.name}${from.typesFrom?.includes(to.name) ? " except types" : ""}` });
  }
  return { upward, circles: circlesOf(edges), files: files.length };
}
