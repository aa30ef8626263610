/**
 * The transport-independent core of `GET/POST /wechat`: it checks and
 * decodes what WeChat sends and encodes what we answer, as plain values, so
 * any HTTP framework can wrap it in a few lines.
 *
 * Refusals: 413 for bodies over 64 KB; 401 for a bad signature, a timestamp
 * more than 5 minutes off, a payload for another app id, or a plaintext push
 * when encryption is required; 400 for
 * anything that is not a well-formed WeChat payload (including XXE attempts).
 */
import { randomInt } from "node:crypto";
import { WechatCrypto } from "./crypto.ts";
import { WechatError, type WechatErrorCode } from "./errors.ts";
import type { IncomingMessage } from "./messages.ts";
import { verifyMsgSignature, verifyPlainSignature } from "./signature.ts";
import { SUCCESS_REPLY, buildEncryptedReply, buildTextReply, parseEncryptedEnvelope, parseIncoming } from "./xml.ts";

/** Largest body accepted; the route should stop reading past it. */
export const MAX_BODY_BYTES = 64 * 1024;
/** How far a request's timestamp may be from our clock, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Query parameters as a URLSearchParams or a framework's parsed query object. */
export type WechatQuery = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The account settings the endpoint needs. */
export interface WechatEndpointConfig {
  token: string;
  appId: string;
  /** Present when the account runs in compatible or safe mode. */
  encodingAesKey?: string | undefined;
  /**
   * Refuse plaintext pushes (401) even when correctly signed. Plain mode signs
   * only the token, timestamp and nonce, never the body, so an account in safe
   * mode should set this once it no longer needs to accept plain pushes.
   * Default false, so switching modes in the WeChat console never drops messages.
   */
  requireEncryption?: boolean | undefined;
}

/** How a push arrived, and so how its reply must go back. */
export type ReplyMode = "plain" | "compatible" | "safe";

/** An HTTP answer, ready for any framework. */
export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** The outcome of {@link decodePost}. */
export type DecodePostResult =
  | { ok: true; message: IncomingMessage; mode: ReplyMode }
  | { ok: false; status: 400 | 401 | 413; code: WechatErrorCode };

const TEXT = "text/plain; charset=utf-8";
const XML = "application/xml; charset=utf-8";
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const cryptoByConfig = new WeakMap<WechatEndpointConfig, WechatCrypto>();

function param(query: WechatQuery, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return typeof value === "string" ? value : value?.[0];
}

function cryptoFor(config: WechatEndpointConfig): WechatCrypto {
  if (!config.encodingAesKey) throw new WechatError("AES_NOT_CONFIGURED", "encrypted push but no EncodingAESKey configured");
  let crypto = cryptoByConfig.get(config);
  if (!crypto) {
    crypto = new WechatCrypto({ token: config.token, appId: config.appId, encodingAesKey: config.encodingAesKey });
    cryptoByConfig.set(config, crypto);
  }
  return crypto;
}

function statusOf(code: WechatErrorCode): 400 | 401 | 413 {
  if (code === "BODY_TOO_LARGE") return 413;
  if (code === "BAD_SIGNATURE" || code === "STALE_TIMESTAMP" || code === "BAD_APPID" || code === "ENCRYPTION_REQUIRED") {
    return 401;
  }
  return 400;
}

/**
 * Answers WeChat's URL verification (`GET /wechat`): the `echostr` unchanged
 * when `signature` signs (token, timestamp, nonce), otherwise 401. Send the
 * body as text/plain so a reflected echostr can never be read as HTML.
 */
export function verifyGet(query: WechatQuery, token: string): HttpAnswer {
  const timestamp = param(query, "timestamp") ?? "";
  const nonce = param(query, "nonce") ?? "";
  const echostr = param(query, "echostr");
  if (!verifyPlainSignature(token, timestamp, nonce, param(query, "signature"))) {
    return { status: 401, contentType: TEXT, body: "invalid signature" };
  }
  if (echostr === undefined) return { status: 400, contentType: TEXT, body: "missing echostr" };
  return { status: 200, contentType: TEXT, body: echostr };
}

/** What {@link decodePost} needs from the HTTP request. */
export interface DecodePostInput {
  query: WechatQuery;
  /** The raw body: bytes (decoded here as strict UTF-8) or an already decoded string. */
  body: string | Uint8Array;
  config: WechatEndpointConfig;
  /** Milliseconds since the epoch; `Date.now()` by default. */
  now?: number;
}

function checkTimestamp(timestamp: string | undefined, now: number): string {
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) {
    throw new WechatError("BAD_SIGNATURE", "missing or invalid timestamp");
  }
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    throw new WechatError("STALE_TIMESTAMP", "timestamp more than 5 minutes off");
  }
  return timestamp;
}

function decodeBody(body: string | Uint8Array): string {
  const size = typeof body === "string" ? Buffer.byteLength(body, "utf8") : body.byteLength;
  if (size > MAX_BODY_BYTES) throw new WechatError("BODY_TOO_LARGE", "body over 64 KB");
  if (typeof body === "string") return body;
  try {
    return utf8Strict.decode(body);
  } catch (cause) {
    throw new WechatError("BAD_ENCODING", "body is not UTF-8", { cause });
  }
}

function decode(input: DecodePostInput): { message: IncomingMessage; mode: ReplyMode } {
  const { query, config } = input;
  const body = decodeBody(input.body);
  const timestamp = checkTimestamp(param(query, "timestamp"), input.now ?? Date.now());
  const nonce = param(query, "nonce") ?? "";
  const encryptType = param(query, "encrypt_type") ?? "raw";
  if (encryptType === "raw" || encryptType === "") {
    // Plain mode signs only (token, timestamp, nonce): check it before touching the body.
    if (!verifyPlainSignature(config.token, timestamp, nonce, param(query, "signature"))) {
      throw new WechatError("BAD_SIGNATURE", "signature does not match");
    }
    if (config.requireEncryption) throw new WechatError("ENCRYPTION_REQUIRED", "plaintext push refused");
    return { message: parseIncoming(body), mode: "plain" };
  }
  if (encryptType !== "aes") throw new WechatError("UNSUPPORTED_ENCRYPT_TYPE", "encrypt_type is neither raw nor aes");
  const crypto = cryptoFor(config);
  const envelope = parseEncryptedEnvelope(body);
  if (!verifyMsgSignature(config.token, timestamp, nonce, envelope.encrypt, param(query, "msg_signature"))) {
    throw new WechatError("BAD_SIGNATURE", "msg_signature does not match");
  }
  // Only the decrypted fields are trusted; compatible mode's plaintext copies are ignored.
  const { message } = crypto.decrypt(envelope.encrypt);
  return { message: parseIncoming(message), mode: envelope.hasPlaintext ? "compatible" : "safe" };
}

/**
 * Checks and decodes a push (`POST /wechat`) in plain, compatible or safe mode.
 * Never throws for anything a client sent; throws only for a broken
 * configuration (an EncodingAESKey that is not 43 base64 characters).
 */
export function decodePost(input: DecodePostInput): DecodePostResult {
  try {
    return { ok: true, ...decode(input) };
  } catch (error) {
    if (error instanceof WechatError && error.code !== "BAD_KEY") {
      return { ok: false, status: statusOf(error.code), code: error.code };
    }
    throw error;
  }
}

/** What {@link encodeReply} needs to answer one push. */
export interface EncodeReplyInput {
  /** The mode {@link decodePost} reported for the push. */
  mode: ReplyMode;
  /** The push being answered (its From/To are swapped into the reply). */
  message: IncomingMessage;
  /** The text to show, at most ~2,000 UTF-8 bytes (see splitUtf8); null for `success`. */
  content: string | null;
  config: WechatEndpointConfig;
  /** Milliseconds since the epoch; `Date.now()` by default. */
  now?: number;
  /** The reply's nonce; fresh digits by default. */
  nonce?: string;
  /** Fixed random bytes for tests. */
  random16?: string | Uint8Array;
}

/**
 * The passive reply to a push: `success` (plain text, never encrypted) when
 * `content` is null, the text reply XML in plain mode, and the encrypted,
 * signed envelope in compatible and safe modes.
 */
export function encodeReply(input: EncodeReplyInput): HttpAnswer {
  if (input.content === null) return { status: 200, contentType: TEXT, body: SUCCESS_REPLY };
  const createTime = Math.floor((input.now ?? Date.now()) / 1000);
  const xml = buildTextReply({
    to: input.message.fromUserName,
    from: input.message.toUserName,
    content: input.content,
    createTime,
  });
  if (input.mode === "plain") return { status: 200, contentType: XML, body: xml };
  const nonce = input.nonce ?? String(randomInt(1_000_000_000, 10_000_000_000));
  const body = buildEncryptedReply(cryptoFor(input.config), xml, String(createTime), nonce, input.random16);
  return { status: 200, contentType: XML, body };
}
