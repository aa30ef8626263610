/** The service's version, read from package.json (found from the sources, `server/version.ts`, and from the bundle, `dist/cli/chunks/*.js`). */
import { readFileSync } from "node:fs";

function readVersion(): string {
  for (const up of ["../package.json", "../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "policy-assistant" && pkg.version) return pkg.version;
    } catch {
      // not at this level
    }
  }
  return "0.0.0";
}

/** The version in package.json. */
export const SERVICE_VERSION = readVersion();
