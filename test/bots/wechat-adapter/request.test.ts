import { describe, expect, it } from "vitest";
import { WechatCrypto } from "../../../bots/wechat-adapter/crypto.ts";
import { WechatError } from "../../../bots/wechat-adapter/errors.ts";
import {
  MAX_BODY_BYTES,
  decodePost,
  encodeReply,
  verifyGet,
  type WechatEndpointConfig,
} from "../../../bots/wechat-adapter/request.ts";
import { verifyMsgSignature } from "../../../bots/wechat-adapter/signature.ts";
import { leafFields, readXml } from "../../../bots/wechat-adapter/xml-reader.ts";
import { ACCOUNT, encryptedPush, plainPush, pushXml, textPushXml } from "../../helpers/wechat-pushes.ts";
import { loadVectors } from "./vectors.ts";

const vectors = loadVectors();
const NOW_S = 1_700_000_000;
const NOW = NOW_S * 1000;
const config: WechatEndpointConfig = { ...ACCOUNT };
const plainOnly: WechatEndpointConfig = { token: ACCOUNT.token, appId: ACCOUNT.appId };

describe("URL verification (GET)", () => {
  const v = vectors.plainSignature[0]!;
  const query = { signature: v.signature, timestamp: v.timestamp, nonce: v.nonce, echostr: "5837397520135391357" };

  it("answers the echostr unchanged when the signature is right", () => {
    expect(verifyGet(query, v.token)).toEqual({ status: 200, contentType: "text/plain; charset=utf-8", body: "5837397520135391357" });
    expect(verifyGet(new URLSearchParams(query), v.token).body).toBe("5837397520135391357");
  });

  it("answers 401 and not the echostr when the signature is wrong", () => {
    const answer = verifyGet({ ...query, signature: "0".repeat(40) }, v.token);
    expect(answer.status).toBe(401);
    expect(answer.body).not.toContain("5837397520135391357");
    expect(verifyGet({ ...query, signature: undefined }, v.token).status).toBe(401);
  });

  it("answers 400 when a correctly signed request has no echostr", () => {
    expect(verifyGet({ ...query, echostr: undefined }, v.token).status).toBe(400);
  });
});

describe("plain-mode pushes", () => {
  it("decode a correctly signed text message", () => {
    const result = decodePost({ ...plainPush(ACCOUNT.token, textPushXml("我想了解算力券"), NOW_S), config: plainOnly, now: NOW });
    expect(result).toMatchObject({ ok: true, mode: "plain", message: { type: "text", content: "我想了解算力券" } });
  });

  it("accept the body as UTF-8 bytes", () => {
    const push = plainPush(ACCOUNT.token, textPushXml("南宁"), NOW_S);
    const result = decodePost({ query: push.query, body: Buffer.from(push.body, "utf8"), config, now: NOW });
    expect(result).toMatchObject({ ok: true, message: { content: "南宁" } });
  });

  it("are refused with 401 when the signature is wrong or missing", () => {
    const push = plainPush("another-token", textPushXml("hi"), NOW_S);
    expect(decodePost({ ...push, config, now: NOW })).toEqual({ ok: false, status: 401, code: "BAD_SIGNATURE" });
    const unsigned = { ...push, query: { timestamp: String(NOW_S), nonce: "1" } };
    expect(decodePost({ ...unsigned, config, now: NOW })).toEqual({ ok: false, status: 401, code: "BAD_SIGNATURE" });
  });

  it("are refused with 401 when the timestamp is more than 5 minutes old or ahead", () => {
    for (const skew of [-301, 301, -86_400]) {
      const push = plainPush(ACCOUNT.token, textPushXml("hi"), NOW_S + skew);
      expect(decodePost({ ...push, config, now: NOW })).toEqual({ ok: false, status: 401, code: "STALE_TIMESTAMP" });
    }
  });

  it("are accepted at exactly 5 minutes of clock difference", () => {
    for (const skew of [-300, 300]) {
      const push = plainPush(ACCOUNT.token, textPushXml("hi"), NOW_S + skew);
      expect(decodePost({ ...push, config, now: NOW }).ok).toBe(true);
    }
  });

  it("are refused with 401 when the timestamp is not a number", () => {
    const push = plainPush(ACCOUNT.token, textPushXml("hi"), NOW_S);
    const result = decodePost({ ...push, query: { ...push.query, timestamp: "soon" }, config, now: NOW });
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it("are refused with 413 when the body is over 64 KB, before anything else is checked", () => {
    const big = textPushXml("中".repeat(22_000)); // about 66 KB
    expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_BODY_BYTES);
    expect(decodePost({ ...plainPush(ACCOUNT.token, big, NOW_S), config, now: NOW })).toEqual({
      ok: false,
      status: 413,
      code: "BODY_TOO_LARGE",
    });
    expect(decodePost({ query: {}, body: Buffer.alloc(65 * 1024, 0x20), config, now: NOW })).toMatchObject({ status: 413 });
  });

  it("are refused with 400 when the XML is malformed", () => {
    for (const body of ["<xml><Content>unclosed</xml>", "not xml at all", "", "<xml><ToUserName>gh</ToUserName></xml>"]) {
      const result = decodePost({ ...plainPush(ACCOUNT.token, body, NOW_S), config, now: NOW });
      expect(result).toMatchObject({ ok: false, status: 400 });
    }
  });

  it("are refused with 400 when they declare a DOCTYPE or entities (XXE)", () => {
    const xxe = `<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${textPushXml("x").replace("<![CDATA[x]]>", "&xxe;")}`;
    expect(decodePost({ ...plainPush(ACCOUNT.token, xxe, NOW_S), config, now: NOW })).toEqual({
      ok: false,
      status: 400,
      code: "XML_DOCTYPE",
    });
  });

  it("are refused with 400 when the bytes are not UTF-8", () => {
    const push = plainPush(ACCOUNT.token, "", NOW_S);
    const body = Buffer.concat([Buffer.from("<xml><Content>"), Buffer.from([0xff, 0xfe]), Buffer.from("</Content></xml>")]);
    expect(decodePost({ query: push.query, body, config, now: NOW })).toEqual({ ok: false, status: 400, code: "BAD_ENCODING" });
  });

  it("are refused with 401 when the account requires encryption", () => {
    const push = plainPush(ACCOUNT.token, textPushXml("hi"), NOW_S);
    expect(decodePost({ ...push, config: { ...config, requireEncryption: true }, now: NOW })).toEqual({
      ok: false,
      status: 401,
      code: "ENCRYPTION_REQUIRED",
    });
    const encrypted = encryptedPush(ACCOUNT, textPushXml("hi"), NOW_S);
    expect(decodePost({ ...encrypted, config: { ...config, requireEncryption: true }, now: NOW }).ok).toBe(true);
  });

  it("have control characters removed from the text", () => {
    const push = plainPush(ACCOUNT.token, textPushXml("你\u0000好\u001b[31m\t!"), NOW_S);
    expect(decodePost({ ...push, config, now: NOW })).toMatchObject({ ok: true, message: { content: "你好[31m\t!" } });
  });
});

describe("encrypted pushes", () => {
  it.each(vectors.decrypt.filter((v) => v.expected.message.startsWith("<xml>")))(
    "decode the known payload of $source",
    (v) => {
      const result = decodePost({
        query: { timestamp: v.timestamp, nonce: v.nonce, encrypt_type: "aes", msg_signature: v.msgSignature },
        body: `<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[${v.encrypt}]]></Encrypt></xml>`,
        config: { token: v.token, appId: v.appId, encodingAesKey: v.encodingAesKey },
        now: Number(v.timestamp) * 1000,
      });
      expect(result).toMatchObject({ ok: true, mode: "safe" });
      if (result.ok) expect(result.message.fields).toEqual(leafFields(readXml(v.expected.message)));
    },
  );

  it("decode a Chinese message in safe mode", () => {
    const result = decodePost({ ...encryptedPush(ACCOUNT, textPushXml("我们是东盟企业"), NOW_S), config, now: NOW });
    expect(result).toMatchObject({ ok: true, mode: "safe", message: { type: "text", content: "我们是东盟企业" } });
  });

  it("decode compatible mode and trust only the encrypted copy", () => {
    const push = encryptedPush(ACCOUNT, textPushXml("真的内容"), NOW_S, { compatible: true });
    const tampered = { ...push, body: push.body.replace("<![CDATA[真的内容]]>", "<![CDATA[forged]]>") };
    expect(tampered.body).toContain("forged");
    expect(decodePost({ ...tampered, config, now: NOW })).toMatchObject({
      ok: true,
      mode: "compatible",
      message: { content: "真的内容" },
    });
  });

  it("are refused with 401 when msg_signature does not sign the payload", () => {
    const push = encryptedPush(ACCOUNT, textPushXml("hi"), NOW_S);
    const result = decodePost({ ...push, query: { ...push.query, msg_signature: push.query.signature }, config, now: NOW });
    expect(result).toEqual({ ok: false, status: 401, code: "BAD_SIGNATURE" });
  });

  it("are refused with 401 when the payload names another app id", () => {
    const push = encryptedPush({ ...ACCOUNT, appId: "wx_someone_else" }, textPushXml("hi"), NOW_S);
    expect(decodePost({ ...push, config, now: NOW })).toEqual({ ok: false, status: 401, code: "BAD_APPID" });
  });

  it("are refused with 401 when stale, even with a valid msg_signature", () => {
    const push = encryptedPush(ACCOUNT, textPushXml("hi"), NOW_S - 600);
    expect(decodePost({ ...push, config, now: NOW })).toEqual({ ok: false, status: 401, code: "STALE_TIMESTAMP" });
  });

  it("are refused with 400 when the decrypted message declares a DOCTYPE", () => {
    const push = encryptedPush(ACCOUNT, `<!DOCTYPE x [<!ENTITY a "b">]>${textPushXml("x")}`, NOW_S);
    expect(decodePost({ ...push, config, now: NOW })).toEqual({ ok: false, status: 400, code: "XML_DOCTYPE" });
  });

  it("are refused with 400 when the payload was encrypted under another key", () => {
    const push = encryptedPush({ ...ACCOUNT, encodingAesKey: "B".repeat(43) }, textPushXml("hi"), NOW_S);
    expect(decodePost({ ...push, config, now: NOW })).toMatchObject({ ok: false, status: 400 });
  });

  it("are refused with 400 when no EncodingAESKey is configured", () => {
    const push = encryptedPush(ACCOUNT, textPushXml("hi"), NOW_S);
    expect(decodePost({ ...push, config: plainOnly, now: NOW })).toEqual({ ok: false, status: 400, code: "AES_NOT_CONFIGURED" });
  });

  it("are refused with 400 for an unknown encrypt_type", () => {
    const push = plainPush(ACCOUNT.token, textPushXml("hi"), NOW_S);
    const result = decodePost({ ...push, query: { ...push.query, encrypt_type: "rot13" }, config, now: NOW });
    expect(result).toEqual({ ok: false, status: 400, code: "UNSUPPORTED_ENCRYPT_TYPE" });
  });

  it("throw for a broken EncodingAESKey in the configuration, which is no client's fault", () => {
    const push = encryptedPush(ACCOUNT, textPushXml("hi"), NOW_S);
    expect(() => decodePost({ ...push, config: { ...ACCOUNT, encodingAesKey: "short" }, now: NOW })).toThrow(WechatError);
  });
});

describe("passive replies", () => {
  const incoming = decodePost({ ...plainPush(ACCOUNT.token, textPushXml("hi"), NOW_S), config, now: NOW });
  if (!incoming.ok) throw new Error("fixture did not decode");
  const message = incoming.message;

  it("are `success`, unencrypted, when there is nothing to say now, in every mode", () => {
    for (const mode of ["plain", "compatible", "safe"] as const) {
      expect(encodeReply({ mode, message, content: null, config })).toEqual({
        status: 200,
        contentType: "text/plain; charset=utf-8",
        body: "success",
      });
    }
  });

  it("go back in plain XML to the sender, from the account, in plain mode", () => {
    const answer = encodeReply({ mode: "plain", message, content: "您好]]>", config, now: NOW + 1500 });
    expect(answer.contentType).toBe("application/xml; charset=utf-8");
    expect(leafFields(readXml(answer.body))).toEqual({
      ToUserName: "o_user_1",
      FromUserName: "gh_test_account",
      CreateTime: String(NOW_S + 1),
      MsgType: "text",
      Content: "您好]]>",
    });
  });

  it.each(["compatible", "safe"] as const)("go back encrypted and signed in %s mode", (mode) => {
    const answer = encodeReply({ mode, message, content: "可以申请第九条", config, now: NOW, nonce: "777" });
    const fields = leafFields(readXml(answer.body));
    expect(fields.TimeStamp).toBe(String(NOW_S));
    expect(fields.Nonce).toBe("777");
    expect(verifyMsgSignature(ACCOUNT.token, fields.TimeStamp!, "777", fields.Encrypt!, fields.MsgSignature)).toBe(true);
    const inner = new WechatCrypto(ACCOUNT).decrypt(fields.Encrypt!).message;
    expect(leafFields(readXml(inner))).toMatchObject({ ToUserName: "o_user_1", Content: "可以申请第九条" });
  });
});

describe("a whole exchange in safe mode", () => {
  it("answers a Chinese question with a reply WeChat can decrypt, verify and read", () => {
    const push = encryptedPush(ACCOUNT, pushXml({
      ToUserName: "gh_test_account",
      FromUserName: "o_user_9",
      CreateTime: String(NOW_S),
      MsgType: "voice",
      MediaId: "m1",
      Format: "amr",
      Recognition: "我的公司能申请哪些补贴？",
      MsgId: "1234567890123456789",
    }), NOW_S);
    const decoded = decodePost({ ...push, config, now: NOW });
    if (!decoded.ok) throw new Error(decoded.code);
    expect(decoded.message).toMatchObject({ type: "voice", recognition: "我的公司能申请哪些补贴？" });
    const answer = encodeReply({ mode: decoded.mode, message: decoded.message, content: "请回复数字 1 或 2。", config, now: NOW });
    const fields = leafFields(readXml(answer.body));
    const inner = leafFields(readXml(new WechatCrypto(ACCOUNT).decrypt(fields.Encrypt!).message));
    expect(inner).toMatchObject({ ToUserName: "o_user_9", FromUserName: "gh_test_account", Content: "请回复数字 1 或 2。" });
  });
});
