/**
 * Real headless Chromium for browser tests: Debian's `chromium` package at
 * /usr/bin/chromium (or CHROMIUM_PATH), driven by playwright-core, which
 * never downloads a browser. Suites are skipped with a message when there is
 * no browser, and fail instead with REQUIRE_BROWSER=1 (CI, `.ci/run`).
 * playwright's `launch` gives each browser a fresh temporary profile
 * (`--user-data-dir`), deleted when it closes.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { describe, it } from "vitest";

/** Where the browser is. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** True in CI: a missing browser fails the suite instead of skipping it. */
export const BROWSER_REQUIRED = process.env.REQUIRE_BROWSER === "1";

/** The flags the browser runs with (as root it needs --no-sandbox); nothing reaches the network but loopback. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches the browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

/** `describe` for suites that need the browser. */
export function describeBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM_PATH)) describe(name, fn);
  else if (BROWSER_REQUIRED) {
    describe(name, () => {
      it("has the browser it needs (REQUIRE_BROWSER=1)", () => {
        throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); REQUIRE_BROWSER=1 makes this a failure`);
      });
    });
  } else {
    console.warn(`[skipped] "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium; set REQUIRE_BROWSER=1 to fail instead)`);
    describe.skip(name, fn);
  }
}
