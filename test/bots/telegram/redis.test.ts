/**
 * The webhook against real Redis: two bots sharing one Redis and key prefix
 * both answer (Telegram numbers updates per bot), and an update whose
 * process died mid-turn is answered once Telegram delivers it again, soon
 * after, while a slow turn that renews its claim is never run twice. Claim
 * durations are shortened here; the defaults are checked against the
 * 30-second promise without waiting for them.
 */
import { afterEach, expect, it } from "vitest";
import type { Reply } from "../../../core/dialogues/types.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { claimKeyOf } from "../../../bots/telegram/updates.ts";
import { CLAIM_RENEW_MS, CLAIM_TTL_SECONDS } from "../../../bots/telegram/webhook.ts";
import { createLogger } from "../../../server/logger.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { postUpdate, startChannel, stubConversations, waitFor, type ChannelHarness } from "./harness.ts";

describeRedis("Telegram webhook with Redis", () => {
  const redis = useSharedRedis("telegram-webhook");
  const harnesses: ChannelHarness[] = [];
  const store = async (): Promise<RedisStore> => new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false });

  // Every fake numbers updates from 1, and the suite shares one prefix: each test takes its own ids.
  let nextId = 1_000_000 + Math.floor(Math.random() * 1_000_000);
  const fresh = <T extends { update_id: number }>(update: T): T => ({ ...update, update_id: nextId++ });

  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.close();
  });

  it("answers the same update_id for two bots sharing one Redis and prefix, each in its own chat", async () => {
    const echo = stubConversations((input): Reply[] => [{ kind: "text", text: input.kind === "text" ? `re: ${input.text}` : "?" }]);
    const one = await startChannel("webhook", echo, await store(), createLogger("silent"), { token: "111111:first-bot" });
    const two = await startChannel("webhook", echo, await store(), createLogger("silent"), { token: "222222:second-bot" });
    harnesses.push(one, two);
    const user = { id: 4242 };
    const update = fresh(one.fake.textUpdate(user, "hello"));
    expect((await postUpdate(one.baseUrl, update)).status).toBe(200);
    expect((await postUpdate(two.baseUrl, update)).status).toBe(200);
    await one.channel.idle(10_000);
    await two.channel.idle(10_000);
    expect(one.fake.sentTo(user.id).map((c) => c.payload.text)).toEqual(["re: hello"]);
    expect(two.fake.sentTo(user.id).map((c) => c.payload.text)).toEqual(["re: hello"]);
    // Each bot still takes its own retry once only.
    expect((await postUpdate(two.baseUrl, update)).status).toBe(200);
    await two.channel.idle(10_000);
    expect(two.fake.sentTo(user.id)).toHaveLength(1);
  });

  it("answers once the update whose process died mid-turn, when Telegram delivers it again after the claim lapsed", async () => {
    const echo = stubConversations((): Reply[] => [{ kind: "text", text: "answered" }]);
    const claim = { ttlSeconds: 1, renewMs: 250 };
    const h = await startChannel("webhook", echo, await store(), createLogger("silent"), { claim });
    harnesses.push(h);
    const update = fresh(h.fake.textUpdate({ id: 77 }, "are you there?"));
    // The dead instance's claim, exactly as it left it: taken, never renewed again.
    const shared = await store();
    await shared.setIfAbsent(claimKeyOf("123456", update.update_id, "telegram:77"), "processing", claim.ttlSeconds);
    expect((await postUpdate(h.baseUrl, update)).status).toBe(503);
    // Telegram keeps delivering; once the claim lapses, a delivery is taken and answered.
    let status = 503;
    for (let tries = 0; status !== 200 && tries < 200; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await postUpdate(h.baseUrl, update)).status;
    }
    expect(status).toBe(200);
    await h.channel.idle(10_000);
    expect(h.fake.sentTo(77).map((c) => c.payload.text)).toEqual(["answered"]);
    expect((await postUpdate(h.baseUrl, update)).status).toBe(200);
    await h.channel.idle(10_000);
    expect(echo.inputs).toHaveLength(1);
  });

  it("never runs a slow turn twice: its claim is renewed past its TTL, and redeliveries meanwhile are asked to come back", async () => {
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const stub = stubConversations(async (): Promise<Reply[]> => {
      await slow;
      return [{ kind: "text", text: "done at last" }];
    });
    const claim = { ttlSeconds: 0.2, renewMs: 50 };
    const a = await startChannel("webhook", stub, await store(), createLogger("silent"), { claim });
    const b = await startChannel("webhook", stub, await store(), createLogger("silent"), { claim, token: "123456:same-bot-other-instance" });
    harnesses.push(a, b);
    const update = fresh(a.fake.textUpdate({ id: 78 }, "slow one"));
    const first = postUpdate(a.baseUrl, update);
    await waitFor(() => stub.inputs.length === 1, 10_000, "the turn to start");
    // Several claim lifetimes pass while the turn runs; every redelivery, on either instance, is turned away.
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 150));
      expect((await postUpdate(b.baseUrl, update)).status).toBe(503);
    }
    finish();
    expect((await first).status).toBe(200);
    await a.channel.idle(10_000);
    expect((await postUpdate(b.baseUrl, update)).status).toBe(200);
    await b.channel.idle(10_000);
    expect(stub.inputs).toHaveLength(1);
    expect(a.fake.sentTo(78).map((c) => c.payload.text)).toEqual(["done at last"]);
  });

  it("lets a dead instance's claim lapse within 30 seconds of its last renewal by default", () => {
    // Telegram redelivers after a failed delivery; a claim gone this soon means the next one is answered.
    expect(CLAIM_TTL_SECONDS).toBeLessThanOrEqual(15);
    expect(CLAIM_RENEW_MS).toBeLessThan((CLAIM_TTL_SECONDS * 1000) / 2);
  });
});
