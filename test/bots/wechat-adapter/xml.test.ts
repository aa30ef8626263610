import { describe, expect, it } from "vitest";
import { WechatCrypto } from "../../../bots/wechat-adapter/crypto.ts";
import { WechatError } from "../../../bots/wechat-adapter/errors.ts";
import { msgSignature } from "../../../bots/wechat-adapter/signature.ts";
import { readXml, leafFields } from "../../../bots/wechat-adapter/xml-reader.ts";
import {
  buildEncryptedReply,
  buildTextReply,
  parseEncryptedEnvelope,
  parseIncoming,
} from "../../../bots/wechat-adapter/xml.ts";
import { loadVectors } from "./vectors.ts";
import { codeOf as errorCode } from "../../helpers/error-code.ts";

const vectors = loadVectors();

function push(fields: Record<string, string>): string {
  const body = Object.entries(fields)
    .map(([name, value]) => `<${name}><![CDATA[${value}]]></${name}>`)
    .join("\n");
  return `<xml>${body}</xml>`;
}

const base = { ToUserName: "gh_account", FromUserName: "openid_1", CreateTime: "1715943329" };

/** The WechatError code `fn` throws. */
const codeOf = (fn: () => unknown) => errorCode(WechatError, fn);

describe("incoming messages", () => {
  it("read a text message with its 64-bit MsgId intact", () => {
    const message = parseIncoming(vectors.decrypt[0]!.expected.message);
    expect(message).toMatchObject({
      type: "text",
      toUserName: "gh_10f6c3c3ac5a",
      fromUserName: "oyORnuP8q7ou2gfYjqLzSIWZf0rs",
      createTime: 1409735668,
      content: "abcdteT",
      msgId: "6054768590064713728",
    });
  });

  it("keep Chinese text, spaces and line breaks exactly as typed", () => {
    const message = parseIncoming(push({ ...base, MsgType: "text", Content: " 我想申请算力券\n谢谢 ", MsgId: "1" }));
    expect(message).toMatchObject({ type: "text", content: " 我想申请算力券\n谢谢 " });
  });

  it("read a voice message with WeChat's transcript as the text", () => {
    const message = parseIncoming(
      push({ ...base, MsgType: "voice", MediaId: "media_1", Format: "amr", Recognition: "我们公司在南宁。", MsgId: "42" }),
    );
    expect(message).toEqual(
      expect.objectContaining({ type: "voice", mediaId: "media_1", format: "amr", recognition: "我们公司在南宁。", msgId: "42" }),
    );
  });

  it("read a voice message without recognition as having no transcript", () => {
    const message = parseIncoming(push({ ...base, MsgType: "voice", MediaId: "m", Format: "amr", Recognition: "", MsgId: "43" }));
    expect(message).toMatchObject({ type: "voice", recognition: null });
  });

  it("read a follow from a parametrised QR code with its scene", () => {
    const message = parseIncoming(push({ ...base, MsgType: "event", Event: "subscribe", EventKey: "qrscene_expo2025", Ticket: "T" }));
    expect(message).toMatchObject({ type: "event", event: "subscribe", eventKey: "qrscene_expo2025", scene: "expo2025", ticket: "T" });
  });

  it("read a plain follow with no scene", () => {
    expect(parseIncoming(push({ ...base, MsgType: "event", Event: "subscribe" }))).toMatchObject({
      event: "subscribe",
      eventKey: null,
      scene: null,
    });
  });

  it("read unfollows, scans and menu clicks", () => {
    expect(parseIncoming(push({ ...base, MsgType: "event", Event: "unsubscribe" }))).toMatchObject({ event: "unsubscribe" });
    expect(parseIncoming(push({ ...base, MsgType: "event", Event: "SCAN", EventKey: "123" }))).toMatchObject({
      event: "SCAN",
      eventKey: "123",
    });
    expect(parseIncoming(push({ ...base, MsgType: "event", Event: "CLICK", EventKey: "CMD_CHECK" }))).toMatchObject({
      event: "CLICK",
      eventKey: "CMD_CHECK",
    });
  });

  it("report any other message or event as other, keeping its fields", () => {
    expect(parseIncoming(push({ ...base, MsgType: "image", PicUrl: "http://x", MsgId: "9" }))).toMatchObject({
      type: "other",
      msgType: "image",
      msgId: "9",
      fields: expect.objectContaining({ PicUrl: "http://x" }),
    });
    expect(parseIncoming(vectors.decrypt[2]!.expected.message)).toMatchObject({
      type: "other",
      msgType: "event",
      event: "debug_demo",
    });
  });

  it("are refused when a required field is missing or CreateTime is not a number", () => {
    expect(codeOf(() => parseIncoming(push({ ...base, MsgType: "text", Content: "x" })))).toBe("MISSING_FIELD");
    expect(codeOf(() => parseIncoming(push({ ToUserName: "a", CreateTime: "1", MsgType: "text", MsgId: "1" })))).toBe(
      "MISSING_FIELD",
    );
    expect(codeOf(() => parseIncoming(push({ ...base, CreateTime: "yesterday", MsgType: "text", MsgId: "1" })))).toBe(
      "BAD_FIELD",
    );
  });

  it("are refused when the root is not <xml>", () => {
    expect(codeOf(() => parseIncoming("<root><MsgType>text</MsgType></root>"))).toBe("MALFORMED_XML");
  });

  it("are refused when they declare a DOCTYPE", () => {
    expect(codeOf(() => parseIncoming(`<!DOCTYPE xml SYSTEM "http://evil/x.dtd">${push(base)}`))).toBe("XML_DOCTYPE");
  });
});

describe("encrypted envelopes", () => {
  it("read safe mode's ToUserName and Encrypt", () => {
    const envelope = parseEncryptedEnvelope("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[abc=]]></Encrypt></xml>");
    expect(envelope).toEqual({ toUserName: "gh_1", encrypt: "abc=", hasPlaintext: false });
  });

  it("notice compatible mode's plaintext copy beside Encrypt", () => {
    const envelope = parseEncryptedEnvelope(push({ ...base, MsgType: "text", Content: "x", MsgId: "1", Encrypt: "abc=" }));
    expect(envelope.hasPlaintext).toBe(true);
  });

  it("are refused without Encrypt", () => {
    expect(codeOf(() => parseEncryptedEnvelope("<xml><ToUserName>gh</ToUserName></xml>"))).toBe("MISSING_FIELD");
  });
});

describe("text replies", () => {
  it("address the user from the account with every string in CDATA", () => {
    expect(buildTextReply({ to: "openid_1", from: "gh_account", content: "您好", createTime: 1700000000 })).toBe(
      "<xml><ToUserName><![CDATA[openid_1]]></ToUserName><FromUserName><![CDATA[gh_account]]></FromUserName>" +
        "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[您好]]></Content></xml>",
    );
  });

  it("escape ]]> from generated text so the reply stays one well-formed field", () => {
    const content = "a]]>b<![CDATA[c]]]]>d";
    const xml = buildTextReply({ to: "u", from: "gh", content, createTime: 1 });
    expect(xml).toContain("a]]]]><![CDATA[>b");
    expect(leafFields(readXml(xml)).Content).toBe(content);
  });

  it("drop control characters that would break WeChat's parser", () => {
    const xml = buildTextReply({ to: "u", from: "gh", content: "第\u0000一\u0007行\n第二行", createTime: 1 });
    expect(leafFields(readXml(xml)).Content).toBe("第一行\n第二行");
  });
});

describe("encrypted replies", () => {
  it("wrap the encrypted reply with the signature of its timestamp and nonce", () => {
    const v = vectors.encrypt[1]!;
    const crypto = new WechatCrypto({ token: v.token!, encodingAesKey: v.encodingAesKey, appId: v.appId });
    const xml = buildEncryptedReply(crypto, v.message, v.timestamp!, v.nonce!, v.random);
    expect(xml).toBe(
      `<xml><Encrypt><![CDATA[${v.encrypt}]]></Encrypt><MsgSignature><![CDATA[${v.msgSignature}]]></MsgSignature>` +
        `<TimeStamp>${v.timestamp}</TimeStamp><Nonce><![CDATA[${v.nonce}]]></Nonce></xml>`,
    );
  });

  it("decrypt back to the reply and verify under the token", () => {
    const crypto = new WechatCrypto({ token: "tok", encodingAesKey: "A".repeat(43), appId: "wx1" });
    const reply = buildTextReply({ to: "u", from: "gh", content: "回复", createTime: 1 });
    const fields = leafFields(readXml(buildEncryptedReply(crypto, reply, "1700000000", "123")));
    expect(fields.MsgSignature).toBe(msgSignature("tok", "1700000000", "123", fields.Encrypt!));
    expect(crypto.decrypt(fields.Encrypt!).message).toBe(reply);
  });
});
