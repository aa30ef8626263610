import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WechatApi, type WechatApiOptions } from "../../../bots/wechat-adapter/api-client.ts";
import { WechatError } from "../../../bots/wechat-adapter/errors.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { FakeWechatApi } from "../../helpers/fake-wechat-api.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";

const APP = { appId: "wx_fake_app", appSecret: "s3cret-do-not-log" };

let fake: FakeWechatApi;
let store: MemoryStore;

beforeEach(async () => {
  fake = await FakeWechatApi.start({ ...APP, tokenDelayMs: 30 });
  store = new MemoryStore();
});

afterEach(async () => {
  await fake.close();
  await store.close();
});

function client(options: Partial<WechatApiOptions> = {}): WechatApi {
  return new WechatApi({ ...APP, baseUrl: fake.baseUrl, store, ...options });
}

async function failure(promise: Promise<unknown>): Promise<WechatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WechatError)) throw new Error(`expected a WechatError, got ${String(error)}`);
  return error;
}

describe("the access token", () => {
  it("is fetched once for many concurrent callers on several instances", async () => {
    const instances = [client(), client(), client()];
    const tokens = await Promise.all(Array.from({ length: 12 }, (_, i) => instances[i % 3]!.getAccessToken()));
    expect(fake.tokenRequests).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(["FAKE_TOKEN_1"]));
  });

  it("is kept in the store under wechat:token:<appId> and reused by later sends", async () => {
    const api = client();
    await api.sendText("o_user", "一");
    await client().sendText("o_user", "二");
    expect(fake.tokenRequests).toBe(1);
    expect(await store.get("wechat:token:wx_fake_app")).toContain("FAKE_TOKEN_1");
  });

  it("is refreshed ahead of its expiry, not after", async () => {
    let now = 1_700_000_000_000;
    const api = client({ now: () => now, refreshAheadSeconds: 300 });
    expect(await api.getAccessToken()).toBe("FAKE_TOKEN_1");
    now += (7200 - 301) * 1000;
    expect(await api.getAccessToken()).toBe("FAKE_TOKEN_1");
    now += 2000; // now 299 s before expiry
    expect(await api.getAccessToken()).toBe("FAKE_TOKEN_2");
    expect(fake.tokenRequests).toBe(2);
  });

  it("fails with TOKEN_FAILED and WeChat's errcode, never the secret, when WeChat refuses it", async () => {
    const error = await failure(client({ appSecret: "wrong-secret" }).getAccessToken());
    expect(error.code).toBe("TOKEN_FAILED");
    expect(error.details.errcode).toBe(40125);
    expect(error.message).not.toContain("wrong-secret");
  });

  it("is not cached when fetching failed, so the next call tries again", async () => {
    fake.scriptTokenErrors(-1);
    await failure(client().getAccessToken());
    expect(await client().getAccessToken()).toBe("FAKE_TOKEN_1");
  });

  it("fails with HTTP_ERROR when the API cannot be reached", async () => {
    const api = client();
    await fake.close();
    const error = await failure(api.getAccessToken());
    expect(error.code).toBe("HTTP_ERROR");
    expect(error.message).not.toContain(APP.appSecret);
    fake = await FakeWechatApi.start(APP); // for afterEach
  });
});

describe("customer-service messages", () => {
  it("send the text to the user as one message", async () => {
    expect(await client().sendText("o_user", "您的企业可能符合第九条。")).toBe(1);
    expect(fake.delivered.map((s) => s.body)).toEqual([
      { touser: "o_user", msgtype: "text", text: { content: "您的企业可能符合第九条。" } },
    ]);
  });

  it("refresh the token once and retry when WeChat says it is invalid (40001)", async () => {
    const api = client();
    await api.getAccessToken();
    fake.invalidateTokens(40001);
    expect(await api.sendText("o_user", "再试一次")).toBe(1);
    expect(fake.tokenRequests).toBe(2);
    expect(fake.sends.map((s) => [s.accessToken, s.errcode])).toEqual([
      ["FAKE_TOKEN_1", 40001],
      ["FAKE_TOKEN_2", 0],
    ]);
  });

  it.each([40014, 42001])("refresh the token and retry on errcode %i too", async (errcode) => {
    const api = client();
    await api.getAccessToken();
    fake.invalidateTokens(errcode);
    await api.sendText("o_user", "hi");
    expect(fake.delivered).toHaveLength(1);
    expect(fake.tokenRequests).toBe(2);
  });

  it("refresh only once when many sends meet the same invalid token at once", async () => {
    const instances = [client(), client()];
    await instances[0]!.getAccessToken();
    fake.invalidateTokens();
    await Promise.all(Array.from({ length: 6 }, (_, i) => instances[i % 2]!.sendText(`o_${i}`, "hi")));
    expect(fake.tokenRequests).toBe(2);
    expect(fake.delivered).toHaveLength(6);
  });

  it("give up with TOKEN_INVALID when the fresh token is refused too, after one retry", async () => {
    fake.scriptSendErrors(40001, 40001);
    // Scripted 40001 on a valid token: the client cannot tell, so it refreshes once and stops.
    const error = await failure(client().sendText("o_user", "hi"));
    expect(error.code).toBe("TOKEN_INVALID");
    expect(fake.sends).toHaveLength(2);
    expect(fake.tokenRequests).toBe(2);
  });

  it("are not retried when the user's 48-hour window is closed (45015)", async () => {
    fake.scriptSendErrors(45015);
    const error = await failure(client().sendText("o_user", "太晚了"));
    expect(error).toMatchObject({ code: "WINDOW_CLOSED", details: { errcode: 45015, sentParts: 0 } });
    expect(fake.sends).toHaveLength(1);
    expect(fake.tokenRequests).toBe(1);
  });

  it("are not retried when the quota is used up (45047), and say how many parts went out", async () => {
    fake.scriptSendErrors(0, 45047);
    const error = await failure(client().sendText("o_user", `${"中".repeat(700)}\n`.repeat(3)));
    expect(error).toMatchObject({ code: "QUOTA_EXCEEDED", details: { errcode: 45047, sentParts: 1 } });
    expect(fake.sends).toHaveLength(2);
  });

  it("report other errcodes as API_ERROR without retrying", async () => {
    fake.scriptSendErrors(45009);
    const error = await failure(client().sendText("o_user", "hi"));
    expect(error).toMatchObject({ code: "API_ERROR", details: { errcode: 45009 } });
    expect(fake.sends).toHaveLength(1);
  });

  it("split long text into several messages of at most 2,000 bytes, in order", async () => {
    const text = Array.from({ length: 40 }, (_, i) => `第${i + 1}段：${"南宁人工智能".repeat(20)}😀\n`).join("");
    const parts = await client().sendText("o_user", text);
    const contents = fake.delivered.map((s) => s.body?.text?.content ?? "");
    expect(parts).toBeGreaterThan(1);
    expect(contents).toHaveLength(parts);
    expect(contents.join("")).toBe(text);
    for (const content of contents) expect(Buffer.byteLength(content)).toBeLessThanOrEqual(2000);
    expect(fake.tokenRequests).toBe(1);
  });

  it("send nothing for empty text", async () => {
    expect(await client().sendText("o_user", "")).toBe(0);
    expect(fake.sends).toHaveLength(0);
  });
});

describeRedis("the access token across instances sharing Redis", () => {
  const redis = useSharedRedis("wechat-token");

  it("is fetched once when instances with their own connections ask at once", async () => {
    const stores = [new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }),
      new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false })];
    const instances = stores.map((s) => new WechatApi({ ...APP, baseUrl: fake.baseUrl, store: s }));
    const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => instances[i % 2]!.getAccessToken()));
    expect(fake.tokenRequests).toBe(1);
    expect(new Set(tokens).size).toBe(1);
  });
});
