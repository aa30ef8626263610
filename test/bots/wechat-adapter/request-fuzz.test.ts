import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePost } from "../../../bots/wechat-adapter/request.ts";
import { encryptedPush, plainPush, pushXml, ACCOUNT } from "../../helpers/wechat-pushes.ts";

const NOW = 1_700_000_000_000;
const config = { token: ACCOUNT.token, appId: ACCOUNT.appId, encodingAesKey: ACCOUNT.encodingAesKey };

/** XML-ish text: fragments of real pushes, markup and random characters mixed. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom("<xml>", "</xml>", "<Content>", "</Content>", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;", "<MsgType>text</MsgType>", "<MsgId>1</MsgId>", "<Encrypt>", "</Encrypt>", "\u0000", "\uFFFF"),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("the WeChat request core under arbitrary input", () => {
  it("answers every correctly signed plain-mode body with a message or a 4xx, never an exception", () => {
    fc.assert(
      fc.property(xmlish, (body) => {
        const push = plainPush(ACCOUNT.token, body, NOW / 1000);
        const r = decodePost({ query: push.query, body: push.body, config, now: NOW });
        if (!r.ok) expect([400, 401, 413]).toContain(r.status);
      }),
      { numRuns: 500 },
    );
  });

  it("answers every encrypted push of arbitrary content with a message or a 4xx", () => {
    fc.assert(
      fc.property(xmlish, fc.boolean(), (inner, compatible) => {
        const push = encryptedPush(ACCOUNT, inner, NOW / 1000, { compatible });
        const r = decodePost({ query: push.query, body: push.body, config, now: NOW });
        if (!r.ok) expect([400, 401, 413]).toContain(r.status);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses arbitrary unsigned requests with 401, whatever the body", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("signature", "timestamp", "nonce", "encrypt_type", "msg_signature"), fc.string({ maxLength: 12 })), xmlish, (query, body) => {
        const r = decodePost({ query, body, config, now: NOW });
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a well-formed text push whatever its content", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).filter((s) => !s.includes("]]>")), (content) => {
        const xml = pushXml({ ToUserName: "gh_x", FromUserName: "o_1", CreateTime: "1700000000", MsgType: "text", Content: content, MsgId: "1" });
        const push = plainPush(ACCOUNT.token, xml, NOW / 1000);
        const r = decodePost({ query: push.query, body: push.body, config, now: NOW });
        if (r.ok) expect(r.message.type).toBe("text");
        else expect(r.status).toBe(400);
      }),
      { numRuns: 300 },
    );
  });
});
