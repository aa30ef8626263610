/**
 * Keys that recognise WeChat's retries. WeChat retries a push up to three
 * times when no reply arrives within 5 seconds; a retry carries the same
 * MsgId (messages) or the same CreateTime (events, which have no MsgId).
 * MsgId alone is not unique across users or accounts, so the account and the
 * user are part of every key: the user as a pseudonym (a digest of the user
 * key), so that the entry of a `/forget` message, kept to answer its
 * retries, names no one; `/forget` deletes the user's other entries (see
 * `core/store/user-keys.ts`).
 */
import { userKeyOf } from "../../core/store/session-store.ts";
import { wechatDeliveryKeyOf } from "../../core/store/user-keys.ts";
import type { IncomingMessage } from "./messages.ts";

/**
 * The deduplication key of a push:
 * `wechat:delivery:{<user pseudonym>}:<account>:msg:<MsgId>` for messages,
 * `…:<account>:event:<CreateTime>:<Event>` for events (and
 * `…:<CreateTime>:<MsgType>` for anything without either).
 */
export function dedupeKey(message: IncomingMessage): string {
  return wechatDeliveryKeyOf(userKeyOf("wechat", message.fromUserName), `${message.toUserName}:${pushIdOf(message)}`);
}

function pushIdOf(message: IncomingMessage): string {
  switch (message.type) {
    case "text":
    case "voice":
      return `msg:${message.msgId}`;
    case "event":
      return `event:${message.createTime}:${message.event}`;
    case "other":
      if (message.msgId !== null) return `msg:${message.msgId}`;
      return `event:${message.createTime}:${message.event ?? message.msgType}`;
  }
}
