/**
 * WeChat's XML payloads: incoming pushes to typed messages, the encrypted
 * envelope, and the passive replies (plain and encrypted).
 */
import type { WechatCrypto } from "./crypto.ts";
import { WechatError } from "./errors.ts";
import type { IncomingMessage, MessageBase } from "./messages.ts";
import { leafFields, readXml, sanitizeControlChars } from "./xml-reader.ts";

/** The body that tells WeChat "handled, nothing to send now"; never encrypted. */
export const SUCCESS_REPLY = "success";

function readRootFields(body: string): Record<string, string> {
  const root = readXml(body);
  if (root.name !== "xml") throw new WechatError("MALFORMED_XML", "malformed XML: root element is not <xml>");
  return leafFields(root);
}

function required(fields: Record<string, string>, name: string): string {
  const value = fields[name]?.trim();
  if (!value) throw new WechatError("MISSING_FIELD", `missing field ${name}`);
  return value;
}

function optional(fields: Record<string, string>, name: string): string | null {
  const value = fields[name]?.trim();
  return value ? value : null;
}

/**
 * Parses a plaintext push (or a decrypted one) into a typed message.
 * @throws {WechatError} XML_DOCTYPE, MALFORMED_XML, MISSING_FIELD or BAD_FIELD
 */
export function parseIncoming(body: string): IncomingMessage {
  const fields = readRootFields(body);
  const createTime = required(fields, "CreateTime");
  if (!/^\d{1,12}$/.test(createTime)) throw new WechatError("BAD_FIELD", "CreateTime is not a number");
  const base: MessageBase = {
    toUserName: required(fields, "ToUserName"),
    fromUserName: required(fields, "FromUserName"),
    createTime: Number(createTime),
    fields,
  };
  const msgType = required(fields, "MsgType");
  switch (msgType.toLowerCase()) {
    case "text":
      // Content is kept exactly as typed; an empty message is still a message.
      return { ...base, type: "text", content: fields.Content ?? "", msgId: required(fields, "MsgId") };
    case "voice":
      return {
        ...base,
        type: "voice",
        mediaId: optional(fields, "MediaId") ?? "",
        format: optional(fields, "Format"),
        recognition: optional(fields, "Recognition"),
        msgId: required(fields, "MsgId"),
      };
    case "event":
      return parseEvent(base, fields);
    default:
      return { ...base, type: "other", msgType, event: null, msgId: optional(fields, "MsgId") };
  }
}

function parseEvent(base: MessageBase, fields: Record<string, string>): IncomingMessage {
  const event = required(fields, "Event");
  const eventKey = optional(fields, "EventKey");
  const ticket = optional(fields, "Ticket");
  // WeChat documents these names in fixed case, but SDKs have met both; compare loosely.
  switch (event.toLowerCase()) {
    case "subscribe": {
      const scene = eventKey?.startsWith("qrscene_") ? eventKey.slice("qrscene_".length) : null;
      return { ...base, type: "event", event: "subscribe", eventKey, scene, ticket };
    }
    case "unsubscribe":
      return { ...base, type: "event", event: "unsubscribe" };
    case "scan":
      return { ...base, type: "event", event: "SCAN", eventKey: eventKey ?? "", ticket };
    case "click":
      return { ...base, type: "event", event: "CLICK", eventKey: eventKey ?? "" };
    default:
      return { ...base, type: "other", msgType: "event", event, msgId: optional(fields, "MsgId") };
  }
}

/** The outer XML of a safe/compatible-mode push. */
export interface EncryptedEnvelope {
  /** The account's original id, or null when absent. */
  toUserName: string | null;
  /** The base64 payload, as signed by `msg_signature`. */
  encrypt: string;
  /** True in compatible mode, where plaintext fields travel beside `Encrypt`. */
  hasPlaintext: boolean;
}

/**
 * Parses the outer XML of an encrypted push.
 * @throws {WechatError} XML_DOCTYPE, MALFORMED_XML, or MISSING_FIELD when there is no `Encrypt`
 */
export function parseEncryptedEnvelope(body: string): EncryptedEnvelope {
  const fields = readRootFields(body);
  const encrypt = fields.Encrypt;
  if (encrypt === undefined || encrypt.trim() === "") throw new WechatError("MISSING_FIELD", "missing field Encrypt");
  // Kept untrimmed: msg_signature covers it byte for byte.
  return { toUserName: optional(fields, "ToUserName"), encrypt, hasPlaintext: "MsgType" in fields };
}

/** Wraps `text` in CDATA, splitting any `]]>` and dropping characters XML cannot carry. */
export function cdata(text: string): string {
  return `<![CDATA[${sanitizeControlChars(text).split("]]>").join("]]]]><![CDATA[>")}]]>`;
}

/** What a passive text reply says and to whom. */
export interface TextReply {
  /** The user's openid (the push's FromUserName). */
  to: string;
  /** The account's id (the push's ToUserName). */
  from: string;
  content: string;
  /** Seconds since the epoch. */
  createTime: number;
}

/** The XML of a passive text reply. Keep `content` under about 2,000 UTF-8 bytes (see splitUtf8). */
export function buildTextReply(reply: TextReply): string {
  return (
    "<xml>" +
    `<ToUserName>${cdata(reply.to)}</ToUserName>` +
    `<FromUserName>${cdata(reply.from)}</FromUserName>` +
    `<CreateTime>${Math.floor(reply.createTime)}</CreateTime>` +
    `<MsgType>${cdata("text")}</MsgType>` +
    `<Content>${cdata(reply.content)}</Content>` +
    "</xml>"
  );
}

/**
 * Encrypts a reply's XML and wraps it with its signature, as safe and compatible modes require.
 * @param random16 fixed random bytes for tests; fresh when omitted
 */
export function buildEncryptedReply(
  crypto: WechatCrypto,
  xml: string,
  timestamp: string,
  nonce: string,
  random16?: string | Uint8Array,
): string {
  if (!/^\d{1,12}$/.test(timestamp)) throw new RangeError("timestamp must be decimal seconds");
  const encrypt = crypto.encrypt(xml, random16);
  return (
    "<xml>" +
    `<Encrypt>${cdata(encrypt)}</Encrypt>` +
    `<MsgSignature>${cdata(crypto.sign(timestamp, nonce, encrypt))}</MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp>` +
    `<Nonce>${cdata(nonce)}</Nonce>` +
    "</xml>"
  );
}
