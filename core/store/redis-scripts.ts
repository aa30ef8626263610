/**
 * The Lua scripts of the Redis store, each one round trip, and how they are
 * sent: by SHA1 (EVALSHA), the script itself only when Redis lacks it.
 */
import { createHash } from "node:crypto";
import type { Cluster, Redis } from "ioredis";

/** Deletes the lock only if we still hold it: after our TTL ran out another holder may own it. */
export const RELEASE_LOCK = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/**
 * Claims (optionally), counts (optionally), takes the lock and reads the
 * value, in one round trip.
 * KEYS: lock, value[, counter][, claim]. ARGV: token, lock ms, counter ms
 * ("" when not counting), limit, claim value ("" when not claiming), claim ms,
 * claim's done value ("" when none), its ms.
 * Replies {3, -1, held} when the claim is held already (nothing else done),
 * {0, count, value} over the limit (no lock taken; the claim, if any, set to
 * its done value), {1, count, value} locked, {2, count} when the lock is held
 * by another turn. count is -1 when nothing was counted.
 */
export const LOCK_AND_GET = `local count = -1
local claim = false
if ARGV[5] ~= "" then
  claim = KEYS[3]
  if ARGV[3] ~= "" then claim = KEYS[4] end
  if not redis.call("set", claim, ARGV[5], "px", ARGV[6], "nx") then return {3, -1, redis.call("get", claim)} end
end
if ARGV[3] ~= "" then
  count = redis.call("incr", KEYS[3])
  if count == 1 then redis.call("pexpire", KEYS[3], ARGV[3]) end
  if count > tonumber(ARGV[4]) then
    if claim and ARGV[7] ~= "" then redis.call("set", claim, ARGV[7], "px", ARGV[8]) end
    return {0, count, redis.call("get", KEYS[2])}
  end
end
if redis.call("set", KEYS[1], ARGV[1], "px", ARGV[2], "nx") then return {1, count, redis.call("get", KEYS[2])} end
return {2, count}`;

/**
 * Writes the value, marks the claim done (optionally) and releases the lock
 * in one round trip, only while the lock is still ours: replies 0, writing
 * nothing, when it was lost.
 * KEYS: lock, value[, claim]. ARGV: token, claim's done value ("" when none),
 * its ms, "set" | "del" | "keep"[, value, ms].
 */
export const PUT_AND_UNLOCK = `if redis.call("get", KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[4] == "set" then redis.call("set", KEYS[2], ARGV[5], "px", ARGV[6])
elseif ARGV[4] == "del" then redis.call("del", KEYS[2]) end
if ARGV[2] ~= "" then redis.call("set", KEYS[3], ARGV[2], "px", ARGV[3]) end
redis.call("del", KEYS[1])
return 1`;

/** PEXPIRE only while the key holds ARGV[1]. KEYS: key. ARGV: value, ms. */
export const TOUCH_IF = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) end
return 0`;

/** INCR with an expiry set on the first increment only. */
export const INCREMENT_SCRIPT = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

/** The SHA1 of each script, by its text, for EVALSHA. */
const SHAS = new Map<string, string>();

/**
 * Runs a Lua script by its SHA1 (EVALSHA: 40 bytes on the wire instead of the
 * script), sending the script itself only when this Redis (or this Cluster
 * node) does not have it yet, or lost it in a restart (NOSCRIPT).
 */
export async function runScript(client: Redis | Cluster, script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown> {
  let sha = SHAS.get(script);
  if (sha === undefined) SHAS.set(script, (sha = createHash("sha1").update(script).digest("hex")));
  try {
    return await client.evalsha(sha, numKeys, ...args);
  } catch (err) {
    if (/^NOSCRIPT/.test((err as Error)?.message ?? "")) return client.eval(script, numKeys, ...args);
    throw err;
  }
}
