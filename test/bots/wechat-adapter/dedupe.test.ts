import { describe, expect, it } from "vitest";
import { dedupeKey } from "../../../bots/wechat-adapter/dedupe.ts";
import { parseIncoming } from "../../../bots/wechat-adapter/xml.ts";
import { hashSlot } from "../../../core/store/hash-slot.ts";
import { pseudonymOf, sessionKeyOf, tagOf } from "../../../core/store/user-keys.ts";

function push(fields: Record<string, string>): string {
  return `<xml>${Object.entries(fields).map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`).join("")}</xml>`;
}

const text = (from: string, msgId: string, createTime = "1700000000", account = "gh") =>
  parseIncoming(push({ ToUserName: account, FromUserName: from, CreateTime: createTime, MsgType: "text", Content: "hi", MsgId: msgId }));
const event = (from: string, createTime: string, name: string) =>
  parseIncoming(push({ ToUserName: "gh", FromUserName: from, CreateTime: createTime, MsgType: "event", Event: name, EventKey: "K" }));

/** The hash tag of `key`, as Redis Cluster reads it. */
const tagIn = (key: string) => /\{([^}]+)\}/.exec(key)![1]!;
const twin = tagIn(dedupeKey(text("u1", "1")));
const u1 = `${twin}}${pseudonymOf("wechat:u1")}`;

describe("deduplication keys", () => {
  it("are the same for WeChat's retry of a message, whatever its CreateTime", () => {
    expect(dedupeKey(text("u1", "6054768590064713728"))).toBe(dedupeKey(text("u1", "6054768590064713728", "1700000003")));
    expect(dedupeKey(text("u1", "6054768590064713728"))).toBe(`wechat:delivery:{${u1}:gh:msg:6054768590064713728`);
  });

  it("differ for two users whose messages share a MsgId", () => {
    expect(dedupeKey(text("u1", "7"))).not.toBe(dedupeKey(text("u2", "7")));
  });

  it("differ for two official accounts served from one store", () => {
    expect(dedupeKey(text("u1", "7", "1700000000", "gh_a"))).not.toBe(dedupeKey(text("u1", "7", "1700000000", "gh_b")));
  });

  it("lie on the user's Redis Cluster slot, their session's, so that the push is claimed in the script that locks it", () => {
    for (const user of ["u1", "o_bench_000001", "oAbC-xyz_123"]) {
      const key = dedupeKey(text(user, "7"));
      expect(hashSlot(tagIn(key))).toBe(hashSlot(tagIn(sessionKeyOf(`wechat:${user}`))));
      expect(hashSlot(tagIn(key))).toBe(hashSlot(tagOf(`wechat:${user}`)));
    }
  });

  it("do not contain the user's openid", () => {
    expect(dedupeKey(text("o_secret_openid", "7"))).not.toContain("o_secret_openid");
  });

  it("differ for MsgIds that differ only in their last digit (no float rounding)", () => {
    expect(dedupeKey(text("u1", "6054768590064713728"))).not.toBe(dedupeKey(text("u1", "6054768590064713729")));
  });

  it("key events on user, CreateTime and event name", () => {
    expect(dedupeKey(event("u1", "1700000000", "CLICK"))).toBe(`wechat:delivery:{${u1}:gh:event:1700000000:CLICK`);
    expect(dedupeKey(event("u1", "1700000000", "CLICK"))).toBe(dedupeKey(event("u1", "1700000000", "click")));
    expect(dedupeKey(event("u1", "1700000000", "subscribe"))).not.toBe(dedupeKey(event("u1", "1700000000", "SCAN")));
    expect(dedupeKey(event("u1", "1700000000", "CLICK"))).not.toBe(dedupeKey(event("u1", "1700000001", "CLICK")));
  });

  it("use the MsgId of other messages when they have one, else their time and type", () => {
    const image = parseIncoming(push({ ToUserName: "gh", FromUserName: "u1", CreateTime: "5", MsgType: "image", MsgId: "77" }));
    expect(dedupeKey(image)).toBe(`wechat:delivery:{${u1}:gh:msg:77`);
    const view = event("u1", "5", "VIEW");
    expect(dedupeKey(view)).toBe(`wechat:delivery:{${u1}:gh:event:5:VIEW`);
  });
});
