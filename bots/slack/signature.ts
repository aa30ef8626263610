/**
 * Slack's request signature (v0): `x-slack-signature` is `v0=` and the hex
 * HMAC-SHA256, keyed with the signing secret, of `v0:<timestamp>:<raw body>`;
 * `x-slack-request-timestamp` is in seconds, and a request more than five
 * minutes away from our clock is refused so that a captured request cannot
 * be replayed later. Done here rather than by Bolt's receivers because the
 * route lives on our own server and must answer 401 with a reason code.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** The header carrying the signature. */
export const SIGNATURE_HEADER = "x-slack-signature";

/** The header carrying the request time, in Unix seconds. */
export const TIMESTAMP_HEADER = "x-slack-request-timestamp";

/** How far a request's timestamp may be from our clock, in seconds (Slack's advice: five minutes). */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

/** Why a request was refused, or "ok". */
export type SignatureVerdict = "ok" | "missing" | "stale" | "mismatch";

/** The `v0=<hex>` signature of `body` sent at `timestamp`. */
export function signatureOf(secret: string, timestamp: string, body: Buffer | string): string {
  const hmac = createHmac("sha256", secret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(body);
  return `v0=${hmac.digest("hex")}`;
}

/** What {@link verifySignature} checks. */
export interface SignedRequest {
  secret: string;
  signature: string | string[] | undefined;
  timestamp: string | string[] | undefined;
  body: Buffer;
  /** Our clock, in Unix seconds. */
  nowSeconds: number;
}

/** Checks a request's signature and age; the comparison takes the same time whatever the signature. */
export function verifySignature(req: SignedRequest): SignatureVerdict {
  const { signature, timestamp } = req;
  if (typeof signature !== "string" || typeof timestamp !== "string" || !/^\d{1,12}$/.test(timestamp)) return "missing";
  if (Math.abs(req.nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return "stale";
  const expected = Buffer.from(signatureOf(req.secret, timestamp, req.body), "utf8");
  const given = Buffer.from(signature, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected) ? "ok" : "mismatch";
}
