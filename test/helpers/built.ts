/**
 * The compiled `dist/`, for the tests that run what users run (the bin, the
 * container's command). `ensureBuilt()` rebuilds it when any source is newer
 * than the oldest compiled file, so that no test runs a stale build. Test
 * files run in parallel processes: a lock directory lets one build at a time.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The repository's root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The compiled output. */
export const DIST = join(ROOT, "dist");
const SOURCES = ["core", "cli", "bots", "prompts", "server", "scripts", "tsconfig.json", "package.json"];
// One lock per checkout, outside it (node_modules may be shared between checkouts).
const LOCK = join(tmpdir(), `policy-assistant-build-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}.lock`);
const STALE_LOCK_MS = 300_000;

function walk(path: string, visit: (file: string, mtimeMs: number) => void): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (!stat.isDirectory()) return visit(path, stat.mtimeMs);
  for (const name of readdirSync(path)) walk(join(path, name), visit);
}

/** True when `dist/` exists and no source changed since it was compiled. */
export function distIsFresh(): boolean {
  let newestSource = 0;
  for (const s of SOURCES) walk(join(ROOT, s), (_f, m) => void (newestSource = Math.max(newestSource, m)));
  let oldestBuilt = Infinity;
  let count = 0;
  walk(DIST, (f, m) => {
    if (!f.endsWith(".js")) return;
    count++;
    oldestBuilt = Math.min(oldestBuilt, m);
  });
  return count > 0 && oldestBuilt >= newestSource;
}

/** Builds `dist/` with `npm run build` unless it is fresh. */
export async function ensureBuilt(): Promise<void> {
  if (distIsFresh()) return;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock this old was left by a killed run.
      const lockedAt = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!distIsFresh()) await promisify(execFile)("npm", ["run", "build"], { cwd: ROOT, timeout: STALE_LOCK_MS });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
