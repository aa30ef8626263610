/**
 * The WeChat known-answer vectors (`test/fixtures/wechat/vectors.json`; where
 * they come from is in the README beside them).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One plain-signature vector. */
export interface PlainSignatureVector {
  source: string;
  token: string;
  timestamp: string;
  nonce: string;
  signature: string;
}

/** One encryption vector (with a msg signature for some). */
export interface EncryptVector {
  source: string;
  encodingAesKey: string;
  appId: string;
  random: string;
  message: string;
  encrypt: string;
  token?: string;
  timestamp?: string;
  nonce?: string;
  msgSignature?: string;
}

/** One decryption vector. */
export interface DecryptVector {
  source: string;
  token: string;
  encodingAesKey: string;
  appId: string;
  timestamp: string;
  nonce: string;
  encrypt: string;
  msgSignature: string;
  expected: { random: string; message: string; appId: string; padLength: number };
}

/** The vectors file. */
export interface Vectors {
  plainSignature: PlainSignatureVector[];
  encrypt: EncryptVector[];
  decrypt: DecryptVector[];
}

/** Reads the vectors from `test/fixtures/wechat/`. */
export function loadVectors(): Vectors {
  const path = fileURLToPath(new URL("../../fixtures/wechat/vectors.json", import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as Vectors;
}
