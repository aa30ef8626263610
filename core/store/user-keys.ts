/**
 * Every store key that is about one user: it holds their id, what they said
 * or what they were told. `/forget` deletes all of them through
 * {@link forgetUser}, so a feature that stores something about a user adds
 * its family here (and builds its keys with the builder here), or `/forget`
 * no longer keeps its promise. A Redis test scans the whole key prefix after
 * `/forget` and fails on any key left with the user's id.
 *
 * Keys that need no entry: those that name no user (Telegram and Slack
 * deduplication, the WeChat access token) and the per-user lock, which its
 * own turn releases (deletes) when it ends.
 */
import { createHash } from "node:crypto";
import { slotTwin } from "./hash-slot.ts";
import type { KeyValueStore } from "./key-value-store.ts";

/**
 * The user key inside a Redis Cluster hash tag: braces and `%` are escaped so
 * that a user id cannot end the tag early.
 */
export function tagOf(userKey: string): string {
  return userKey.replace(/[%{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A stand-in for the user key where a key must outlive `/forget` briefly
 * (the delivery log must still answer WeChat's retries of the `/forget`
 * message itself): a SHA-256 digest, so the key names no one.
 */
export function pseudonymOf(userKey: string): string {
  return createHash("sha256").update(userKey).digest("hex").slice(0, 32);
}

/** The key of the user's dialogue session, `session:{telegram:42}`. */
export function sessionKeyOf(userKey: string): string {
  return `session:{${tagOf(userKey)}}`;
}

/** The rate-limit counter of the user for one minute (`window` = minutes since the epoch). */
export function rateKeyOf(userKey: string, window: number): string {
  return `rate:{${tagOf(userKey)}}:${window}`;
}

/**
 * A WeChat delivery-log entry (how a push was answered, including the reply
 * text): `wechat:delivery:{<slot twin>}<pseudonym>:<push>`. It names no one,
 * yet its hash tag puts it on the user's slot (see `hash-slot.ts`), so that
 * it is claimed in the same script as the user's session lock.
 */
export function wechatDeliveryKeyOf(userKey: string, push: string): string {
  return `${wechatDeliveryPrefixOf(userKey)}${push}`;
}

function wechatDeliveryPrefixOf(userKey: string): string {
  return `wechat:delivery:{${slotTwin(tagOf(userKey))}}${pseudonymOf(userKey)}:`;
}

/** A WeChat message waiting to be sent by the customer-service API (it holds the openid and the text). */
export function wechatOutboxKeyOf(userKey: string, id: string): string {
  return `${WECHAT_OUTBOX_PREFIX}{${pseudonymOf(userKey)}}:${id}`;
}

/**
 * The user's pointer to their kept results page (`kept:{web:abc}`): its value
 * is the page's id, so that `/forget` finds the page (whose key names no one).
 */
export function keptIndexKeyOf(userKey: string): string {
  return `kept:{${tagOf(userKey)}}`;
}

/** A kept results page, looked up by its unguessable id from the link alone. */
export function keptPageKeyOf(id: string): string {
  return `kept-page:${id}`;
}

/** Where every WeChat outbox entry starts, for the instances that sweep it. */
export const WECHAT_OUTBOX_PREFIX = "wechat:outbox:";

/** One family of keys about a user: a name for people and the prefix all its keys share. */
export interface UserKeyFamily {
  name: string;
  /** Every key of the family for `userKey` starts with this. */
  prefixOf(userKey: string): string;
  /** True when the prefix is the family's only key: deleted without a scan. */
  exact?: boolean;
  /** Keys the (exact) key's value names, deleted with it: a page found by an id the user was given. */
  pointsTo?(value: string): string[];
}

/** The one list of keys about a user. Add a family here with every new per-user key. */
export const USER_KEY_FAMILIES: readonly UserKeyFamily[] = [
  // The closing brace ends the tag, so this prefix matches the session key alone.
  { name: "dialogue session", prefixOf: (u) => sessionKeyOf(u), exact: true },
  { name: "rate-limit counters", prefixOf: (u) => `rate:{${tagOf(u)}}:` },
  { name: "WeChat delivery log", prefixOf: (u) => wechatDeliveryPrefixOf(u) },
  { name: "WeChat outbox", prefixOf: (u) => `${WECHAT_OUTBOX_PREFIX}{${pseudonymOf(u)}}:` },
  { name: "kept results page", prefixOf: (u) => keptIndexKeyOf(u), exact: true, pointsTo: (id) => [keptPageKeyOf(id)] },
];

/**
 * Deletes every key about the user (the `/forget` command). Store errors
 * propagate; a key written by a turn still running elsewhere may appear
 * afterwards, as it would after any deletion.
 */
export async function forgetUser(store: Pick<KeyValueStore, "get" | "delete" | "keysWithPrefix">, userKey: string): Promise<void> {
  for (const family of USER_KEY_FAMILIES) {
    const prefix = family.prefixOf(userKey);
    if (family.pointsTo) {
      const value = await store.get(prefix);
      if (value !== null) for (const key of family.pointsTo(value)) await store.delete(key);
    }
    if (family.exact) await store.delete(prefix);
    else for (const key of await store.keysWithPrefix(prefix)) await store.delete(key);
  }
}
