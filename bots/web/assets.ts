/**
 * The browser scripts of the web chat, bundled by esbuild
 * (`scripts/build-web.mjs`, run by `npm run build` and before the tests) into
 * `dist/web/`. Read once, from the compiled tree or, when the service runs
 * from the sources, from the repository's `dist/`.
 */
import { readFileSync } from "node:fs";

/** The bundles the page loads. */
export type Bundle = "app.js" | "widget.js";

const cache = new Map<Bundle, string>();

/** The bundle's code, or null when it has not been built. */
export function bundle(name: Bundle): string | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  for (const rel of [`../../web/${name}`, `../../dist/web/${name}`]) {
    try {
      const code = readFileSync(new URL(rel, import.meta.url), "utf8");
      cache.set(name, code);
      return code;
    } catch {
      // Not in this tree: try the next place.
    }
  }
  return null;
}
