import { describe, expect, it } from "vitest";
import type { KeyValueStore } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { SESSION_TTL_SECONDS, SessionStore, sessionKey, userKeyOf } from "../../../core/store/session-store.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { freshKey, sleep } from "./store-contract.ts";

interface TestState {
  version: 1;
  answers: string[];
}

/** One dialogue turn: read the state, think a little, append an answer, save. */
async function answerTurn(sessions: SessionStore, user: string, answer: string): Promise<void> {
  await sessions.runExclusive(
    user,
    async () => {
      const state = ((await sessions.load(user)) as TestState | undefined) ?? { version: 1, answers: [] };
      await sleep(5);
      await sessions.save(user, { ...state, answers: [...state.answers, answer] });
    },
    { waitMs: 10_000 },
  );
}

function sessionBehaviour(open: () => Promise<KeyValueStore>): void {
  it("gives back the saved state on the next message", async () => {
    const sessions = new SessionStore(await open());
    const user = freshKey("telegram");
    const state: TestState = { version: 1, answers: ["企业", "AI"] };
    await sessions.save(user, state);
    expect(await sessions.load(user)).toEqual(state);
  });

  it("has no state for a user it has never seen", async () => {
    const sessions = new SessionStore(await open());
    const user = freshKey("new");
    expect(await sessions.load(user)).toBeUndefined();
    expect(await sessions.read(user)).toEqual({ status: "absent" });
  });

  it("forgets everything about a user on /forget", async () => {
    const store = await open();
    const sessions = new SessionStore(store);
    const user = freshKey("forget");
    await sessions.save(user, { version: 1, answers: ["x"] });
    await sessions.forget(user);
    expect(await sessions.load(user)).toBeUndefined();
    expect(await store.get(sessionKey(user))).toBeNull();
  });

  it("keeps a session alive while the user keeps coming back, and lets it lapse after", async () => {
    const sessions = new SessionStore(await open(), { ttlSeconds: 0.4 });
    const user = freshKey("ttl");
    await sessions.save(user, { version: 1, answers: [] });
    await sleep(250);
    expect(await sessions.load(user)).toBeDefined(); // this read restarts the 0.4 s
    await sleep(250);
    expect(await sessions.load(user)).toBeDefined();
    await sleep(550);
    expect(await sessions.load(user)).toBeUndefined();
  });

  it("treats an unreadable stored session as absent and says so, instead of crashing", async () => {
    const store = await open();
    const reported: string[] = [];
    const sessions = new SessionStore(store, { onCorrupt: (user) => reported.push(user) });
    const user = freshKey("corrupt");
    await store.set(sessionKey(user), '{"version":1,"answers":[', 60);
    expect(await sessions.load(user)).toBeUndefined();
    expect((await sessions.read(user)).status).toBe("corrupt");
    expect(reported).toEqual([user, user]);
    await sessions.save(user, { version: 1, answers: [] });
    expect(await sessions.read(user)).toEqual({ status: "found", state: { version: 1, answers: [] } });
  });

  it("keeps users whose ids contain braces apart", async () => {
    const sessions = new SessionStore(await open());
    const base = freshKey("braces");
    await sessions.save(`${base}}a{`, { who: "first" });
    await sessions.save(`${base}}b{`, { who: "second" });
    expect(await sessions.load(`${base}}a{`)).toEqual({ who: "first" });
    expect(sessionKey("x}{y")).toBe("session:{x%7D%7By}");
  });

  it("loses neither of two answers sent at the same moment", async () => {
    const sessions = new SessionStore(await open());
    const user = freshKey("double-send");
    await Promise.all([answerTurn(sessions, user, "first"), answerTurn(sessions, user, "second")]);
    const state = (await sessions.load(user)) as TestState;
    expect([...state.answers].sort()).toEqual(["first", "second"]);
  });

  it("does not make different users wait for each other", async () => {
    const sessions = new SessionStore(await open());
    let overlap = false;
    let inside = 0;
    const turn = (user: string) =>
      sessions.runExclusive(user, async () => {
        inside++;
        await sleep(30);
        overlap ||= inside > 1;
        inside--;
      });
    await Promise.all([turn(freshKey("alice")), turn(freshKey("bob"))]);
    expect(overlap).toBe(true);
  });
}

describe("SessionStore on memory", () => {
  sessionBehaviour(async () => new MemoryStore());

  it("builds user keys as channel:userId and keeps sessions 30 days by default", () => {
    expect(userKeyOf("telegram", "42")).toBe("telegram:42");
    expect(sessionKey(userKeyOf("telegram", "42"))).toBe("session:{telegram:42}");
    expect(SESSION_TTL_SECONDS).toBe(2_592_000);
  });
});

describeRedis("SessionStore on Redis", () => {
  const redis = useSharedRedis("session-store");
  sessionBehaviour(async () => new RedisStore(await redis.connect(), { keyPrefix: redis.prefix }));

  it("loses no answer when two processes handle one user's messages at once", async () => {
    // Two connections, two stores, two SessionStores: two instances of the bot.
    const first = new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix }));
    const second = new SessionStore(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix }));
    const user = userKeyOf("telegram", freshKey("two-instances"));
    const answers = Array.from({ length: 10 }, (_, i) => `answer ${i}`);
    await Promise.all(answers.map((a, i) => answerTurn(i % 2 ? first : second, user, a)));
    const state = (await first.load(user)) as TestState;
    expect([...state.answers].sort()).toEqual([...answers].sort());
  });

  it("stores a session as plain JSON under session:{channel:userId}", async () => {
    const raw = await redis.connect();
    const sessions = new SessionStore(new RedisStore(raw, { keyPrefix: redis.prefix, ownsClient: false }));
    const user = userKeyOf("wechat", "oAbC-123");
    await sessions.save(user, { version: 1, answers: ["是"] });
    expect(JSON.parse((await raw.get(`${redis.prefix}session:{wechat:oAbC-123}`))!)).toEqual({ version: 1, answers: ["是"] });
    const ttl = await raw.ttl(`${redis.prefix}session:{wechat:oAbC-123}`);
    expect(ttl).toBeGreaterThan(SESSION_TTL_SECONDS - 10);
  });
});
