/**
 * The benchmarks' child servers compiled as `npm run build` compiles the
 * service (esbuild, the options of `scripts/bundle-options.mjs`), so that
 * they run the code as it ships rather than through tsx, whose transform
 * keeps every function's name with a call at each definition (closures made
 * on every request pay it) and maps sources. `BENCH_FROM_SOURCES=1` runs
 * them through tsx instead, to compare.
 */
import { mkdirSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { bundleOptions } from "../../scripts/bundle-options.mjs";

const ROOT = new URL("../../", import.meta.url);
/** Inside the project, so that the bundles' imports of dependencies resolve to its node_modules. */
const OUT = new URL("node_modules/.cache/policy-assistant-bench/", ROOT);

const compiled = new Map<string, Promise<string>>();

/** The path of `file` (a TypeScript entry) compiled for this run; each file is compiled once a run. */
export function compiledChild(file: URL): Promise<string> {
  let done = compiled.get(file.href);
  if (!done) {
    done = compileOnce(file);
    compiled.set(file.href, done);
  }
  return done;
}

async function compileOnce(file: URL): Promise<string> {
  const name = basename(fileURLToPath(file)).replace(/\.ts$/, "");
  const outdir = new URL(`${name}-${process.pid}/`, OUT);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({ ...bundleOptions(ROOT), entryPoints: [fileURLToPath(file)], outdir: fileURLToPath(outdir) });
  // Removed when this process exits: each run compiles afresh from the sources.
  process.once("exit", () => rmSync(outdir, { recursive: true, force: true }));
  return fileURLToPath(new URL(`${name}.js`, outdir));
}
