/**
 * WeChat's request signatures: SHA-1 over the sorted strings, lowercase hex.
 * URL verification and plaintext pushes sign (token, timestamp, nonce); safe
 * and compatible modes add the `Encrypt` payload as a fourth string.
 */
import { createHash, timingSafeEqual } from "node:crypto";

function sha1OfSorted(parts: string[]): string {
  // A plain code-unit sort, as in every official sample: the inputs are ASCII.
  return createHash("sha1").update([...parts].sort().join(""), "utf8").digest("hex");
}

/** `signature` of URL verification and plaintext pushes: sha1(sort([token, timestamp, nonce])). */
export function plainSignature(token: string, timestamp: string, nonce: string): string {
  return sha1OfSorted([token, timestamp, nonce]);
}

/** `msg_signature` of safe/compatible mode: sha1(sort([token, timestamp, nonce, encrypt])). */
export function msgSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return sha1OfSorted([token, timestamp, nonce, encrypt]);
}

/** Compares a received hex signature with the expected one in constant time (case-insensitive). */
export function signaturesEqual(expected: string, received: string | undefined | null): boolean {
  if (typeof received !== "string") return false;
  const a = Buffer.from(expected.toLowerCase(), "utf8");
  const b = Buffer.from(received.toLowerCase(), "utf8");
  // Lengths are public (always 40 for SHA-1 hex); only the content must not leak through timing.
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when `signature` signs (token, timestamp, nonce). */
export function verifyPlainSignature(
  token: string,
  timestamp: string,
  nonce: string,
  signature: string | undefined | null,
): boolean {
  return signaturesEqual(plainSignature(token, timestamp, nonce), signature);
}

/** True when `signature` signs (token, timestamp, nonce, encrypt). */
export function verifyMsgSignature(
  token: string,
  timestamp: string,
  nonce: string,
  encrypt: string,
  signature: string | undefined | null,
): boolean {
  return signaturesEqual(msgSignature(token, timestamp, nonce, encrypt), signature);
}
