/**
 * `npm run build`: bundles the CLI (and through its lazy imports the server
 * and every channel) into `dist/` with esbuild, so that a start reads a few
 * files instead of resolving some 300 modules one by one. Each dynamic
 * `import()` stays a chunk of its own, loaded only by the command that needs
 * it. Dependencies stay in node_modules, except the pure-JavaScript ones
 * listed in BUNDLED (many small ES modules each); one that loads files of its
 * own (WebAssembly, worker threads) must never be added there. Types are
 * checked by `npm run typecheck`, not here.
 */
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

/**
 * Dependencies inlined into the bundle: pure JavaScript, no files read at run time.
 * - pino: its transports run a worker from a file of its own (thread-stream), which a
 *   bundle would break; `server/logger.ts` writes to a file descriptor and never uses them.
 * - zod-openapi: it imports `zod/v4`; left outside, it loaded a second, unbundled zod
 *   (some 100 modules, every locale) while the server warmed up.
 * - prom-client: left outside, it read some 90 CommonJS files one by one (its own,
 *   @opentelemetry/api's, tdigest's) while the server warmed up.
 */
const BUNDLED = new Set(["zod", "decimal.js", "minisearch", "ioredis", "pino", "zod-openapi", "prom-client"]);

const root = new URL("../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

rmSync(new URL("dist", root), { recursive: true, force: true });
await build({
  absWorkingDir: new URL(".", root).pathname,
  entryPoints: ["cli/main.ts"],
  outdir: "dist/cli",
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
});
