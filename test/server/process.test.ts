import { afterAll, describe, expect, it } from "vitest";
import { t } from "../../core/i18n/messages/index.ts";
import { connectRedis } from "../../core/store/redis-client.ts";
import { spawnApp, type SpawnedApp } from "../helpers/spawn-app.ts";
import { deleteByPrefix, describeRedis, REDIS_URL, uniquePrefix } from "../helpers/redis.ts";
import { WechatTestUser } from "../helpers/wechat-client.ts";
import { ACCOUNT } from "../helpers/wechat-pushes.ts";

const WECHAT_ENV = { WECHAT_TOKEN: ACCOUNT.token, WECHAT_APP_ID: ACCOUNT.appId };

describe("the service process", () => {
  it("refuses a malformed configuration with exit code 2 and a message naming the variable, with no stack trace", async () => {
    const app = await spawnApp({ ...WECHAT_ENV, WECHAT_ENCODING_AES_KEY: "too-short" }, { waitReady: false });
    expect(await app.exited).toBe(2);
    expect(app.output()).toContain("WECHAT_ENCODING_AES_KEY");
    expect(app.output()).not.toMatch(/\n\s+at /);
  });

  it("stops gracefully on SIGTERM", async () => {
    const app = await spawnApp(WECHAT_ENV);
    const user = new WechatTestUser(app.baseUrl, ACCOUNT, "plain", "o_sigterm");
    expect((await user.event("subscribe")).status).toBe(200);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
  });
});

describeRedis("a conversation across a crash of the service", () => {
  const prefix = uniquePrefix("crash");
  let app: SpawnedApp | undefined;
  afterAll(async () => {
    app?.child.kill("SIGKILL");
    const admin = await connectRedis(REDIS_URL);
    await deleteByPrefix(admin, prefix);
    admin.disconnect();
  });

  it("continues where it was after the process is killed (SIGKILL) and started again", async () => {
    const env = { ...WECHAT_ENV, REDIS_URL, REDIS_KEY_PREFIX: prefix };
    app = await spawnApp(env);
    let user = new WechatTestUser(app.baseUrl, ACCOUNT, "plain", "o_crash");
    await user.event("subscribe");
    await user.text("资格预判");
    const asked = await user.text("企业");
    expect(asked.content).toContain(t("zh", "q.ai"));

    app.child.kill("SIGKILL");
    await app.exited;
    app = await spawnApp(env, { port: app.port });
    user = new WechatTestUser(app.baseUrl, ACCOUNT, "plain", "o_crash");
    const next = await user.text("是");
    expect(next.content).toContain(t("zh", "q.settlement"));
  });
});
