import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WechatCrypto, pad32, unpad32 } from "../../../bots/wechat-adapter/crypto.ts";
import { WechatError } from "../../../bots/wechat-adapter/errors.ts";
import { loadVectors } from "./vectors.ts";
import { codeOf as errorCode } from "../../helpers/error-code.ts";

const vectors = loadVectors();
const KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const APP_ID = "wx2c2769f8efd9abc2";

/** The WechatError code `fn` throws. */
const codeOf = (fn: () => unknown) => errorCode(WechatError, fn);

describe("encryption", () => {
  it.each(vectors.encrypt)("reproduces the known ciphertext of $source byte for byte", (v) => {
    const crypto = new WechatCrypto({ token: v.token ?? "t", encodingAesKey: v.encodingAesKey, appId: v.appId });
    expect(crypto.encrypt(v.message, v.random)).toBe(v.encrypt);
  });

  it("uses a fresh random prefix each time when none is given", () => {
    const crypto = new WechatCrypto({ token: "t", encodingAesKey: KEY, appId: APP_ID });
    expect(crypto.encrypt("同一条消息")).not.toBe(crypto.encrypt("同一条消息"));
  });
});

describe("decryption", () => {
  it.each(vectors.decrypt)("recovers the message, app id, random and padding of $source", (v) => {
    const crypto = new WechatCrypto({ token: v.token, encodingAesKey: v.encodingAesKey, appId: v.appId });
    expect(crypto.decrypt(v.encrypt)).toEqual(v.expected);
  });

  it.each(vectors.encrypt)("decrypts the known ciphertext of $source back to its message", (v) => {
    const crypto = new WechatCrypto({ token: "t", encodingAesKey: v.encodingAesKey, appId: v.appId });
    expect(crypto.decrypt(v.encrypt)).toMatchObject({ message: v.message, appId: v.appId, random: v.random });
  });

  it("refuses a payload written for another app id", () => {
    const v = vectors.decrypt[0]!;
    const crypto = new WechatCrypto({ token: v.token, encodingAesKey: v.encodingAesKey, appId: "wx0000000000000000" });
    expect(codeOf(() => crypto.decrypt(v.encrypt))).toBe("BAD_APPID");
  });

  it("refuses a payload encrypted under another key (its padding does not survive)", () => {
    const mine = new WechatCrypto({ token: "t", encodingAesKey: KEY, appId: APP_ID });
    const other = new WechatCrypto({ token: "t", encodingAesKey: "A".repeat(43), appId: APP_ID });
    // Over many messages some wrong-key decryptions end in a valid-looking pad byte; none may pass as ours.
    for (let i = 0; i < 50; i++) {
      expect(["BAD_PADDING", "BAD_ENCRYPT", "BAD_APPID"]).toContain(codeOf(() => mine.decrypt(other.encrypt(`m${i}`))));
    }
  });

  it("refuses text that is not base64 or not whole 32-byte blocks", () => {
    const crypto = new WechatCrypto({ token: "t", encodingAesKey: KEY, appId: APP_ID });
    expect(codeOf(() => crypto.decrypt("not base64!"))).toBe("BAD_ENCRYPT");
    expect(codeOf(() => crypto.decrypt(""))).toBe("BAD_ENCRYPT");
    expect(codeOf(() => crypto.decrypt(Buffer.alloc(16).toString("base64")))).toBe("BAD_ENCRYPT");
  });
});

describe("keys", () => {
  it("refuse an EncodingAESKey that is not 43 base64 characters", () => {
    for (const key of ["", KEY.slice(1), `${KEY}A`, `${KEY.slice(1)}!`]) {
      expect(codeOf(() => new WechatCrypto({ token: "t", encodingAesKey: key, appId: APP_ID }))).toBe("BAD_KEY");
    }
  });
});

describe("32-byte PKCS#7 padding", () => {
  it("pads 1 to 32 bytes and adds a full block of 32 when the length is already a multiple of 32", () => {
    expect(pad32(Buffer.alloc(31)).length).toBe(32);
    expect(pad32(Buffer.alloc(31))[31]).toBe(1);
    expect(pad32(Buffer.alloc(32)).length).toBe(64);
    expect([...pad32(Buffer.alloc(32)).subarray(32)]).toEqual(new Array(32).fill(32));
    expect(pad32(Buffer.alloc(0))).toEqual(Buffer.alloc(32, 32));
  });

  it("is refused when the pad byte is 0, over 32, or the pad bytes differ", () => {
    const block = Buffer.alloc(32, 1);
    expect(codeOf(() => unpad32(Buffer.concat([block.subarray(1), Buffer.from([0])])))).toBe("BAD_PADDING");
    expect(codeOf(() => unpad32(Buffer.alloc(64, 33)))).toBe("BAD_PADDING");
    const uneven = Buffer.alloc(32, 4);
    uneven[29] = 3;
    expect(codeOf(() => unpad32(uneven))).toBe("BAD_PADDING");
  });

  it("is stripped back to the original bytes for every length around a block", () => {
    for (let n = 0; n <= 96; n++) {
      const data = Buffer.alloc(n, 7);
      const { data: back, padLength } = unpad32(pad32(data));
      expect(back).toEqual(data);
      expect(padLength).toBe(32 - (n % 32));
    }
  });
});

describe("round trips", () => {
  const crypto = new WechatCrypto({ token: "t", encodingAesKey: KEY, appId: APP_ID });

  it("give back any Unicode message of 0 to 5,000 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 5000 }), (message) => {
        // Lone surrogates cannot be UTF-8; WeChat never sends them, so compare the well-formed form.
        expect(crypto.decrypt(crypto.encrypt(message)).message).toBe(Buffer.from(message, "utf8").toString("utf8"));
      }),
      { numRuns: 200 },
    );
  });

  it("give back messages whose framed length is an exact multiple of 32 bytes", () => {
    // 16 random + 4 length + appId (18) = 38 bytes of framing: a message of 26 + 32k bytes aligns.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.constantFrom("a", "é", "中", "😀"), (k, unit) => {
        const bytes = 26 + 32 * k;
        const size = Buffer.byteLength(unit);
        const message = unit.repeat(Math.floor(bytes / size)) + "a".repeat(bytes % size);
        const decrypted = crypto.decrypt(crypto.encrypt(message));
        expect(decrypted.message).toBe(message);
        expect(decrypted.padLength).toBe(32);
      }),
    );
  });

  it("give back Chinese and emoji text of exactly 32, 64 and 4,992 characters", () => {
    for (const length of [32, 64, 4992]) {
      const message = Array.from({ length }, (_, i) => (i % 3 === 0 ? "😀" : i % 3 === 1 ? "中" : "a")).join("");
      expect(crypto.decrypt(crypto.encrypt(message)).message).toBe(message);
    }
  });
});
