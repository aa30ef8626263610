/**
 * Choosing the store from the environment: a Redis Cluster, a single Redis,
 * or memory when neither is configured (the terminal chat needs nothing).
 * ioredis (some 450 KB of JavaScript) is loaded only when Redis is asked for.
 */
import type { Cluster, Redis } from "ioredis";
import { parseClusterNodes } from "./cluster-nodes.ts";
import type { KeyValueStore } from "./key-value-store.ts";
import { MemoryStore } from "./memory-store.ts";

/** The few logger methods the store needs; a pino logger fits. */
export interface StoreLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** The environment variables read by {@link createStore}. */
export interface StoreEnv {
  /** Comma-separated `host:port` seeds of a Redis Cluster; wins over `REDIS_URL`. */
  REDIS_CLUSTER_NODES?: string | undefined;
  /** `redis://…` of a standalone Redis. */
  REDIS_URL?: string | undefined;
  /** Prefix of every key; default `pa:`. */
  REDIS_KEY_PREFIX?: string | undefined;
}

/**
 * The store the environment asks for: `REDIS_CLUSTER_NODES` → Redis Cluster,
 * else `REDIS_URL` → Redis, else a {@link MemoryStore}. A Redis that is down
 * at start does not fail the start: the store reports unavailable (and
 * `ping()` false) until Redis answers, then resumes by itself.
 *
 * @example
 * const store = await createStore(process.env, logger);
 */
export async function createStore(env: StoreEnv = process.env, logger?: StoreLogger): Promise<KeyValueStore> {
  const keyPrefix = nonEmpty(env.REDIS_KEY_PREFIX) ?? "pa:";
  const clusterNodes = nonEmpty(env.REDIS_CLUSTER_NODES);
  const url = nonEmpty(env.REDIS_URL);

  if (clusterNodes !== undefined) {
    const nodes = parseClusterNodes(clusterNodes);
    const [{ connectCluster }, { RedisStore }] = await Promise.all([import("./redis-client.ts"), import("./redis-store.ts")]);
    const watcher = outageLogger(logger, "redis cluster");
    const client = await connectCluster(nodes, { onError: watcher.onError });
    watcher.watch(client);
    logger?.info({ store: "redis-cluster", nodes: nodes.length, keyPrefix, ready: client.status === "ready" }, "session store: Redis Cluster");
    return new RedisStore(client, { keyPrefix });
  }
  if (url !== undefined) {
    const [{ connectRedis }, { RedisStore }] = await Promise.all([import("./redis-client.ts"), import("./redis-store.ts")]);
    const watcher = outageLogger(logger, "redis");
    const client = await connectRedis(url, { onError: watcher.onError });
    watcher.watch(client);
    logger?.info({ store: "redis", url: redactUrl(url), keyPrefix, ready: client.status === "ready" }, "session store: Redis");
    return new RedisStore(client, { keyPrefix });
  }
  logger?.info({ store: "memory" }, "session store: in memory (set REDIS_URL to share sessions and keep them across restarts)");
  return new MemoryStore();
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The URL without its password, for logs. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable REDIS_URL)";
  }
}

/**
 * Logs an outage once when it starts and once when it ends, not on every
 * reconnect attempt (ioredis emits an error per attempt, every two seconds).
 */
function outageLogger(logger: StoreLogger | undefined, what: string) {
  let down = false;
  return {
    onError(err: Error): void {
      if (down) return;
      down = true;
      logger?.warn({ err: err.message }, `${what} unreachable; retrying in the background`);
    },
    watch(client: Redis | Cluster): void {
      // "ready" may have fired while we were still waiting for the connection.
      if (client.status === "ready") down = false;
      client.on("ready", () => {
        if (!down) return;
        down = false;
        logger?.info({}, `${what} reachable again`);
      });
    },
  };
}
