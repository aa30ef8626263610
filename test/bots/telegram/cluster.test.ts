/**
 * The webhook's claim key on a three-master Redis Cluster: taken in the
 * script that locks the user's session and marked done in the one that saves
 * it, whichever master holds the user (the scripts would fail with CROSSSLOT
 * otherwise), and renewed only while it still says "processing".
 */
import type { Cluster } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DONE, PROCESSING } from "../../../bots/telegram/claim.ts";
import { claimKeyOf } from "../../../bots/telegram/updates.ts";
import { connectCluster } from "../../../core/store/redis-client.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { SessionStore, userKeyOf } from "../../../core/store/session-store.ts";
import { describeRedisServer, startRedisCluster, type RedisTestCluster } from "../../helpers/redis.ts";

describeRedisServer("Telegram's claim on a three-master Redis Cluster", () => {
  let cluster: RedisTestCluster | undefined;
  let client: Cluster | undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    client = await connectCluster(cluster.nodes);
  });
  afterAll(async () => {
    client?.disconnect();
    await cluster?.stop();
  });

  it("takes an update's claim with its user's lock and marks it done with the save, whichever master holds the user", async () => {
    const store = new RedisStore(client!, { keyPrefix: "pa-test:", ownsClient: false });
    const sessions = new SessionStore(store);
    const slots = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const user = userKeyOf("telegram", String(7_000_000 + i * 7919));
      const key = claimKeyOf("123456", 500 + i, user);
      slots.add(String(await client!.cluster("KEYSLOT", `pa-test:${key}`)));
      const claim = { key, value: PROCESSING, ttlSeconds: 15, done: { value: DONE, ttlSeconds: 600 } };
      const turn = () => sessions.runTurn(user, async () => ({ result: "ran", state: { n: i } }), { claim, rateLimit: { perMinute: 5, now: new Date() } });
      expect(await turn()).toEqual({ status: "ran", result: "ran" });
      expect(await store.get(key)).toBe(DONE);
      expect(await turn()).toEqual({ status: "taken", taken: DONE });
      // A late renewal leaves the done mark's life alone.
      expect(await store.touch(key, 0.05, { ifValue: PROCESSING })).toBe(false);
    }
    // Spread over slots, and so over the masters.
    expect(slots.size).toBeGreaterThan(1);
  });
});
