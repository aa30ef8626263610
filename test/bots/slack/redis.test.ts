/**
 * Two instances of the service behind a load balancer, sharing Redis: a
 * Slack retry or a replayed press that lands on the other instance does not
 * run the turn again, and either instance continues the same conversation.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { FakeSlackApi } from "../../helpers/fake-slack-api.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { postAction, postEvent, startSlackApp, type SlackApp } from "./harness.ts";

describeRedis("two Slack instances sharing Redis", () => {
  const redis = useSharedRedis("slack-channel");
  let fake: FakeSlackApi;
  let a: SlackApp;
  let b: SlackApp;

  beforeAll(async () => {
    fake = await FakeSlackApi.start();
    a = await startSlackApp({ fake, store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }) });
    b = await startSlackApp({ fake, store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }) });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await fake?.close();
  });

  /** Sends, waits for both instances' turns, and returns how many messages `user` has received in all. */
  const received = async (user: { id: string }, ...sends: Promise<{ status: number }>[]): Promise<number> => {
    for (const r of await Promise.all(sends)) expect(r.status).toBe(200);
    expect(await a.channel.idle(10_000)).toBe(true);
    expect(await b.channel.idle(10_000)).toBe(true);
    return fake.messagesIn(fake.imOf(user)).length;
  };

  it("answers an event once when Slack's retry reaches the other instance", async () => {
    const user = { id: "U0RETRY" };
    const event = fake.messageEvent(user, "hello");
    const once = await received(user, postEvent(a.eventsUrl, event));
    expect(once).toBeGreaterThan(0);
    expect(await received(user, postEvent(b.eventsUrl, event, { retryNum: 1 }))).toBe(once);
  });

  it("answers a press once when it reaches both instances at once, and either continues the conversation", async () => {
    const user = { id: "U0BOTH" };
    const greeted = await received(user, postEvent(a.eventsUrl, fake.messageEvent(user, "hello")));
    const menu = fake.messagesIn(fake.imOf(user)).at(-1)!;
    const press = fake.pressPayload(user, menu, "m:check");
    const asked = await received(user, postAction(a.eventsUrl, press), postAction(b.eventsUrl, press));
    expect(asked).toBe(greeted + 1);
    const question = fake.messagesIn(fake.imOf(user)).at(-1)!;
    expect(await received(user, postAction(b.eventsUrl, fake.pressPayload(user, question, "a:enterprise")))).toBe(asked + 1);
  });

  it("answers both apps when two Slack apps share one Redis and their deliveries carry the same event_id", async () => {
    const fakes = [await FakeSlackApi.start({ appId: "A0FIRST" }), await FakeSlackApi.start({ appId: "A0SECOND" })];
    const apps = await Promise.all(fakes.map(async (f) => startSlackApp({ fake: f, store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }) })));
    try {
      const user = { id: "U0TWOAPPS" };
      const events = fakes.map((f) => f.messageEvent(user, "hello"));
      expect(events[0]!.event_id).toBe(events[1]!.event_id);
      for (const [i, app] of apps.entries()) expect((await postEvent(app.eventsUrl, events[i]!)).status).toBe(200);
      for (const app of apps) expect(await app.channel.idle(10_000)).toBe(true);
      for (const f of fakes) expect(f.messagesIn(f.imOf(user)).length).toBeGreaterThan(0);
    } finally {
      for (const app of apps) await app.close();
      for (const f of fakes) await f.close();
    }
  });
});
