import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../core/store/memory-store.ts";
import { startApp, type RunningApp } from "../../server/app.ts";
import type { Channel } from "../../bots/kit/channel.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const logger = createLogger("silent");

/** A channel with one route that fails, to see what a user gets from an unexpected error. */
const failing = (): Channel => ({
  name: "wechat",
  routes: [{ method: "POST", path: "/wechat", handle: async () => { throw new Error("boom at /secret/place.ts:12"); } }],
  start: async () => undefined,
  stop: async () => undefined,
});

describe("the HTTP server", () => {
  it("reports ready on /healthz while the store answers, and not ready when it does not", async () => {
    const store = new MemoryStore();
    app = await startApp(loadConfig({ PORT: "0", HOST: "127.0.0.1" }), logger, { store });
    const ok = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ready" });
    await store.close();
    const down = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "not_ready" });
  });

  it("answers 404 for an unknown path and 405 for a known path with the wrong method", async () => {
    app = await startApp(loadConfig({ PORT: "0", HOST: "127.0.0.1", WECHAT_TOKEN: "t", WECHAT_APP_ID: "wx1" }), logger, { store: new MemoryStore(), factories: { wechat: failing } });
    expect((await fetch(`http://127.0.0.1:${app.port}/nope`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${app.port}/wechat`, { method: "PUT" })).status).toBe(405);
  });

  it("answers 500 with no details when a handler fails unexpectedly", async () => {
    app = await startApp(loadConfig({ PORT: "0", HOST: "127.0.0.1", WECHAT_TOKEN: "t", WECHAT_APP_ID: "wx1" }), logger, { store: new MemoryStore(), factories: { wechat: failing } });
    const r = await fetch(`http://127.0.0.1:${app.port}/wechat`, { method: "POST", body: "x" });
    expect(r.status).toBe(500);
    const body = await r.text();
    expect(body).toBe('{"error":"internal_error"}');
  });
});
