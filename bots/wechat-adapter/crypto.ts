/**
 * The message crypto of WeChat's safe and compatible modes.
 *
 * Plaintext layout: random(16) ‖ uint32 BE byte length of msg ‖ msg (UTF-8) ‖ appId,
 * then PKCS#7 padding to **32-byte** blocks and AES-256-CBC with IV = key[0..16).
 * Node's own padding assumes 16-byte blocks and would reject about half of
 * WeChat's messages, so auto padding is off and the padding is done here.
 */
import { createCipheriv, createDecipheriv, randomInt } from "node:crypto";
import { WechatError } from "./errors.ts";
import { msgSignature } from "./signature.ts";

/** WeChat pads to 32-byte blocks, not AES's 16. */
const BLOCK = 32;
const RANDOM_BYTES = 16;
const HEADER_BYTES = RANDOM_BYTES + 4;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** What {@link WechatCrypto.decrypt} recovers from an `Encrypt` payload. */
export interface DecryptedMessage {
  /** The inner message (XML for pushes, a string for WeCom's echostr). */
  message: string;
  /** The app id written after the message; already checked against ours. */
  appId: string;
  /** The 16 random leading bytes, one character per byte (latin1). */
  random: string;
  /** How many padding bytes were stripped (1..32). */
  padLength: number;
}

/** Settings of an Official Account in safe or compatible mode. */
export interface WechatCryptoOptions {
  /** The Token set in the account's server configuration. */
  token: string;
  /** The 43-character EncodingAESKey. */
  encodingAesKey: string;
  /** The account's AppID, written into and checked in every payload. */
  appId: string;
}

/** Pads `data` with PKCS#7 to a multiple of 32 bytes: 1..32 bytes, a full block when already aligned. */
export function pad32(data: Buffer): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

/** Strips 32-byte PKCS#7 padding, refusing anything but 1..32 equal bytes of that value. */
export function unpad32(data: Buffer): { data: Buffer; padLength: number } {
  const n = data.length > 0 ? data[data.length - 1]! : 0;
  if (n < 1 || n > BLOCK || n > data.length) throw new WechatError("BAD_PADDING", "invalid padding");
  for (let i = data.length - n; i < data.length; i++) {
    if (data[i] !== n) throw new WechatError("BAD_PADDING", "invalid padding");
  }
  return { data: data.subarray(0, data.length - n), padLength: n };
}

function decodeKey(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new WechatError("BAD_KEY", "EncodingAESKey must be 43 base64 characters");
  }
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) throw new WechatError("BAD_KEY", "EncodingAESKey does not decode to 32 bytes");
  return key;
}

function randomAlphanumeric(length: number): string {
  // Official SDKs send printable randoms; some decoders treat them as text.
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return out;
}

/**
 * Encrypts and decrypts WeChat `Encrypt` payloads for one account.
 *
 * @example
 * const c = new WechatCrypto({ token, encodingAesKey, appId });
 * const { message } = c.decrypt(envelope.encrypt);
 */
export class WechatCrypto {
  /** The Token, used to sign encrypted replies. */
  readonly token: string;
  /** The AppID written into and required in every payload. */
  readonly appId: string;
  private readonly key: Buffer;
  private readonly iv: Buffer;

  /** @throws {WechatError} BAD_KEY when the EncodingAESKey is not 43 base64 characters */
  constructor(options: WechatCryptoOptions) {
    this.token = options.token;
    this.appId = options.appId;
    this.key = decodeKey(options.encodingAesKey);
    this.iv = this.key.subarray(0, 16);
  }

  /**
   * Encrypts `message` into a base64 `Encrypt` payload.
   * @param random16 the 16 leading random bytes (a 16-byte UTF-8 string or bytes); fresh when omitted, fixed in tests
   */
  encrypt(message: string, random16?: string | Uint8Array): string {
    const random = Buffer.from(random16 ?? randomAlphanumeric(RANDOM_BYTES));
    if (random.length !== RANDOM_BYTES) throw new RangeError("random16 must be exactly 16 bytes");
    const body = Buffer.from(message, "utf8");
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length, 0);
    const plain = pad32(Buffer.concat([random, length, body, Buffer.from(this.appId, "utf8")]));
    const cipher = createCipheriv("aes-256-cbc", this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(plain), cipher.final()]).toString("base64");
  }

  /**
   * Decrypts a base64 `Encrypt` payload and checks that it names our app id.
   * @throws {WechatError} BAD_ENCRYPT (not base64, wrong size, bad length field, invalid UTF-8),
   *   BAD_PADDING, or BAD_APPID
   */
  decrypt(encrypt: string): DecryptedMessage {
    const trimmed = encrypt.trim();
    if (trimmed.length === 0 || trimmed.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
      throw new WechatError("BAD_ENCRYPT", "Encrypt is not base64");
    }
    const cipherText = Buffer.from(trimmed, "base64");
    if (cipherText.length === 0 || cipherText.length % BLOCK !== 0) {
      throw new WechatError("BAD_ENCRYPT", "Encrypt is not a whole number of 32-byte blocks");
    }
    let plain: Buffer;
    try {
      const decipher = createDecipheriv("aes-256-cbc", this.key, this.iv);
      decipher.setAutoPadding(false);
      plain = Buffer.concat([decipher.update(cipherText), decipher.final()]);
    } catch (cause) {
      throw new WechatError("BAD_ENCRYPT", "Encrypt could not be decrypted", { cause });
    }
    const { data, padLength } = unpad32(plain);
    if (data.length < HEADER_BYTES) throw new WechatError("BAD_ENCRYPT", "decrypted payload too short");
    const messageLength = data.readUInt32BE(RANDOM_BYTES);
    if (messageLength > data.length - HEADER_BYTES) {
      throw new WechatError("BAD_ENCRYPT", "message length exceeds payload");
    }
    let message: string;
    let appId: string;
    try {
      message = utf8Strict.decode(data.subarray(HEADER_BYTES, HEADER_BYTES + messageLength));
      appId = utf8Strict.decode(data.subarray(HEADER_BYTES + messageLength));
    } catch (cause) {
      throw new WechatError("BAD_ENCRYPT", "decrypted payload is not UTF-8", { cause });
    }
    if (appId !== this.appId) throw new WechatError("BAD_APPID", "payload is for another app id");
    return { message, appId, random: data.subarray(0, RANDOM_BYTES).toString("latin1"), padLength };
  }

  /** The `msg_signature` of an encrypted payload under this account's token. */
  sign(timestamp: string, nonce: string, encrypt: string): string {
    return msgSignature(this.token, timestamp, nonce, encrypt);
  }
}
