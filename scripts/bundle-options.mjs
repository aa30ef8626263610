/**
 * How the project's TypeScript is bundled by esbuild: the options `npm run
 * build` uses for `dist/cli/`, shared with the benchmarks, which compile
 * their child servers the same way so that they measure the code as it
 * ships (tsx, which runs the sources, keeps every function's name with a
 * call at each definition and maps sources: neither is in `dist/`).
 */
import { readFileSync } from "node:fs";

/**
 * Dependencies inlined into the bundle: pure JavaScript, no files read at run time.
 * - pino: its transports run a worker from a file of its own (thread-stream), which a
 *   bundle would break; `server/logger.ts` writes to a file descriptor and never uses them.
 * - zod-openapi: it imports `zod/v4`; left outside, it loaded a second, unbundled zod
 *   (some 100 modules, every locale) while the server warmed up.
 * - prom-client: left outside, it read some 90 CommonJS files one by one (its own,
 *   @opentelemetry/api's, tdigest's) while the server warmed up.
 */
export const BUNDLED = new Set(["zod", "decimal.js", "minisearch", "ioredis", "pino", "zod-openapi", "prom-client"]);

/**
 * The esbuild options of a bundle of the project rooted at `root` (a file
 * URL ending in `/`): ES modules for Node 20, one chunk per dynamic import,
 * dependencies left in node_modules except those in BUNDLED.
 *
 * @param {URL} root
 * @returns {import("esbuild").BuildOptions}
 */
export function bundleOptions(root) {
  const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
  const external = Object.keys(pkg.dependencies ?? {})
    .filter((name) => !BUNDLED.has(name))
    .flatMap((name) => [name, `${name}/*`]);
  return {
    absWorkingDir: new URL(".", root).pathname,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    external,
    // Bundled CommonJS (ioredis) requires node's own modules: give the ES module output a require.
    banner: { js: 'import { createRequire as __paCreateRequire } from "node:module"; const require = __paCreateRequire(import.meta.url);' },
    logLevel: "warning",
  };
}
