/**
 * Building ioredis clients that suit a chat service: commands fail fast while
 * Redis is down (the user is told to try again) instead of queueing for
 * minutes, and the client keeps reconnecting in the background so service
 * resumes by itself. The commands of one event-loop turn leave in one write
 * (see coalesce-writes.ts).
 */
import { Cluster, Redis, type ClusterNode, type ClusterOptions, type RedisOptions } from "ioredis";
import { coalesceWrites } from "./coalesce-writes.ts";

/** Tuning of the clients built here. */
export interface ConnectOptions {
  /**
   * How long to wait for the first connection before returning the client
   * anyway (it keeps trying). A process must start, and say "not ready",
   * even when Redis is down. Default 2,000 ms.
   */
  readyWaitMs?: number;
  /** Called on every client error event; without a listener ioredis prints them. */
  onError?: (err: Error) => void;
}

/** Per-command and connect timeout, in milliseconds. */
const TIMEOUT_MS = 2_000;

/** Reconnect delay: 100 ms growing to 2 s, with jitter so many instances do not reconnect in step. */
function reconnectDelay(times: number): number {
  return Math.min(2_000, 100 * times) + Math.floor(Math.random() * 100);
}

/**
 * Options for a standalone client. Exported so tests build clients exactly as
 * production does.
 */
export const FAIL_FAST_REDIS_OPTIONS: RedisOptions = {
  // A command issued while disconnected fails at once rather than waiting in a queue.
  enableOfflineQueue: false,
  // A command caught by a dropped connection is retried once, then fails.
  maxRetriesPerRequest: 1,
  connectTimeout: TIMEOUT_MS,
  commandTimeout: TIMEOUT_MS,
  // Never give up reconnecting: returning a number keeps the client alive.
  retryStrategy: reconnectDelay,
};

/** Options for a Cluster client, with the same intent as {@link FAIL_FAST_REDIS_OPTIONS}. */
export const FAIL_FAST_CLUSTER_OPTIONS: ClusterOptions = {
  enableOfflineQueue: false,
  clusterRetryStrategy: reconnectDelay,
  // Node connections reconnect by themselves too, so a restarted master is used again.
  clusterNodeRetryStrategy: reconnectDelay,
  slotsRefreshTimeout: TIMEOUT_MS,
  redisOptions: {
    maxRetriesPerRequest: 1,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
  },
};

/**
 * A standalone client for `url` (`redis://[user:pass@]host:port[/db]`, or
 * `rediss://` for TLS), waited on until ready or `readyWaitMs`.
 *
 * @example
 * const client = await connectRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
 */
export async function connectRedis(url: string, options: ConnectOptions = {}): Promise<Redis> {
  const client = new Redis(url, { ...FAIL_FAST_REDIS_OPTIONS });
  client.on("error", options.onError ?? (() => undefined));
  coalesceWrites(client);
  await waitUntilReady(client, options.readyWaitMs ?? TIMEOUT_MS);
  return client;
}

/**
 * A Cluster client seeded with `nodes` (any reachable master finds the rest),
 * waited on until ready or `readyWaitMs`.
 *
 * @example
 * const cluster = await connectCluster(parseClusterNodes("10.0.0.1:7000,10.0.0.2:7000")); // cluster-nodes.ts
 */
export async function connectCluster(nodes: ClusterNode[], options: ConnectOptions = {}): Promise<Cluster> {
  const client = new Cluster(nodes, {
    ...FAIL_FAST_CLUSTER_OPTIONS,
    redisOptions: { ...FAIL_FAST_CLUSTER_OPTIONS.redisOptions },
  });
  client.on("error", options.onError ?? (() => undefined));
  // Each master's connection, as the cluster opens it.
  client.on("+node", (node: Redis) => coalesceWrites(node));
  await waitUntilReady(client, options.readyWaitMs ?? TIMEOUT_MS);
  return client;
}

/** Resolves on "ready" or after `ms`, whichever comes first; never rejects. */
function waitUntilReady(client: Redis | Cluster, ms: number): Promise<void> {
  if (client.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      client.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    client.on("ready", done);
  });
}

/** True when a Redis answers PING at `url` within `timeoutMs` (for start-up checks, tests and benchmarks). Never throws. */
export async function pingRedis(url: string, timeoutMs = 1_000): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, connectTimeout: timeoutMs, maxRetriesPerRequest: 0 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
