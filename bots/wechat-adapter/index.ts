/**
 * The WeChat Official Account protocol layer: everything `GET/POST /wechat`
 * and the customer-service API need, free of any HTTP framework and of the
 * dialogue engine.
 */

// Commonly used: the request core and the API client.
export {
  MAX_BODY_BYTES,
  MAX_CLOCK_SKEW_SECONDS,
  decodePost,
  encodeReply,
  verifyGet,
  type DecodePostInput,
  type DecodePostResult,
  type EncodeReplyInput,
  type HttpAnswer,
  type ReplyMode,
  type WechatEndpointConfig,
  type WechatQuery,
} from "./request.ts";
export { DEFAULT_API_BASE_URL, WechatApi, type WechatApiOptions } from "./api-client.ts";
export { dedupeKey } from "./dedupe.ts";
export { OUTBOX_DEFAULTS, WechatOutbox, type OutboxTimings, type OutboxWhat } from "./outbox.ts";
export { DEFAULT_MAX_BYTES, splitUtf8 } from "./split.ts";
export { WechatError, type WechatErrorCode } from "./errors.ts";
export type {
  ClickEvent,
  EventMessage,
  IncomingMessage,
  MessageBase,
  OtherMessage,
  ScanEvent,
  SubscribeEvent,
  TextMessage,
  UnsubscribeEvent,
  VoiceMessage,
} from "./messages.ts";

// Lower level: payloads, crypto and signatures.
export {
  SUCCESS_REPLY,
  buildEncryptedReply,
  buildTextReply,
  cdata,
  parseEncryptedEnvelope,
  parseIncoming,
  type EncryptedEnvelope,
  type TextReply,
} from "./xml.ts";
export { WechatCrypto, pad32, unpad32, type DecryptedMessage, type WechatCryptoOptions } from "./crypto.ts";
export {
  msgSignature,
  plainSignature,
  signaturesEqual,
  verifyMsgSignature,
  verifyPlainSignature,
} from "./signature.ts";
export { readXml, sanitizeControlChars, type XmlElement } from "./xml-reader.ts";
