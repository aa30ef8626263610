import { afterAll, describe, expect, it } from "vitest";
import { Conversations } from "../../../core/dialogues/conversations.ts";
import type { DialogueState } from "../../../core/dialogues/types.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { connectRedis } from "../../../core/store/redis-client.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { SessionStore } from "../../../core/store/session-store.ts";
import { ANSWERS_EN, SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";
import { commandsSent, describeRedis, describeRedisServer, startRedisServer, useSharedRedis } from "../../helpers/redis.ts";

const today = () => SCRIPT_TODAY;

describe("conversations on the in-memory store", () => {
  it("keeps a user's answers between messages and deletes them on /forget", async () => {
    const store = new MemoryStore();
    const sessions = new SessionStore(store);
    const c = new Conversations({ sessions, today });
    await c.handle("test:1", { kind: "command", name: "lang", arg: "en" });
    await c.handle("test:1", { kind: "text", text: "check" });
    await c.handle("test:1", { kind: "text", text: "Enterprise" });
    expect(((await sessions.load("test:1")) as DialogueState).answers.type).toBe("enterprise");
    const bye = await c.handle("test:1", { kind: "command", name: "forget" });
    expect(textOf(bye)).toContain("deleted everything");
    expect(await sessions.load("test:1")).toBeUndefined();
    await store.close();
  });

  it("answers politely, in the user's language, past the per-user rate limit, and keeps the state as it was", async () => {
    const store = new MemoryStore();
    const sessions = new SessionStore(store);
    const c = new Conversations({ sessions, today, rateLimit: { store, perMinute: 3 }, now: () => new Date("2026-06-01T02:00:30Z") });
    await c.handle("test:2", { kind: "command", name: "lang", arg: "zh" });
    await c.handle("test:2", { kind: "text", text: "资格预判" });
    await c.handle("test:2", { kind: "text", text: "企业" });
    const over = await c.handle("test:2", { kind: "text", text: "是" });
    expect(textOf(over)).toBe(t("zh", "rateLimited"));
    expect(((await sessions.load("test:2")) as DialogueState).answers.ai).toBeUndefined();
    await store.close();
  });

  it("says the service is temporarily unavailable when the store is down, and never throws", async () => {
    const store = new MemoryStore();
    const c = new Conversations({ sessions: new SessionStore(store), today });
    await store.close();
    const replies = await c.handle("test:3", { kind: "text", text: "hello" }, { platformLang: "vi" });
    expect(textOf(replies)).toBe(t("vi", "unavailable"));
  });

  it("starts afresh, without failing, when the stored session is unreadable", async () => {
    const store = new MemoryStore();
    await store.set("session:{test:4}", "{not json", 60);
    const c = new Conversations({ sessions: new SessionStore(store), today });
    expect(textOf(await c.handle("test:4", { kind: "start" }))).toContain("Hello");
    await store.close();
  });
});

describeRedis("conversations on a shared Redis", () => {
  const redis = useSharedRedis("conv");

  it("keeps one conversation consistent when its messages alternate between two instances", async () => {
    const a = new Conversations({ sessions: new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false })), today });
    const b = new Conversations({ sessions: new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false })), today });
    const user = "test:alt";
    await a.handle(user, { kind: "command", name: "lang", arg: "en" });
    await b.handle(user, { kind: "text", text: "check" });
    const order = ["type", "ai", "settlement", "settledOn", "asean"];
    for (const [i, q] of order.entries()) await (i % 2 ? a : b).handle(user, { kind: "text", text: ANSWERS_EN[q]! });
    const sessions = new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }));
    const state = (await sessions.load(user)) as DialogueState;
    expect(state.answers).toMatchObject({ type: "enterprise", ai: true, settlement: "settled", settledOn: "2025-06-01", asean: false });
    expect(state.current).toBe("interests");
  });

  it("loses no answer when one user's messages reach two instances at the same moment", async () => {
    const a = new Conversations({ sessions: new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false })), today });
    const b = new Conversations({ sessions: new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false })), today });
    const users = Array.from({ length: 10 }, (_, i) => `test:concurrent:${i}`);
    for (const user of users) {
      await a.handle(user, { kind: "command", name: "lang", arg: "en" });
      await a.handle(user, { kind: "text", text: "check" });
    }
    // For each user, "Enterprise" and "yes" arrive together at different instances. In either order the
    // answer to the first question survives; without the per-user lock, a turn that read the state
    // before the other wrote it would save over it.
    await Promise.all(users.flatMap((user) => [a.handle(user, { kind: "text", text: "Enterprise" }), b.handle(user, { kind: "text", text: "yes" })]));
    const sessions = new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }));
    for (const user of users) {
      const state = (await sessions.load(user)) as DialogueState;
      expect(state.answers.type, user).toBe("enterprise");
      if (state.answers.ai !== undefined) expect(state.answers.ai).toBe(true);
    }
  });
  it("runs a rate-limited turn in two round trips to Redis: count, lock and read in one; save and unlock in the other", async () => {
    const client = await redis.connect();
    const store = new RedisStore(client, { keyPrefix: redis.prefix, ownsClient: false });
    const c = new Conversations({ sessions: new SessionStore(store), today, rateLimit: { store, perMinute: 30 } });
    const user = "test:trips";
    await c.handle(user, { kind: "command", name: "lang", arg: "en" });
    await c.handle(user, { kind: "text", text: "check" });
    const sent = await commandsSent(client, async () => {
      const replies = await c.handle(user, { kind: "text", text: ANSWERS_EN.type! });
      expect(textOf(replies)).not.toBe(t("en", "unavailable"));
    });
    expect(sent).toEqual(["evalsha", "evalsha"]);
    const state = (await new SessionStore(store).load(user)) as DialogueState;
    expect(state.answers.type).toBe("enterprise");
  });

  it("takes a platform's delivery in the same two round trips as its turn, and runs a retry of it in one, with no turn", async () => {
    const client = await redis.connect();
    const store = new RedisStore(client, { keyPrefix: redis.prefix, ownsClient: false });
    const c = new Conversations({ sessions: new SessionStore(store), today, rateLimit: { store, perMinute: 30 } });
    const user = "test:{claimed}";
    await c.handle(user, { kind: "command", name: "lang", arg: "en" });
    await c.handle(user, { kind: "text", text: "check" });
    const claim = { key: "delivery:{test:%7Bclaimed%7D}:msg:1", value: "pending", ttlSeconds: 60 };
    let first: Awaited<ReturnType<typeof c.handleOnce>> | undefined;
    let retry: Awaited<ReturnType<typeof c.handleOnce>> | undefined;
    const sent = await commandsSent(client, async () => {
      first = await c.handleOnce(user, { kind: "text", text: ANSWERS_EN.type! }, claim);
      retry = await c.handleOnce(user, { kind: "text", text: ANSWERS_EN.type! }, claim);
    });
    expect(sent).toEqual(["evalsha", "evalsha", "evalsha"]);
    expect(first?.status).toBe("answered");
    expect(retry).toEqual({ status: "taken", taken: "pending" });
    const state = (await new SessionStore(store).load(user)) as DialogueState;
    expect(state.answers.type).toBe("enterprise");
  });

  it("marks a delivery done with the save when asked, tells when it was taken, and keeps the two round trips", async () => {
    const client = await redis.connect();
    const store = new RedisStore(client, { keyPrefix: redis.prefix, ownsClient: false });
    const c = new Conversations({ sessions: new SessionStore(store), today, rateLimit: { store, perMinute: 30 } });
    const user = "test:{marked}";
    await c.handle(user, { kind: "command", name: "lang", arg: "en" });
    let taken = 0;
    const claim = { key: "update:{test:%7Bmarked%7D}:1", value: "processing", ttlSeconds: 60, done: { value: "done", ttlSeconds: 600 }, onTaken: () => void taken++ };
    let outcome: Awaited<ReturnType<typeof c.handleOnce>> | undefined;
    const sent = await commandsSent(client, async () => {
      outcome = await c.handleOnce(user, { kind: "text", text: "check" }, claim);
    });
    expect(sent).toEqual(["evalsha", "evalsha"]);
    expect(outcome).toMatchObject({ status: "answered", claimDone: true });
    expect(taken).toBe(1);
    expect(await store.get(claim.key)).toBe("done");
    expect(await c.handleOnce(user, { kind: "text", text: "check" }, claim)).toEqual({ status: "taken", taken: "done" });
  });

  it("answers past the per-user limit on Redis in the language of the stored session, and runs no turn", async () => {
    const store = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false });
    const sessions = new SessionStore(store);
    const c = new Conversations({ sessions, today, rateLimit: { store, perMinute: 3 }, now: () => new Date("2026-06-01T02:00:30Z") });
    const user = "test:limited";
    await c.handle(user, { kind: "command", name: "lang", arg: "th" });
    await c.handle(user, { kind: "text", text: "check" });
    await c.handle(user, { kind: "text", text: "1" });
    const before = await sessions.load(user);
    const over = await c.handle(user, { kind: "text", text: "1" });
    expect(textOf(over)).toBe(t("th", "rateLimited"));
    expect(await sessions.load(user)).toEqual(before);
  });
});

describeRedisServer("conversations through a Redis restart and outage", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>> | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("keeps every stored answer across a Redis restart, says 'temporarily unavailable' while it is down, and resumes by itself", async () => {
    server = await startRedisServer({ args: ["--appendonly", "yes", "--appendfsync", "always"] });
    const port = server.port;
    const client = await connectRedis(server.url);
    const store = new RedisStore(client, { keyPrefix: "restart:" });
    const c = new Conversations({ sessions: new SessionStore(store), today });
    const user = "test:restart";
    await c.handle(user, { kind: "command", name: "lang", arg: "en" });
    await c.handle(user, { kind: "text", text: "check" });
    await c.handle(user, { kind: "text", text: "Enterprise" });
    await c.handle(user, { kind: "text", text: "yes" });

    await server.stop({ keepDir: true });
    const down = await c.handle(user, { kind: "text", text: "Already settled" });
    expect(textOf(down)).toBe(t("en", "unavailable"));
    // A platform that can deliver again is told so instead, when it asks, and no one is answered.
    const claim = { key: "update:{test:restart}:1", value: "processing", ttlSeconds: 60 };
    expect(await c.handleOnce(user, { kind: "text", text: "Already settled" }, { ...claim, refuseUnclaimed: () => true })).toEqual({ status: "unclaimed" });
    const told = await c.handleOnce(user, { kind: "text", text: "Already settled" }, { ...claim, refuseUnclaimed: () => false });
    expect(told.status === "answered" && textOf(told.replies)).toBe(t("en", "unavailable"));
    expect(await store.ping()).toBe(false);

    server = await startRedisServer({ port, dir: server.dir, args: ["--appendonly", "yes", "--appendfsync", "always"] });
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      back = await store.ping();
      if (!back) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(true);
    const again = await c.handle(user, { kind: "text", text: "Already settled" });
    expect(textOf(again)).toContain("On what date did you settle");
    const state = (await new SessionStore(store).load(user)) as DialogueState;
    expect(state.answers).toMatchObject({ type: "enterprise", ai: true, settlement: "settled" });
    await store.close();
  });
});
