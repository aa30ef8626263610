/**
 * The platform fakes refuse what the platforms refuse, so that a change
 * that breaks a limit fails a test instead of failing in production.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlackApi } from "./fake-slack-api.ts";
import { FakeTelegramApi } from "./fake-telegram-api.ts";
import { FakeWechatApi } from "./fake-wechat-api.ts";

async function call(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return res.json();
}

describe("the Telegram fake", () => {
  let fake: FakeTelegramApi;
  const api = (method: string, payload: unknown) => call(`${fake.apiRoot}/bot1:x/${method}`, payload);
  beforeAll(async () => (fake = await FakeTelegramApi.start()));
  afterAll(() => fake.close());
  const button = (data: string, text = "OK") => ({ chat_id: 1, text: "Pick", reply_markup: { inline_keyboard: [[{ text, callback_data: data }]] } });

  it("takes callback data of 1 to 64 bytes and refuses empty or longer data", async () => {
    expect((await api("sendMessage", button("x".repeat(64)))).ok).toBe(true);
    expect((await api("sendMessage", button("é".repeat(33)))).description).toMatch(/BUTTON_DATA_INVALID/);
    expect((await api("sendMessage", button(""))).description).toMatch(/BUTTON_DATA_INVALID/);
    expect((await api("sendMessage", button("ok", ""))).description).toMatch(/BUTTON_TEXT_INVALID/);
    expect(fake.refused.map((r) => r.description)).toEqual(expect.arrayContaining([expect.stringMatching(/BUTTON_DATA_INVALID/)]));
  });

  it("takes texts of 1 to 4,096 characters", async () => {
    expect((await api("sendMessage", { chat_id: 1, text: "a".repeat(4096) })).ok).toBe(true);
    expect((await api("sendMessage", { chat_id: 1, text: "a".repeat(4097) })).description).toMatch(/too long/);
    expect((await api("sendMessage", { chat_id: 1, text: " " })).description).toMatch(/empty/);
  });

  it("refuses HTML whose tags do not nest, or with a stray < or &", async () => {
    const html = (text: string) => api("sendMessage", { chat_id: 1, text, parse_mode: "HTML" });
    expect((await html("<b>bold <i>both</i></b> &amp; more")).ok).toBe(true);
    expect((await html("<b>bold <i>both</b></i>")).ok).toBe(false);
    expect((await html("<b>never closed")).ok).toBe(false);
    expect((await html("1 < 2")).ok).toBe(false);
    expect((await html("R&D")).ok).toBe(false);
  });

  it("refuses command names outside [a-z0-9_]{1,32} and descriptions outside 1 to 256 characters", async () => {
    const menu = (command: string, description: string) => api("setMyCommands", { commands: [{ command, description }] });
    expect((await menu("check", "Check eligibility")).ok).toBe(true);
    expect((await menu("Check", "x")).description).toMatch(/BOT_COMMAND_INVALID/);
    expect((await menu("c".repeat(33), "x")).description).toMatch(/BOT_COMMAND_INVALID/);
    expect((await menu("check", "")).description).toMatch(/DESCRIPTION_INVALID/);
    expect((await menu("check", "d".repeat(257))).description).toMatch(/DESCRIPTION_INVALID/);
  });
});

describe("the Telegram fake for load (keep: false)", () => {
  it("shows every call to its observer and keeps none, so edits of what it sent are refused as unknown", async () => {
    const seen: string[] = [];
    const fake = await FakeTelegramApi.start({ keep: false, onCall: (c) => seen.push(`${c.method} ${c.payload.chat_id}`) });
    try {
      const api = (method: string, payload: unknown) => call(`${fake.apiRoot}/bot1:x/${method}`, payload);
      const sent = await api("sendMessage", { chat_id: 7, text: "Hello" });
      expect(sent.ok).toBe(true);
      expect((await api("editMessageText", { chat_id: 7, message_id: sent.result.message_id, text: "Edited" })).description).toMatch(/message to edit not found/);
      expect(seen).toEqual(["sendMessage 7", "editMessageText 7"]);
      expect(fake.calls).toEqual([]);
      expect(fake.messages.size).toBe(0);
    } finally {
      await fake.close();
    }
  });
});

describe("the Slack fake", () => {
  let fake: FakeSlackApi;
  const post = (args: unknown) => call(`${fake.apiUrl}chat.postMessage`, { channel: "D1", ...(args as object) });
  const section = (n: number) => ({ type: "section", text: { type: "mrkdwn", text: "x".repeat(n) } });
  const buttons = (...specs: { id: string; label?: string }[]) => ({ type: "actions", elements: specs.map((s) => ({ type: "button", action_id: s.id, value: "v", text: { type: "plain_text", text: s.label ?? "OK" } })) });
  beforeAll(async () => (fake = await FakeSlackApi.start()));
  afterAll(() => fake.close());

  it("takes a message inside the limits", async () => {
    expect((await post({ text: "hi", blocks: [section(3000), section(3000), buttons({ id: "a" }, { id: "b" })] })).ok).toBe(true);
  });

  it("refuses more than 50 blocks, a section over 3,000 characters and too much block text in all", async () => {
    expect((await post({ text: "hi", blocks: Array.from({ length: 51 }, () => section(1)) })).error).toBe("invalid_blocks");
    expect((await post({ text: "hi", blocks: [section(3001)] })).error).toBe("invalid_blocks");
    expect((await post({ text: "hi", blocks: Array.from({ length: 5 }, () => section(3000)) })).error).toBe("invalid_blocks");
  });

  it("refuses a button label over 75 characters and action ids repeated in one message", async () => {
    expect((await post({ text: "hi", blocks: [buttons({ id: "a", label: "l".repeat(76) })] })).error).toBe("invalid_blocks");
    expect((await post({ text: "hi", blocks: [buttons({ id: "a" }), buttons({ id: "a" })] })).error).toBe("invalid_blocks");
  });

  it("refuses a fallback text longer than the 4,000 characters Slack shows", async () => {
    expect((await post({ text: "t".repeat(4001), blocks: [section(10)] })).error).toBe("msg_too_long");
    expect(fake.refused.map((r) => r.error)).toContain("msg_too_long");
  });
});

describe("the WeChat customer-service fake", () => {
  let fake: FakeWechatApi;
  beforeAll(async () => (fake = await FakeWechatApi.start({ appId: "wx1", appSecret: "s" })));
  afterAll(() => fake.close());

  it("refuses a text over 2,048 UTF-8 bytes with 45002 and takes one at the limit", async () => {
    const token = ((await (await fetch(`${fake.baseUrl}/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s`)).json()) as { access_token: string }).access_token;
    const send = (content: string) => call(`${fake.baseUrl}/cgi-bin/message/custom/send?access_token=${token}`, { touser: "o1", msgtype: "text", text: { content } });
    expect((await send("字".repeat(682) + "ab")).errcode).toBe(0);
    expect((await send("字".repeat(683))).errcode).toBe(45002);
  });
});
