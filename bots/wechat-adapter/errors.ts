/**
 * The one error class of the WeChat protocol layer. Each failure carries a
 * string code so the HTTP route can map it to a status without parsing
 * messages, and so nothing but the code and a short text reaches a log.
 */

/** Why a WeChat request, payload or API call was refused. */
export type WechatErrorCode =
  // Authentication of incoming requests.
  | "BAD_SIGNATURE"
  | "STALE_TIMESTAMP"
  | "BAD_APPID"
  | "ENCRYPTION_REQUIRED"
  // Crypto.
  | "BAD_KEY"
  | "BAD_ENCRYPT"
  | "BAD_PADDING"
  | "AES_NOT_CONFIGURED"
  // Payload shape.
  | "BODY_TOO_LARGE"
  | "BAD_ENCODING"
  | "MALFORMED_XML"
  | "XML_DOCTYPE"
  | "MISSING_FIELD"
  | "BAD_FIELD"
  | "UNSUPPORTED_ENCRYPT_TYPE"
  // Customer-service API.
  | "TOKEN_FAILED"
  | "TOKEN_INVALID"
  | "WINDOW_CLOSED"
  | "QUOTA_EXCEEDED"
  | "API_ERROR"
  | "HTTP_ERROR";

/** A refused WeChat request or failed API call, with a machine-readable code. */
export class WechatError extends Error {
  /**
   * @param code what went wrong, for status mapping and logs
   * @param message a short English text without secrets or user content
   * @param details WeChat's `errcode` and how many parts of a split message went out before the failure
   */
  constructor(
    readonly code: WechatErrorCode,
    message: string,
    readonly details: { errcode?: number; sentParts?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "WechatError";
  }
}
