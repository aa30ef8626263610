import { describe, expect, it } from "vitest";
import {
  msgSignature,
  plainSignature,
  signaturesEqual,
  verifyMsgSignature,
  verifyPlainSignature,
} from "../../../bots/wechat-adapter/signature.ts";
import { loadVectors } from "./vectors.ts";

const vectors = loadVectors();

describe("plain signatures", () => {
  it.each(vectors.plainSignature)("reproduce the known answer of $source", (v) => {
    expect(plainSignature(v.token, v.timestamp, v.nonce)).toBe(v.signature);
    expect(verifyPlainSignature(v.token, v.timestamp, v.nonce, v.signature)).toBe(true);
  });

  it("do not depend on the order the three values are given in", () => {
    const v = vectors.plainSignature[0]!;
    expect(plainSignature(v.nonce, v.token, v.timestamp)).toBe(v.signature);
  });

  it("refuse a signature for another token, a changed digit, a missing value or a wrong length", () => {
    const v = vectors.plainSignature[0]!;
    expect(verifyPlainSignature("other", v.timestamp, v.nonce, v.signature)).toBe(false);
    const flipped = (v.signature[0] === "0" ? "1" : "0") + v.signature.slice(1);
    expect(verifyPlainSignature(v.token, v.timestamp, v.nonce, flipped)).toBe(false);
    expect(verifyPlainSignature(v.token, v.timestamp, v.nonce, undefined)).toBe(false);
    expect(verifyPlainSignature(v.token, v.timestamp, v.nonce, v.signature.slice(0, 39))).toBe(false);
  });

  it("accept the same signature in upper case", () => {
    const v = vectors.plainSignature[1]!;
    expect(signaturesEqual(v.signature, v.signature.toUpperCase())).toBe(true);
  });
});

describe("msg signatures", () => {
  it.each(vectors.decrypt)("reproduce the known answer of $source", (v) => {
    expect(msgSignature(v.token, v.timestamp, v.nonce, v.encrypt)).toBe(v.msgSignature);
    expect(verifyMsgSignature(v.token, v.timestamp, v.nonce, v.encrypt, v.msgSignature)).toBe(true);
  });

  it.each(vectors.encrypt.filter((v) => v.msgSignature !== undefined))(
    "reproduce the reply signature of $source",
    (v) => {
      expect(msgSignature(v.token!, v.timestamp!, v.nonce!, v.encrypt)).toBe(v.msgSignature);
    },
  );

  it("refuse a signature when the encrypted payload was changed", () => {
    const v = vectors.decrypt[0]!;
    expect(verifyMsgSignature(v.token, v.timestamp, v.nonce, `${v.encrypt}x`, v.msgSignature)).toBe(false);
  });
});
