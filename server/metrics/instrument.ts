/**
 * Counting without touching the code that does the work: the service wraps
 * its conversations, explainer and store before handing them to channels.
 * Each wrapper keeps the object's own methods (an explainer that streams
 * still streams) and only notes what passed.
 */
import type { Conversations } from "../../core/dialogues/conversations.ts";
import type { Explainer, Explanation } from "../../core/explain/explainer.ts";
import type { StreamingExplainer } from "../../core/explain/streaming.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import type { Metrics } from "./metrics.ts";

/** Counts every turn by channel (the user key's first part) and input kind, and times it. */
export function instrumentConversations(conversations: Conversations, metrics: Metrics): Conversations {
  // A delivery found taken already (a retry, see handleOnce) ran no turn, and is not counted as one.
  const counted = async <R>(userKey: string, kind: string, run: () => Promise<R>, ran: (r: R) => boolean = () => true): Promise<R> => {
    const channel = userKey.slice(0, Math.max(0, userKey.indexOf(":"))) || "unknown";
    const started = performance.now();
    let result: R | undefined;
    try {
      return (result = await run());
    } finally {
      if (result === undefined || ran(result)) {
        metrics.turns.inc({ channel, kind });
        metrics.turnSeconds.observe({ channel }, (performance.now() - started) / 1000);
      }
    }
  };
  const handle = conversations.handle.bind(conversations);
  conversations.handle = (userKey, input, meta) => counted(userKey, input.kind, () => handle(userKey, input, meta));
  const handleOnce = conversations.handleOnce.bind(conversations);
  conversations.handleOnce = (userKey, input, claim, meta) => counted(userKey, input.kind, () => handleOnce(userKey, input, claim, meta), (r) => r.status === "answered");
  return conversations;
}

function sourceOf(e: Explanation): "llm" | "cache" | "template" {
  return e.source === "llm" ? (e.cached ? "cache" : "llm") : "template";
}

/** Counts the explanations given, by source. Returns a new object that inherits the explainer's other methods; the explainer itself is left alone. */
export function instrumentExplainer<E extends Explainer>(original: E, metrics: Metrics): E {
  const explainer = Object.create(original) as E;
  const explain = original.explain.bind(original);
  explainer.explain = async (request, options) => {
    const e = await explain(request, options);
    metrics.explanations.inc({ source: sourceOf(e) });
    return e;
  };
  const streaming = explainer as unknown as Partial<StreamingExplainer>;
  if (typeof streaming.explainStream === "function") {
    const stream = streaming.explainStream.bind(original);
    streaming.explainStream = async (request, onUpdate, options) => {
      const e = await stream(request, onUpdate, options);
      metrics.explanations.inc({ source: sourceOf(e) });
      return e;
    };
  }
  return explainer;
}

/** Keys that mark a platform's delivery as taken (see each adapter's dedupe key), by channel. */
const DELIVERY_KEYS: readonly [RegExp, string][] = [
  [/^telegram:[^:]+:update:/, "telegram"],
  [/^slack:[^:]+:[^:]+:(event|action):/, "slack"],
  [/^wechat:delivery:/, "wechat"],
];

/** A store that counts Redis failures by operation and deliveries refused as retries by channel. */
export function instrumentStore(store: KeyValueStore, metrics: Metrics): KeyValueStore {
  const failed = (operation: string) => (e: unknown) => {
    if ((e as { code?: string })?.code === "STORE_UNAVAILABLE") metrics.redisErrors.inc({ operation });
    throw e;
  };
  return {
    get: (key) => store.get(key).catch(failed("get")),
    set: (key, value, ttl) => store.set(key, value, ttl).catch(failed("set")),
    setIfAbsent: async (key, value, ttl) => {
      const stored = await store.setIfAbsent(key, value, ttl).catch(failed("setIfAbsent"));
      if (!stored) {
        const channel = DELIVERY_KEYS.find(([pattern]) => pattern.test(key))?.[1];
        if (channel) metrics.deduplicated.inc({ channel });
      }
      return stored;
    },
    increment: (key, ttl) => store.increment(key, ttl).catch(failed("increment")),
    touch: (key, ttl, options) => store.touch(key, ttl, options).catch(failed("touch")),
    delete: (key) => store.delete(key).catch(failed("delete")),
    keysWithPrefix: (prefix) => store.keysWithPrefix(prefix).catch(failed("keysWithPrefix")),
    withLock: (key, fn, options) => {
      // Failures inside `fn` are the work's own (counted by the operations it ran), not the lock's.
      let inside = false;
      return store.withLock(key, () => ((inside = true), fn()), options).catch((e: unknown) => (inside ? Promise.reject(e) : failed("withLock")(e)));
    },
    withLockedValue: async (key, fn, options) => {
      let inside = false;
      const outcome = await store.withLockedValue(key, (value) => ((inside = true), fn(value)), options).catch((e: unknown) => (inside ? Promise.reject(e) : failed("withLockedValue")(e)));
      // A delivery claimed with the turn (WeChat's) and found taken is a retry, as with setIfAbsent.
      if (!outcome.ran && "taken" in outcome) {
        const channel = DELIVERY_KEYS.find(([pattern]) => pattern.test(options?.claim?.key ?? ""))?.[1];
        if (channel) metrics.deduplicated.inc({ channel });
      }
      return outcome;
    },
    ping: async () => {
      const ok = await store.ping();
      if (!ok) metrics.redisErrors.inc({ operation: "ping" });
      return ok;
    },
    close: () => store.close(),
  };
}
