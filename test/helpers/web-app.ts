/**
 * The service with the web chat on, for browser and HTTP tests: a memory
 * store, the template explainer, PUBLIC_URL pointing at itself (so "keep my
 * results" gives links), and the browser scripts bundled first.
 */
import { createServer } from "node:net";
import { startApp, type RunningApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { MemoryStore } from "../../core/store/memory-store.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";

/** A free loopback port (taken again at once by the caller). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Bundles the browser scripts into dist/web (what `npm run build` does). */
export async function buildWebBundle(): Promise<void> {
  // @ts-expect-error -- a plain JavaScript build script without types
  await import("../../scripts/build-web.mjs");
}

/** A running service with the web chat, at `url`. */
export interface WebApp {
  app: RunningApp;
  url: string;
  stop(): Promise<void>;
}

/** Starts the service with the web chat on and `env` on top. */
export async function startWebApp(env: Record<string, string> = {}, options: { today?: string; explainer?: Explainer; store?: KeyValueStore } = {}): Promise<WebApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ WEB_CHAT: "1", HOST: "127.0.0.1", PORT: String(port), PUBLIC_URL: url, WEB_SESSION_SECRET: "s".repeat(40), ...env });
  const app = await startApp(config, createLogger("silent"), { store: options.store ?? new MemoryStore(), ...(options.today ? { today: () => options.today! } : {}), ...(options.explainer ? { explainer: options.explainer } : {}) });
  return { app, url, stop: () => app.stop() };
}
