import { describe, expect, it } from "vitest";
import { actionFor, menuInput } from "../../../bots/wechat-adapter/inputs.ts";
import { parseIncoming } from "../../../bots/wechat-adapter/xml.ts";
import { pushXml } from "../../helpers/wechat-pushes.ts";

const push = (fields: Record<string, string>) =>
  parseIncoming(pushXml({ ToUserName: "gh_test_account", FromUserName: "o_user_1", CreateTime: "1700000000", ...fields }));

describe("what a push asks of the channel", () => {
  it("takes a text message as the user's text, exactly as typed", () => {
    expect(actionFor(push({ MsgType: "text", Content: " 50万 ", MsgId: "1" }))).toEqual({ kind: "turn", input: { kind: "text", text: " 50万 " } });
  });

  it("takes a voice message by WeChat's transcript", () => {
    expect(actionFor(push({ MsgType: "voice", MediaId: "m", Format: "amr", Recognition: "是", MsgId: "2" }))).toEqual({
      kind: "turn",
      input: { kind: "text", text: "是" },
    });
  });

  it("asks for typing when a voice message has no transcript", () => {
    expect(actionFor(push({ MsgType: "voice", MediaId: "m", Format: "amr", MsgId: "3" }))).toEqual({ kind: "notice", key: "wechat.voiceUnrecognised" });
  });

  it("greets a new follower", () => {
    expect(actionFor(push({ MsgType: "event", Event: "subscribe", EventKey: "qrscene_expo" }))).toEqual({ kind: "turn", input: { kind: "start" } });
  });

  it("says nothing to someone who unfollows, nor on QR scans and menu links", () => {
    expect(actionFor(push({ MsgType: "event", Event: "unsubscribe" }))).toEqual({ kind: "ignore" });
    expect(actionFor(push({ MsgType: "event", Event: "SCAN", EventKey: "expo" }))).toEqual({ kind: "ignore" });
    expect(actionFor(push({ MsgType: "event", Event: "VIEW", EventKey: "https://example.com" }))).toEqual({ kind: "ignore" });
  });

  it("answers images and other messages it cannot read with a polite notice", () => {
    expect(actionFor(push({ MsgType: "image", PicUrl: "http://x/p.jpg", MediaId: "m", MsgId: "4" }))).toEqual({ kind: "notice", key: "wechat.unsupported" });
    expect(actionFor(push({ MsgType: "location", Location_X: "22.8", Location_Y: "108.3", MsgId: "5" }))).toEqual({ kind: "notice", key: "wechat.unsupported" });
  });

  it("turns a menu click into its command", () => {
    expect(actionFor(push({ MsgType: "event", Event: "CLICK", EventKey: "CHECK" }))).toEqual({ kind: "turn", input: { kind: "command", name: "check" } });
    expect(actionFor(push({ MsgType: "event", Event: "CLICK", EventKey: "NOT_A_COMMAND" }))).toEqual({ kind: "ignore" });
  });
});

describe("menu keys", () => {
  it("map every documented key to its command, whatever the case", () => {
    for (const [key, name] of [["CHECK", "check"], ["ask", "ask"], ["Lang", "lang"], ["HELP", "help"], ["RESTART", "restart"], ["FORGET", "forget"], ["RESULTS", "results"]] as const) {
      expect(menuInput(key)).toEqual({ kind: "command", name });
    }
  });

  it("treat START as the first-contact greeting", () => {
    expect(menuInput("START")).toEqual({ kind: "start" });
  });

  it("carry a language after LANG_", () => {
    expect(menuInput("LANG_vi")).toEqual({ kind: "command", name: "lang", arg: "vi" });
    expect(menuInput("LANG:en")).toEqual({ kind: "command", name: "lang", arg: "en" });
  });

  it("know nothing of other keys", () => {
    expect(menuInput("")).toBeNull();
    expect(menuInput("V1001_TODAY_MUSIC")).toBeNull();
    expect(menuInput("CHECK NOW")).toBeNull();
  });
});
