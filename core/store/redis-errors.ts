/**
 * Sorting Redis failures into "the store is unavailable" (tell the user to try
 * again) and "our bug" (let it surface).
 */
import { StoreUnavailableError } from "./key-value-store.ts";

/**
 * Server replies that mean the data is fine but Redis cannot serve right now:
 * a cluster re-sharding or failing over, a replica promoted, a server still
 * loading its data, a long script running.
 */
const TRANSIENT_REPLY = /^(CLUSTERDOWN|LOADING|MASTERDOWN|READONLY|TRYAGAIN|BUSY|NOREPLICAS|MOVED|ASK)\b/;

/**
 * The error a store should throw for `err`, raised by an ioredis command.
 * Connection-level failures (refused, closed, timed out, offline queue off,
 * retries exhausted, cluster not ready) and transient server replies become
 * {@link StoreUnavailableError}; any other server reply (WRONGTYPE, a script
 * error) is a bug in our commands and is returned unchanged.
 */
export function toStoreError(err: unknown): Error {
  if (err instanceof StoreUnavailableError) return err;
  if (err instanceof Error && err.name === "ReplyError" && !TRANSIENT_REPLY.test(err.message)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new StoreUnavailableError(`session store unavailable: ${reason}`, { cause: err });
}
