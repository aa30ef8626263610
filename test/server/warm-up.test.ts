import { afterEach, describe, expect, it } from "vitest";
import { createWechatChannel } from "../../bots/wechat-adapter/channel.ts";
import type { ChannelDeps } from "../../bots/kit/channel.ts";
import type { WechatConfig } from "../../bots/wechat-adapter/config.ts";
import { MemoryStore } from "../../core/store/memory-store.ts";
import { READINESS_WAIT_MS, startApp, type RunningApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { freePort } from "../helpers/redis.ts";
import { WECHAT_TODAY } from "../helpers/wechat-app.ts";
import { WechatTestUser, type PassiveReply } from "../helpers/wechat-client.ts";
import { ACCOUNT } from "../helpers/wechat-pushes.ts";

const logger = createLogger("silent");
let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/** A service whose WeChat channel is built only when `open()` is called, as if its modules were still loading. */
async function startGated(fail = false, store: MemoryStore | Promise<MemoryStore> = new MemoryStore()) {
  const port = await freePort();
  const config = loadConfig({ PORT: String(port), HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "0", WECHAT_TOKEN: ACCOUNT.token, WECHAT_APP_ID: ACCOUNT.appId, WECHAT_ENCODING_AES_KEY: ACCOUNT.encodingAesKey });
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const starting = startApp(config, logger, {
    store,
    factories: {
      wechat: async (deps) => {
        await gate;
        if (fail) throw new Error("the channel could not be built");
        return createWechatChannel(deps as ChannelDeps<WechatConfig>);
      },
    },
    today: () => WECHAT_TODAY,
  });
  starting.catch(() => undefined);
  const baseUrl = `http://127.0.0.1:${port}`;
  return { baseUrl, starting, open, user: (openid: string) => new WechatTestUser(baseUrl, ACCOUNT, "safe", openid) };
}

async function health(baseUrl: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const status = await fetch(`${baseUrl}/healthz`).then((r) => r.status, () => 0);
    if (status !== 0) return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  return 0;
}

/** "waiting" when `reply` has not come within `ms`. */
function within(reply: Promise<PassiveReply>, ms: number): Promise<PassiveReply | "waiting"> {
  return Promise.race([reply, new Promise<"waiting">((r) => setTimeout(() => r("waiting"), ms))]);
}

describe("a service that listens before its channels have loaded", () => {
  it("is ready on /healthz at once, and a push that arrives meanwhile is held, then answered as any later push is", async () => {
    const gated = await startGated();
    expect(await health(gated.baseUrl)).toBe(200);
    const early = gated.user("o_early").event("subscribe");
    expect(await within(early, 300)).toBe("waiting");
    gated.open();
    app = await gated.starting;
    const answer = await early;
    expect(answer.status).toBe(200);
    // The same greeting a user who writes after the start gets, and the early user's session moved on from it.
    const later = await gated.user("o_later").event("subscribe");
    expect(answer.content).toBe(later.content);
    expect(answer.content).toContain("南A中心");
    expect((await gated.user("o_early").text("1")).content).toContain("第1题");
  });

  it("answers a push held while loading with 503 when the service cannot start, and stops listening", async () => {
    const gated = await startGated(true);
    expect(await health(gated.baseUrl)).toBe(200);
    const early = gated.user("o_unlucky").text("你好");
    expect(await within(early, 200)).toBe("waiting");
    gated.open();
    await expect(gated.starting).rejects.toThrow("the channel could not be built");
    expect((await early).status).toBe(503);
    expect(await fetch(`${gated.baseUrl}/healthz`).then((r) => r.status, () => "refused")).toBe("refused");
  });

  it("listens while its store is still connecting: /healthz waits for it, says 503 not_ready when it takes too long, and a push waits", async () => {
    let connected!: (store: MemoryStore) => void;
    const gated = await startGated(false, new Promise<MemoryStore>((resolve) => (connected = resolve)));
    const asked = performance.now();
    expect(await health(gated.baseUrl)).toBe(503);
    // It waited for the store before saying so.
    expect(performance.now() - asked).toBeGreaterThanOrEqual(READINESS_WAIT_MS - 50);
    expect(await (await fetch(`${gated.baseUrl}/healthz`)).json()).toEqual({ status: "not_ready" });
    const early = gated.user("o_patient").event("subscribe");
    expect(await within(early, 200)).toBe("waiting");
    // A probe sent while the store connects hears 200 once it has, not the 503 of the moment before.
    const probe = fetch(`${gated.baseUrl}/healthz`).then((r) => r.status);
    await new Promise((r) => setTimeout(r, 50));
    connected(new MemoryStore());
    expect(await probe).toBe(200);
    expect(await health(gated.baseUrl)).toBe(200);
    gated.open();
    app = await gated.starting;
    const answer = await early;
    expect(answer.status).toBe(200);
    expect(answer.content).toContain("南A中心");
  });
});
