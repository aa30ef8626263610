// Bundles the web chat's browser scripts (bots/web/client) with esbuild into dist/web/.
// Run by `npm run build` (and so by `npm ci`) and before the tests.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const common = { bundle: true, minify: true, target: ["es2020"], absWorkingDir: root, legalComments: "none", logLevel: "warning" };
await build({ ...common, entryPoints: ["bots/web/client/main.ts"], outfile: "dist/web/app.js", format: "esm" });
await build({ ...common, entryPoints: ["bots/web/client/widget.ts"], outfile: "dist/web/widget.js", format: "iife" });
