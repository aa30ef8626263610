/**
 * Storage for sessions, deduplication and locks: pick one with
 * {@link createStore}, wrap it in a {@link SessionStore} for dialogue state.
 */
export { StoreBusyError, StoreUnavailableError, type KeyValueStore, type StoreErrorCode } from "./key-value-store.ts";
export { createStore, type StoreEnv, type StoreLogger } from "./create-store.ts";
export { MemoryStore, type MemoryStoreOptions } from "./memory-store.ts";
export { RedisStore, type RedisClient, type RedisStoreOptions } from "./redis-store.ts";
export {
  connectCluster,
  connectRedis,
  FAIL_FAST_CLUSTER_OPTIONS,
  FAIL_FAST_REDIS_OPTIONS,
  parseClusterNodes,
  type ConnectOptions,
} from "./redis-client.ts";
export {
  SESSION_TTL_SECONDS,
  SessionStore,
  sessionKey,
  userKeyOf,
  type SessionRead,
  type SessionStoreOptions,
} from "./session-store.ts";
export { LOCK_DEFAULTS } from "./ttl.ts";
