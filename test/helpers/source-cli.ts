/**
 * The `policy-assistant` command run from the TypeScript sources through tsx,
 * so that tests spawning it never run a stale `dist/`. Spawn
 * `process.execPath` with `[...SOURCE_CLI, "check", …]`.
 */
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Node arguments that run `cli/main.ts` through tsx; the command and its arguments follow. */
export const SOURCE_CLI: readonly string[] = ["--import", tsx, fileURLToPath(new URL("../../cli/main.ts", import.meta.url))];
