import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { startWechatApp, type WechatApp } from "../../helpers/wechat-app.ts";
import { freshMsgId } from "../../helpers/wechat-client.ts";

describeRedis("two instances behind a load balancer, sharing Redis", () => {
  const redis = useSharedRedis("wechat-channel");
  let a: WechatApp;
  let b: WechatApp;

  beforeAll(async () => {
    a = await startWechatApp({ store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }) });
    b = await startWechatApp({ store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }) });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("answers a retry that lands on the other instance without running the turn again", async () => {
    const [onA, onB] = [a.user("plain", "o_two_instances"), b.user("plain", "o_two_instances")];
    await onA.event("subscribe");
    const spies = [vi.spyOn(a.app.conversations, "handle"), vi.spyOn(b.app.conversations, "handle")];
    const msgId = freshMsgId();
    const first = await onA.text("1", msgId);
    const retry = await onB.text("1", msgId);
    expect(spies.reduce((n, s) => n + s.mock.calls.length, 0)).toBe(1);
    for (const s of spies) s.mockRestore();
    expect(first.content).toContain("第1题");
    expect(retry.content).toBe(first.content);
    // Either instance continues the same conversation.
    expect((await onB.text("1")).content).toContain("第2题");
  });

  it("runs one turn when tries reach both instances at once", async () => {
    const [onA, onB] = [a.user("safe", "o_two_at_once"), b.user("safe", "o_two_at_once")];
    await onB.event("subscribe");
    const spies = [vi.spyOn(a.app.conversations, "handle"), vi.spyOn(b.app.conversations, "handle")];
    const msgId = freshMsgId();
    const replies = await Promise.all([onA.text("1", msgId), onB.text("1", msgId), onA.text("1", msgId)]);
    expect(spies.reduce((n, s) => n + s.mock.calls.length, 0)).toBe(1);
    for (const s of spies) s.mockRestore();
    for (const r of replies) expect(r.content).toContain("第1题");
  });
});
