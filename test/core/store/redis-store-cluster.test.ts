import type { Cluster } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createStore } from "../../../core/store/create-store.ts";
import { connectCluster } from "../../../core/store/redis-client.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { SessionStore, sessionKey, userKeyOf } from "../../../core/store/session-store.ts";
import { wechatDeliveryKeyOf } from "../../../core/store/user-keys.ts";
import { hashSlot, slotTwin } from "../../../core/store/hash-slot.ts";
import { describeRedisServer, startRedisCluster, type RedisTestCluster } from "../../helpers/redis.ts";
import { freshKey, sleep, storeContract } from "./store-contract.ts";

describeRedisServer("RedisStore on a three-master Redis Cluster", () => {
  let cluster: RedisTestCluster | undefined;
  const clients: Cluster[] = [];
  const prefix = "pa-test:";

  async function connect(): Promise<Cluster> {
    const client = await connectCluster(cluster!.nodes);
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await cluster?.stop();
  });

  storeContract(async () => new RedisStore(await connect(), { keyPrefix: prefix }));

  it("keeps a user's session and its lock on one slot", async () => {
    const client = await connect();
    const key = sessionKey(userKeyOf("telegram", "42"));
    const slots = await Promise.all(
      [`${prefix}${key}`, `${prefix}lock:${key}`].map((k) => client.cluster("KEYSLOT", k)),
    );
    expect(slots[0]).toBe(slots[1]);
  });

  it("spreads users over all three masters", async () => {
    const client = await connect();
    const sessions = new SessionStore(new RedisStore(client, { keyPrefix: prefix, ownsClient: false }));
    await Promise.all(Array.from({ length: 60 }, (_, i) => sessions.save(userKeyOf("spread", String(i)), { i })));
    const sizes = await Promise.all(client.nodes("master").map((node) => node.dbsize()));
    expect(sizes).toHaveLength(3);
    for (const size of sizes) expect(size).toBeGreaterThan(0);
  });

  it("loses no answer when two instances handle one user's messages at once", async () => {
    const first = new SessionStore(new RedisStore(await connect(), { keyPrefix: prefix }));
    const second = new SessionStore(new RedisStore(await connect(), { keyPrefix: prefix }));
    const user = userKeyOf("telegram", freshKey("cluster"));
    const answers = Array.from({ length: 10 }, (_, i) => `answer ${i}`);
    await Promise.all(
      answers.map((answer, i) => {
        const sessions = i % 2 ? first : second;
        return sessions.runExclusive(
          user,
          async () => {
            const state = ((await sessions.load(user)) as { answers: string[] } | undefined) ?? { answers: [] };
            await sleep(5);
            await sessions.save(user, { answers: [...state.answers, answer] });
          },
          { waitMs: 10_000 },
        );
      }),
    );
    const state = (await first.load(user)) as { answers: string[] };
    expect([...state.answers].sort()).toEqual([...answers].sort());
  });

  it("runs a rate-limited turn in one script per step, its counter, lock and session on one slot", async () => {
    const sessions = new SessionStore(new RedisStore(await connect(), { keyPrefix: prefix }));
    const user = userKeyOf("telegram", `{odd}${freshKey("turn")}`);
    const now = new Date("2026-06-01T02:00:30Z");
    const runs = [];
    for (let i = 0; i < 3; i++) {
      runs.push(
        await sessions.runTurn(
          user,
          async (read) => {
            const n = read.status === "found" ? (read.state as { n: number }).n : 0;
            return { result: n + 1, state: { n: n + 1 } };
          },
          { rateLimit: { perMinute: 2, now } },
        ),
      );
    }
    expect(runs).toEqual([
      { status: "ran", result: 1 },
      { status: "ran", result: 2 },
      { status: "limited", read: { status: "found", state: { n: 2 } } },
    ]);
  });

  it("computes hash slots as the Cluster does, multi-byte tags included", async () => {
    const client = await connect();
    for (const tag of ["foo", "wechat:o_1", "wechat:用户", "telegram:%7Bodd%7D", slotTwin("wechat:用户")]) {
      expect(await client.cluster("KEYSLOT", `x:{${tag}}`)).toBe(hashSlot(tag));
    }
  });

  it("takes a WeChat push's delivery entry in the script that locks its user's session, whichever master holds the user", async () => {
    const sessions = new SessionStore(new RedisStore(await connect(), { keyPrefix: prefix }));
    for (let i = 0; i < 6; i++) {
      const user = userKeyOf("wechat", `o_${freshKey("claim")}`);
      const claim = { key: wechatDeliveryKeyOf(user, `gh:msg:${i}`), value: "pending", ttlSeconds: 60 };
      const turn = () => sessions.runTurn(user, async () => ({ result: "ran", state: { n: i } }), { claim, rateLimit: { perMinute: 5, now: new Date() } });
      expect(await turn()).toEqual({ status: "ran", result: "ran" });
      expect(await turn()).toEqual({ status: "taken", taken: "pending" });
    }
  });

  it("is chosen by createStore when REDIS_CLUSTER_NODES is set", async () => {
    const nodes = cluster!.nodes.map((n) => `${n.host}:${n.port}`).join(",");
    const store = await createStore({ REDIS_CLUSTER_NODES: nodes, REDIS_URL: "redis://127.0.0.1:1", REDIS_KEY_PREFIX: prefix });
    expect(store).toBeInstanceOf(RedisStore);
    expect(await store.ping()).toBe(true);
    await store.set("via-env:{x}", "ok", 60);
    expect(await store.get("via-env:{x}")).toBe("ok");
    await store.close();
  });
});
