import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { WechatOutbox } from "../../../bots/wechat-adapter/outbox.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { startWechatApp, type WechatApp, countTurns } from "../../helpers/wechat-app.ts";
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
    const counts = [countTurns(a.app.conversations), countTurns(b.app.conversations)];
    const msgId = freshMsgId();
    const first = await onA.text("1", msgId);
    const retry = await onB.text("1", msgId);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(1);
    for (const c of counts) c.restore();
    expect(first.content).toContain("第1题");
    expect(retry.content).toBe(first.content);
    // Either instance continues the same conversation.
    expect((await onB.text("1")).content).toContain("第2题");
  });

  it("runs one turn when tries reach both instances at once", async () => {
    const [onA, onB] = [a.user("safe", "o_two_at_once"), b.user("safe", "o_two_at_once")];
    await onB.event("subscribe");
    const counts = [countTurns(a.app.conversations), countTurns(b.app.conversations)];
    const msgId = freshMsgId();
    const replies = await Promise.all([onA.text("1", msgId), onB.text("1", msgId), onA.text("1", msgId)]);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(1);
    for (const c of counts) c.restore();
    for (const r of replies) expect(r.content).toContain("第1题");
  });
});

describeRedis("a message owed by a killed instance, sent by another", () => {
  const redis = useSharedRedis("wechat-outbox-app");
  let b: WechatApp;

  beforeAll(async () => {
    b = await startWechatApp({
      customerService: true,
      store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }),
      channel: { outbox: { sweepEveryMs: 50 } },
    });
  });

  afterAll(async () => {
    await b?.close();
  });

  it("is delivered once through the customer-service API by the instance still running", async () => {
    // Instance A stored the late LLM text for its user, then died before sending it.
    const a = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false });
    await new WechatOutbox({ store: a, api: { sendText: () => new Promise<number>(() => undefined) }, logger: { info: () => undefined, warn: () => undefined } }).put(
      "o_owed_late_text",
      "迟到的解释：算力券按年度支出的一定比例给予补助。",
      "late_explanation",
    );
    await vi.waitFor(() => expect(b.api!.delivered.length).toBe(1), { timeout: 10_000, interval: 50 });
    // Several more sweeps find nothing left to send.
    await new Promise((r) => setTimeout(r, 300));
    expect(b.api!.delivered.map((s) => [s.body?.touser, s.body?.text?.content])).toEqual([["o_owed_late_text", "迟到的解释：算力券按年度支出的一定比例给予补助。"]]);
  });
});
