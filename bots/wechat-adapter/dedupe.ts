/**
 * Keys that recognise WeChat's retries. WeChat retries a push up to three
 * times when no reply arrives within 5 seconds; a retry carries the same
 * MsgId (messages) or the same CreateTime (events, which have no MsgId).
 * MsgId alone is not unique across users, so the user's openid is part of
 * every key.
 */
import type { IncomingMessage } from "./messages.ts";

/**
 * The deduplication key of a push: `wechat:dedupe:<openid>:msg:<MsgId>` for
 * messages, `wechat:dedupe:<openid>:event:<CreateTime>:<Event>` for events (and
 * `…:<CreateTime>:<MsgType>` for anything without either).
 */
export function dedupeKey(message: IncomingMessage): string {
  const prefix = `wechat:dedupe:${message.fromUserName}`;
  switch (message.type) {
    case "text":
    case "voice":
      return `${prefix}:msg:${message.msgId}`;
    case "event":
      return `${prefix}:event:${message.createTime}:${message.event}`;
    case "other":
      if (message.msgId !== null) return `${prefix}:msg:${message.msgId}`;
      return `${prefix}:event:${message.createTime}:${message.event ?? message.msgType}`;
  }
}
