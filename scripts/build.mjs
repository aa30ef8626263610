/**
 * `npm run build`: bundles the CLI (and through its lazy imports the server
 * and every channel) into `dist/` with esbuild, so that a start reads a few
 * files instead of resolving some 300 modules one by one. Each dynamic
 * `import()` stays a chunk of its own, loaded only by the command that needs
 * it. Dependencies stay in node_modules, except the pure-JavaScript ones
 * listed in BUNDLED (`bundle-options.mjs`, whose options the benchmarks
 * share); one that loads files of its own (WebAssembly, worker threads) must
 * never be added there. Types are checked by `npm run typecheck`, not here.
 */
import { rmSync } from "node:fs";
import { build } from "esbuild";
import { bundleOptions } from "./bundle-options.mjs";

const root = new URL("../", import.meta.url);

rmSync(new URL("dist", root), { recursive: true, force: true });
await build({ ...bundleOptions(root), entryPoints: ["cli/main.ts"], outdir: "dist/cli" });
