/**
 * The WeChat outbox: a message owed by the customer-service API is kept in
 * the store until sent, so that another instance sends what a killed one
 * left, once; a refused send is retried a bounded number of times. Time is
 * injected, so no test waits for a retry delay.
 */
import { afterAll, describe, expect, it } from "vitest";
import { WechatOutbox, type OutboxTimings } from "../../../bots/wechat-adapter/outbox.ts";
import { WechatError } from "../../../bots/wechat-adapter/errors.ts";
import type { KeyValueStore } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { WECHAT_OUTBOX_PREFIX } from "../../../core/store/user-keys.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";

const quiet = { info: () => undefined, warn: () => undefined };

/** A customer-service API that records what it sent, and fails the next `failures` calls with `code`. */
function recordingApi(failures = 0, code: ConstructorParameters<typeof WechatError>[0] = "HTTP_ERROR") {
  const sent: { openid: string; text: string }[] = [];
  let calls = 0;
  return {
    sent,
    get calls() {
      return calls;
    },
    async sendText(openid: string, text: string): Promise<number> {
      calls++;
      if (failures > 0) {
        failures--;
        throw new WechatError(code, "refused");
      }
      sent.push({ openid, text });
      return 1;
    },
  };
}

function outbox(store: KeyValueStore, api: ReturnType<typeof recordingApi>, clock = { t: 1_000_000 }, timings: Partial<OutboxTimings> = {}) {
  return new WechatOutbox({ store, api, logger: quiet, now: () => clock.t, timings });
}

describe("the WeChat outbox", () => {
  it("sends a stored message and removes it", async () => {
    const store = new MemoryStore();
    const api = recordingApi();
    const box = outbox(store, api);
    const key = await box.put("o_user", "late text", "late_explanation");
    expect(await box.deliver(key)).toBe("sent");
    expect(api.sent).toEqual([{ openid: "o_user", text: "late text" }]);
    expect(await store.keysWithPrefix(WECHAT_OUTBOX_PREFIX)).toEqual([]);
  });

  it("retries a refused send later, with growing waits, and sends it once", async () => {
    const store = new MemoryStore();
    const api = recordingApi(2);
    const clock = { t: 1_000_000 };
    const box = outbox(store, api, clock, { retryBaseMs: 1000, maxAttempts: 5 });
    const key = await box.put("o_user", "late text", "late_turn");
    expect(await box.deliver(key)).toBe("retry_later");
    expect(await box.deliver(key)).toBe("not_due");
    clock.t += 1000;
    expect(await box.deliver(key)).toBe("retry_later");
    clock.t += 1000;
    expect(await box.deliver(key)).toBe("not_due");
    clock.t += 1000;
    expect(await box.deliver(key)).toBe("sent");
    expect(api.sent).toHaveLength(1);
    expect(api.calls).toBe(3);
  });

  it("gives up after the last attempt instead of retrying for ever", async () => {
    const store = new MemoryStore();
    const api = recordingApi(100);
    const clock = { t: 1_000_000 };
    const box = outbox(store, api, clock, { retryBaseMs: 10, maxAttempts: 3 });
    const key = await box.put("o_user", "late text", "late_turn");
    const outcomes = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push(await box.deliver(key));
      clock.t += 1_000_000;
    }
    expect(outcomes).toEqual(["retry_later", "retry_later", "gave_up", "gone", "gone", "gone"]);
    expect(api.calls).toBe(3);
  });

  it("does not retry what WeChat refuses for good (the 48-hour window closed)", async () => {
    const store = new MemoryStore();
    const api = recordingApi(1, "WINDOW_CLOSED");
    const box = outbox(store, api);
    expect(await box.deliver(await box.put("o_user", "late text", "rest"))).toBe("gave_up");
    expect(api.calls).toBe(1);
  });
});

describeRedis("the WeChat outbox shared by instances on Redis", () => {
  const redis = useSharedRedis("wechat-outbox");
  const boxes: WechatOutbox[] = [];
  afterAll(async () => {
    for (const b of boxes) await b.stop();
  });
  const instance = async (api: ReturnType<typeof recordingApi>): Promise<WechatOutbox> => {
    const box = outbox(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }), api);
    boxes.push(box);
    return box;
  };

  it("sends, once, the message a killed instance stored but never sent, when two other instances sweep at the same time", async () => {
    const killed = await instance(recordingApi());
    // The instance had the late LLM text in hand, stored it, and died before sending.
    await killed.put("o_left_behind", "the late explanation", "late_explanation");
    const api = recordingApi();
    const [b, c] = [await instance(api), await instance(api)];
    await Promise.all([b.sweep(), c.sweep(), b.sweep(), c.sweep()]);
    await Promise.all([b.sweep(), c.sweep()]);
    expect(api.sent).toEqual([{ openid: "o_left_behind", text: "the late explanation" }]);
  });

  it("does not send again a message whose sender died during the call, rather than risk sending it twice", async () => {
    const hanging = { sent: [] as unknown[], calls: 0, sendText: () => new Promise<number>(() => undefined) };
    const dying = new WechatOutbox({
      store: new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false }),
      api: hanging,
      logger: quiet,
      timings: { leaseSeconds: 0.2 },
    });
    const key = await dying.put("o_mid_send", "maybe delivered", "late_turn");
    void dying.deliver(key); // never returns: the process "dies" in the call
    await new Promise((r) => setTimeout(r, 400)); // the lease lapses
    const api = recordingApi();
    const other = await instance(api);
    await other.sweep();
    expect(api.sent).toEqual([]);
    expect(await other.deliver(key)).toBe("gone");
  });
});
