/**
 * The one list of keys about a user, and `/forget` deleting all of them:
 * on memory, and end to end on real Redis, where the whole key prefix is
 * scanned after `/forget` for any key (or value) still holding the user's id.
 */
import { afterAll, describe, expect, it } from "vitest";
import { Conversations } from "../../../core/dialogues/conversations.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { SessionStore, userKeyOf } from "../../../core/store/session-store.ts";
import { forgetUser, keptIndexKeyOf, pseudonymOf, rateKeyOf, sessionKeyOf, USER_KEY_FAMILIES, wechatDeliveryKeyOf, wechatOutboxKeyOf } from "../../../core/store/user-keys.ts";
import { WechatOutbox } from "../../../bots/wechat-adapter/outbox.ts";
import { createLogger } from "../../../server/logger.ts";
import { deleteByPrefix, describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { ScriptedExplainer } from "../../helpers/scripted-explainer.ts";
import { startWechatApp, type WechatApp } from "../../helpers/wechat-app.ts";
import { runChineseCheck } from "../../helpers/wechat-script.ts";
import { postUpdate, startChannel, type ChannelHarness } from "../../bots/telegram/harness.ts";

describe("keys about a user", () => {
  it("puts every key builder's key under one of the families /forget deletes", () => {
    const u = "wechat:o_someone";
    const keys = [sessionKeyOf(u), rateKeyOf(u, 29_000_000), wechatDeliveryKeyOf(u, "gh:msg:1"), wechatOutboxKeyOf(u, "abc"), keptIndexKeyOf(u)];
    for (const key of keys) expect(USER_KEY_FAMILIES.some((f) => key.startsWith(f.prefixOf(u)))).toBe(true);
  });

  it("keeps one user's families apart from another's whose id starts the same", () => {
    const u = "telegram:42";
    const keys = [sessionKeyOf(u), rateKeyOf(u, 1), wechatDeliveryKeyOf(u, "gh:msg:1"), wechatOutboxKeyOf(u, "1"), keptIndexKeyOf(u)];
    for (const f of USER_KEY_FAMILIES) for (const key of keys) expect(key.startsWith(f.prefixOf("telegram:4"))).toBe(false);
  });

  it("deletes every family of one user and leaves the others' keys alone", async () => {
    const store = new MemoryStore();
    const [me, other] = ["telegram:42", "telegram:420"];
    for (const u of [me, other]) {
      await store.set(sessionKeyOf(u), "{}", 60);
      await store.increment(rateKeyOf(u, 7), 60);
      await store.set(wechatDeliveryKeyOf(u, "gh:msg:1"), "{}", 60);
      await store.set(wechatOutboxKeyOf(u, "1"), "{}", 60);
      await store.set(keptIndexKeyOf(u), `${u.slice(-3)}${"x".repeat(21)}`, 60);
    }
    await forgetUser(store, me);
    for (const f of USER_KEY_FAMILIES) {
      expect(await store.keysWithPrefix(f.prefixOf(me))).toEqual([]);
      expect(await store.keysWithPrefix(f.prefixOf(other))).toHaveLength(1);
    }
    await store.close();
  });
});

describeRedis("after /forget, Redis holds nothing with the user's id", () => {
  const redis = useSharedRedis("forget");
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  /** Every key under the suite's prefix, with its value when it is a string. */
  const everything = async (): Promise<{ key: string; value: string }[]> => {
    const client = await redis.connect();
    const out: { key: string; value: string }[] = [];
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${redis.prefix}*`, "COUNT", 500);
      cursor = next;
      for (const key of keys) out.push({ key, value: (await client.type(key)) === "string" ? ((await client.get(key)) ?? "") : "" });
    } while (cursor !== "0");
    return out;
  };

  it("on WeChat: session, rate-limit counters, the delivery log with its reply texts and the outbox are gone", async () => {
    const store = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false });
    // An explainer slower than the passive reply, so that late text goes by the customer-service API.
    const wechat: WechatApp = await startWechatApp({ store, customerService: true, rateLimitPerMinute: 500, explainer: new ScriptedExplainer({ kind: "llm", text: "稍后的解释。", delayMs: 5000 }) });
    closers.push(() => wechat.close());
    const openid = "o_forget_me_7f3a";
    const user = wechat.user("safe", openid);
    await runChineseCheck(user);
    // A customer-service message still waiting for a retry when the user asks to be forgotten.
    await new WechatOutbox({ store, api: { sendText: async () => 1 }, logger: { info: () => undefined, warn: () => undefined } }).put(openid, "a late explanation", "late_explanation");
    const before = await everything();
    expect(before.some((e) => e.key.includes(openid))).toBe(true);
    expect(before.some((e) => e.key.includes(pseudonymOf(userKeyOf("wechat", openid))))).toBe(true);
    const bye = await user.text("/forget");
    expect(bye.content).toContain("已删除");
    await wechat.app.channels[0]!.stop();
    const after = await everything();
    expect(after.filter((e) => e.key.includes(openid) || e.value.includes(openid))).toEqual([]);
    // Only the answer to the /forget message itself is kept, for WeChat's retries, under a digest.
    const leftAboutUser = after.filter((e) => e.key.includes(pseudonymOf(userKeyOf("wechat", openid))));
    expect(leftAboutUser).toHaveLength(1);
    expect(leftAboutUser[0]!.value).toContain("已删除");
    await deleteByPrefix(await redis.connect(), redis.prefix);
  });

  it("on Telegram: session and rate-limit counters are gone", async () => {
    const store = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false });
    const conversations = new Conversations({ sessions: new SessionStore(store), rateLimit: { store, perMinute: 500 }, today: () => "2026-06-01", logger: createLogger("silent") });
    const h: ChannelHarness = await startChannel("webhook", conversations, store);
    closers.push(() => h.close());
    const user = { id: 918273645, language_code: "en" };
    for (const text of ["/start", "/check", "hello"]) expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, text))).status).toBe(200);
    await h.channel.idle(10_000);
    expect((await everything()).some((e) => e.key.includes(String(user.id)))).toBe(true);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "/forget"))).status).toBe(200);
    await h.channel.idle(10_000);
    expect(h.fake.sentTo(user.id).at(-1)?.payload.text).toMatch(/deleted/i);
    const after = await everything();
    expect(after.filter((e) => e.key.includes(String(user.id)) || e.value.includes(String(user.id)))).toEqual([]);
  });
});
