/**
 * The webhook inside the whole service on Redis, with the real
 * conversations: an update costs the turn's two round trips (its claim rides
 * in the lock script, its done mark in the save), a retry of a done update
 * one and no turn, a dead instance's claim lapses and the redelivery is
 * answered once, and a store that is down before the claim is taken gets 503
 * and no reply, so that Telegram delivers the update again once it is back.
 */
import { afterEach, expect, it } from "vitest";
import type { TelegramChannel } from "../../../bots/telegram/channel.ts";
import { claimKeyOf } from "../../../bots/telegram/updates.ts";
import { connectRedis } from "../../../core/store/redis-client.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { startApp, type RunningApp } from "../../../server/app.ts";
import { loadConfig } from "../../../server/config.ts";
import { createLogger } from "../../../server/logger.ts";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.ts";
import { commandsSent, describeRedis, describeRedisServer, freePort, startRedisServer, useSharedRedis } from "../../helpers/redis.ts";
import { postUpdate, telegramEnv, TOKEN } from "./harness.ts";

const BOT_ID = TOKEN.split(":")[0]!;
let fake: FakeTelegramApi | undefined;
let app: RunningApp | undefined;

afterEach(async () => {
  await app?.stop();
  await fake?.close();
  app = undefined;
  fake = undefined;
});

/** The service on `store`, Telegram in webhook mode, with the rate limit on (counted in the same script). */
async function start(store: RedisStore): Promise<{ app: RunningApp; fake: FakeTelegramApi; base: string; channel: TelegramChannel }> {
  fake = await FakeTelegramApi.start();
  app = await startApp(loadConfig({ ...telegramEnv(fake, "webhook"), RATE_LIMIT_PER_MINUTE: "30" }), createLogger("silent"), { store });
  const channel = app.channels.find((c) => c.name === "telegram") as TelegramChannel;
  return { app, fake, base: `http://127.0.0.1:${app.port}`, channel };
}

describeRedis("Telegram webhook in the whole service, on Redis", () => {
  const redis = useSharedRedis("telegram-app");
  let nextId = 2_000_000 + Math.floor(Math.random() * 1_000_000);
  const fresh = <T extends { update_id: number }>(update: T): T => ({ ...update, update_id: nextId++ });

  it("takes an update in two Redis round trips, and a retry of it in one without running it again", async () => {
    const client = await redis.connect();
    const { fake, base, channel } = await start(new RedisStore(client, { keyPrefix: redis.prefix, ownsClient: false }));
    const user = { id: 9001, language_code: "en" };
    // The first turn also loads the scripts into Redis.
    expect((await postUpdate(base, fresh(fake.textUpdate(user, "/start")))).status).toBe(200);
    await channel.idle(10_000);
    const update = fresh(fake.textUpdate(user, "/help"));
    let status = 0;
    const sent = await commandsSent(client, async () => {
      status = (await postUpdate(base, update)).status;
      await channel.idle(10_000);
    });
    expect(status).toBe(200);
    // One script claims, counts, locks and reads; one saves, marks the claim done and unlocks.
    expect(sent).toEqual(["evalsha", "evalsha"]);
    expect(await client.get(redis.prefix + claimKeyOf(BOT_ID, update.update_id, `telegram:${user.id}`))).toBe("done");
    const replies = fake.sentTo(user.id).length;

    const retry = await commandsSent(client, async () => {
      status = (await postUpdate(base, update)).status;
      await channel.idle(10_000);
    });
    expect(status).toBe(200);
    expect(retry).toEqual(["evalsha"]);
    expect(fake.sentTo(user.id)).toHaveLength(replies);
  });

  it("answers once the update whose instance died mid-turn, when Telegram delivers it again after the claim lapsed", async () => {
    const client = await redis.connect();
    const { fake, base, channel } = await start(new RedisStore(client, { keyPrefix: redis.prefix, ownsClient: false }));
    const user = { id: 9002, language_code: "en" };
    const update = fresh(fake.textUpdate(user, "/start"));
    // The dead instance's claim, as it left it: taken, never renewed again.
    await client.set(redis.prefix + claimKeyOf(BOT_ID, update.update_id, `telegram:${user.id}`), "processing", "PX", 500);
    expect((await postUpdate(base, update)).status).toBe(503);
    await channel.idle(10_000);
    expect(fake.sentTo(user.id)).toHaveLength(0);
    let status = 503;
    for (let tries = 0; status !== 200 && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await postUpdate(base, update)).status;
    }
    expect(status).toBe(200);
    await channel.idle(10_000);
    const replies = fake.sentTo(user.id).length;
    expect(replies).toBeGreaterThan(0);
    expect((await postUpdate(base, update)).status).toBe(200);
    await channel.idle(10_000);
    expect(fake.sentTo(user.id)).toHaveLength(replies);
  });
});

describeRedisServer("Telegram webhook in the whole service, while Redis is down", () => {
  it("answers 503 and sends nothing while the store is down, then answers the redelivery once it is back", async () => {
    const port = await freePort();
    let server = await startRedisServer({ port });
    try {
      const store = new RedisStore(await connectRedis(`redis://127.0.0.1:${port}`, { readyWaitMs: 100 }), { commandTimeoutMs: 500 });
      const { fake, base, channel } = await start(store);
      const user = { id: 9003, language_code: "en" };
      expect((await postUpdate(base, fake.textUpdate(user, "/start"))).status).toBe(200);
      await channel.idle(10_000);
      const before = fake.sentTo(user.id).length;
      await server.stop();
      const update = fake.textUpdate(user, "/help");
      expect((await postUpdate(base, update)).status).toBe(503);
      await channel.idle(10_000);
      expect(fake.sentTo(user.id)).toHaveLength(before);
      server = await startRedisServer({ port });
      let status = 503;
      for (const deadline = Date.now() + 10_000; status !== 200 && Date.now() < deadline; ) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await postUpdate(base, update)).status;
      }
      expect(status).toBe(200);
      await channel.idle(10_000);
      const after = fake.sentTo(user.id).length;
      expect(after).toBeGreaterThan(before);
      expect((await postUpdate(base, update)).status).toBe(200);
      await channel.idle(10_000);
      expect(fake.sentTo(user.id)).toHaveLength(after);
    } finally {
      await server.stop();
    }
  });
});
