import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCny } from "../../../core/i18n/format.ts";
import { D } from "../../../core/rules/money.ts";
import { plainSignature } from "../../../bots/wechat-adapter/signature.ts";
import { startWechatApp, type WechatApp, countTurns } from "../../helpers/wechat-app.ts";
import { freshMsgId } from "../../helpers/wechat-client.ts";
import { ACCOUNT, plainPush, textPushXml } from "../../helpers/wechat-pushes.ts";
import { runChineseCheck, scriptedEvaluation } from "../../helpers/wechat-script.ts";
import { t } from "../../../core/i18n/messages/index.ts";

let wechat: WechatApp;

beforeAll(async () => {
  wechat = await startWechatApp();
});

afterAll(async () => {
  await wechat.close();
});

function now(): number {
  return Math.floor(Date.now() / 1000);
}

async function post(query: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${wechat.baseUrl}/wechat?${new URLSearchParams(query)}`, { method: "POST", headers: { "content-type": "text/xml" }, body });
  return { status: response.status, body: await response.text() };
}

/** The result card's amount for `measure` as the rules core computes it, formatted as a Chinese user reads it. */
function expectedAmounts(): { lines: Map<string, string>; total: string } {
  const evaluation = scriptedEvaluation();
  const lines = new Map<string, string>();
  let total = new D(0);
  for (const r of evaluation.results) {
    if ((r.status === "eligible" || r.status === "likely") && r.maxCashCNY && (r.measure === "m06" || r.measure === "m09")) {
      lines.set(r.measure, formatCny(r.maxCashCNY, "zh"));
      total = total.plus(r.maxCashCNY);
    }
  }
  return { lines, total: formatCny(total, "zh") };
}

function assertResultCard(card: string): void {
  const { lines, total } = expectedAmounts();
  expect(lines.size).toBe(2);
  expect(card).toContain("支持模型训练");
  expect(card).toContain("支持建设数据集");
  const cardLines = card.split("\n");
  const line = (title: string) => cardLines.find((l) => l.includes(title)) ?? "";
  expect(line("支持模型训练")).toContain(lines.get("m09"));
  expect(line("支持建设数据集")).toContain(lines.get("m06"));
  expect(line("合计")).toContain(total);
}

describe("GET /wechat", () => {
  it("answers WeChat's URL verification with the echostr unchanged, as plain text", async () => {
    const ts = String(now());
    const query = new URLSearchParams({ signature: plainSignature(ACCOUNT.token, ts, "42"), timestamp: ts, nonce: "42", echostr: "5838479218127813673" });
    const response = await fetch(`${wechat.baseUrl}/wechat?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe("5838479218127813673");
  });

  it("refuses a verification signed with another token with 401 and no echo", async () => {
    const ts = String(now());
    const query = new URLSearchParams({ signature: plainSignature("not-our-token", ts, "42"), timestamp: ts, nonce: "42", echostr: "<script>1</script>" });
    const response = await fetch(`${wechat.baseUrl}/wechat?${query}`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("script");
  });
});

describe("POST /wechat refuses what WeChat did not send", () => {
  it("refuses a bad signature with 401 without running a turn", async () => {
    const turns = countTurns(wechat.app.conversations);
    const push = plainPush("not-our-token", textPushXml("你好", { createTime: now() }), now());
    const answer = await post(push.query, push.body);
    expect(answer).toEqual({ status: 401, body: "unauthorized" });
    expect(turns.count).toBe(0);
    turns.restore();
  });

  it("refuses a correctly signed push whose timestamp is more than 5 minutes old with 401", async () => {
    const push = plainPush(ACCOUNT.token, textPushXml("你好"), now() - 6 * 60);
    expect(await post(push.query, push.body)).toEqual({ status: 401, body: "unauthorized" });
  });

  it("refuses a 65 KB body with 413", async () => {
    const push = plainPush(ACCOUNT.token, textPushXml("好".repeat(22_500)), now());
    expect(Buffer.byteLength(push.body)).toBeGreaterThan(65 * 1024);
    expect((await post(push.query, push.body)).status).toBe(413);
  });

  it("refuses malformed XML with 400 and no details", async () => {
    const push = plainPush(ACCOUNT.token, "<xml><ToUserName>gh</ToUserName><MsgType>text", now());
    expect(await post(push.query, push.body)).toEqual({ status: 400, body: "bad request" });
  });

  it("refuses a DOCTYPE (an XXE attempt) with 400", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>`;
    const push = plainPush(ACCOUNT.token, xxe, now());
    const answer = await post(push.query, push.body);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain("root:");
  });

  it("refuses an encrypted push whose msg_signature does not match with 401", async () => {
    const ts = String(now());
    const query = { signature: plainSignature(ACCOUNT.token, ts, "7"), timestamp: ts, nonce: "7", encrypt_type: "aes", msg_signature: "0".repeat(40) };
    expect((await post(query, "<xml><ToUserName>gh</ToUserName><Encrypt>AAAA</Encrypt></xml>")).status).toBe(401);
  });
});

describe("a full eligibility check in Chinese", () => {
  it("runs through signed plaintext pushes, answered with numbers and words, to the rules core's amounts", async () => {
    const card = await runChineseCheck(wechat.user("plain", "o_plain_check"));
    assertResultCard(card.content!);
    expect(card.content).toMatch(/\n {2}1\. 解释：/);
  });

  it("runs through encrypted pushes in safe mode, with encrypted replies", async () => {
    const user = wechat.user("safe", "o_safe_check");
    const card = await runChineseCheck(user);
    expect(card.body).toContain("<Encrypt>");
    expect(card.body).not.toContain("您的预判结果");
    assertResultCard(card.content!);
  });

  it("runs in compatible mode, trusting only the encrypted copy and replying encrypted", async () => {
    const user = wechat.user("compatible", "o_compatible");
    const reply = await user.event("subscribe");
    expect(reply.body).toContain("<Encrypt>");
    expect(reply.content).toContain("预判我的申报资格");
  });
});

describe("retries never run a turn twice", () => {
  it("answers the same MsgId sent three times with one turn and the same reply", async () => {
    const user = wechat.user("plain", "o_retry_sequential");
    await user.event("subscribe");
    const turns = countTurns(wechat.app.conversations);
    const msgId = freshMsgId();
    const replies = [await user.text("1", msgId), await user.text("1", msgId), await user.text("1", msgId)];
    expect(turns.count).toBe(1);
    turns.restore();
    expect(replies.map((r) => r.content)).toEqual([replies[0]!.content, replies[0]!.content, replies[0]!.content]);
    expect(replies[0]!.content).toContain("第1题");
    // The session moved one step: the next answer is taken as the first question's.
    expect((await user.text("1")).content).toContain("第2题");
  });

  it("runs one turn when the three tries arrive together, and every try gets its answer", async () => {
    const user = wechat.user("safe", "o_retry_together");
    await user.event("subscribe");
    const turns = countTurns(wechat.app.conversations);
    const msgId = freshMsgId();
    const replies = await Promise.all([user.text("1", msgId), user.text("1", msgId), user.text("1", msgId)]);
    expect(turns.count).toBe(1);
    turns.restore();
    for (const r of replies) expect(r.content).toContain("第1题");
  });

  it("greets once when a subscribe event is retried with the same CreateTime", async () => {
    const user = wechat.user("plain", "o_retry_event");
    const turns = countTurns(wechat.app.conversations);
    const createTime = now();
    const first = await user.event("subscribe", undefined, createTime);
    const again = await user.event("subscribe", undefined, createTime);
    expect(turns.count).toBe(1);
    turns.restore();
    expect(again.content).toBe(first.content);
  });

  it("keeps two users' equal MsgIds apart", async () => {
    const [userA, userB] = [wechat.user("plain", "o_same_id_a"), wechat.user("plain", "o_same_id_b")];
    await userB.event("subscribe");
    const msgId = freshMsgId();
    const turns = countTurns(wechat.app.conversations);
    const a = await userA.text("帮助", msgId);
    const b = await userB.text("1", msgId);
    expect(turns.count).toBe(2);
    turns.restore();
    expect(a.content).toContain("我可以");
    expect(b.content).toContain("您属于哪类申报主体");
  });
});

describe("messages and events", () => {
  it("reads a voice message by WeChat's transcript", async () => {
    const user = wechat.user("plain", "o_voice");
    await user.event("subscribe");
    expect((await user.voice("帮助")).content).toContain("我可以");
  });

  it("asks the user to type when a voice message has no transcript", async () => {
    const reply = await wechat.user("plain", "o_voice_silent").voice(null);
    expect(reply.content).toContain(t("zh", "voiceNotRecognized"));
  });

  it("answers an image politely that it reads text only", async () => {
    const reply = await wechat.user("plain", "o_image").image();
    expect(reply.content).toContain(t("zh", "nonText"));
  });

  it("acknowledges an unsubscribe with success and runs no turn", async () => {
    const turns = countTurns(wechat.app.conversations);
    const reply = await wechat.user("plain", "o_leaving").event("unsubscribe");
    expect(reply).toMatchObject({ status: 200, body: "success", content: null });
    expect(turns.count).toBe(0);
    turns.restore();
  });

  it("maps the menu keys CHECK and HELP to commands, even tapped within one second, and acknowledges unknown keys", async () => {
    const user = wechat.user("plain", "o_menu");
    await user.event("subscribe");
    expect((await user.event("CLICK", "CHECK")).content).toContain("您属于哪类申报主体");
    expect((await user.event("CLICK", "help")).content).toContain("关于这个问题");
    expect((await user.event("CLICK", "NO_SUCH_KEY")).body).toBe("success");
  });

  it("switches language from the menu key LANG_en", async () => {
    const user = wechat.user("plain", "o_menu_lang");
    await user.event("subscribe");
    expect((await user.event("CLICK", "LANG_en")).content).toMatch(/English/);
  });
});

describe("logs", () => {
  it("never hold what users wrote or the account's secrets", async () => {
    const user = wechat.user("plain", "o_private");
    await user.event("subscribe");
    await user.text("我的秘密公司名称");
    await user.text("1");
    const logs = wechat.logs.join("");
    expect(logs).not.toContain("我的秘密公司名称");
    expect(logs).not.toContain(ACCOUNT.token);
    expect(logs).not.toContain(ACCOUNT.encodingAesKey);
  });
});

describe("a long reply without the customer-service API", () => {
  it("is cut with the note in the user's language, not always in Chinese", async () => {
    const user = wechat.user("plain", "o_cut_in_burmese");
    await runChineseCheck(user);
    await user.text("/lang my");
    const card = await user.text("/results");
    expect(Buffer.byteLength(card.content ?? "", "utf8")).toBeLessThanOrEqual(2000);
    expect(card.content).toContain(t("my", "reply.cut"));
    expect(card.content).not.toContain(t("zh", "reply.cut"));
  });
});
