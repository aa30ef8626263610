import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../../core/dialogues/types.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { createTelegramChannel } from "../../../bots/telegram/channel.ts";
import { TelegramError } from "../../../bots/telegram/errors.ts";
import type { Conversations } from "../../../core/dialogues/conversations.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { loadConfig } from "../../../server/config.ts";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.ts";
import { post, postUpdate, recordingLogger, SECRET, startChannel, stubConversations, telegramEnv, TOKEN, type ChannelHarness } from "./harness.ts";
import { ACK_WAIT_MS } from "../../../bots/telegram/webhook.ts";

const user = { id: 42, language_code: "vi" };
const echo = stubConversations((input): Reply[] => [{ kind: "text", text: input.kind === "text" ? `You said: ${input.text}` : `(${input.kind})` }]);
let h: ChannelHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
  echo.inputs.length = 0;
});

describe("Telegram webhook: start-up", () => {
  it("registers the webhook with the secret, for messages and button presses only", async () => {
    h = await startChannel("webhook", echo);
    const [call] = h.fake.callsOf("setWebhook");
    expect(call?.payload).toMatchObject({ url: "https://bot.example.org/telegram", secret_token: SECRET, allowed_updates: ["message", "callback_query"] });
    expect(call?.token).toBe(TOKEN);
    expect(h.fake.callsOf("deleteWebhook")).toEqual([]);
  });

  it("registers the command menu in all ten languages and a default without a language code", async () => {
    h = await startChannel("webhook", echo);
    const calls = h.fake.callsOf("setMyCommands");
    expect(calls.map((c) => c.payload.language_code)).toEqual([undefined, "zh", "en", "vi", "th", "id", "ms", "tl", "km", "lo", "my"]);
    for (const c of calls) expect(c.payload.commands.map((x: { command: string }) => x.command)).toEqual(["start", "check", "ask", "lang", "restart", "forget", "help"]);
    const zh = calls.find((c) => c.payload.language_code === "zh")!;
    expect(zh.payload.commands[0].description).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("Telegram channel: start-up failures", () => {
  it("stops start-up with BAD_TOKEN when Telegram refuses the token, without naming it", async () => {
    const fake = await FakeTelegramApi.start();
    try {
      fake.failNext("getMe", 401, "Unauthorized");
      const { logger } = recordingLogger();
      const channel = createTelegramChannel({ config: loadConfig(telegramEnv(fake, "webhook")), conversations: echo as unknown as Conversations, store: new MemoryStore(), explainer: new TemplateExplainer(), logger });
      const error = await channel.start().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TelegramError);
      expect((error as TelegramError).code).toBe("BAD_TOKEN");
      expect((error as Error).message).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });

  it("stops start-up with SETUP_FAILED when the Bot API cannot be reached, keeping the token out of the error", async () => {
    const fake = await FakeTelegramApi.start();
    const config = loadConfig(telegramEnv(fake, "polling"));
    await fake.close();
    const channel = createTelegramChannel({ config, conversations: echo as unknown as Conversations, store: new MemoryStore(), explainer: new TemplateExplainer(), logger: recordingLogger().logger });
    const error = await channel.start().catch((e: unknown) => e);
    expect((error as TelegramError).code).toBe("SETUP_FAILED");
    expect(inspect(error, { depth: 10 })).not.toContain(TOKEN);
  });

  it("is not built without a token", async () => {
    const fake = await FakeTelegramApi.start();
    try {
      const config = { ...loadConfig(telegramEnv(fake, "polling")), TELEGRAM_BOT_TOKEN: undefined };
      expect(() => createTelegramChannel({ config, conversations: echo as unknown as Conversations, store: new MemoryStore(), explainer: new TemplateExplainer(), logger: recordingLogger().logger })).toThrow(TelegramError);
    } finally {
      await fake.close();
    }
  });

  it("still starts when a command menu is refused, and says which", async () => {
    const fake = await FakeTelegramApi.start();
    try {
      fake.failNext("setMyCommands", 400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
      const { logger, records } = recordingLogger();
      const channel = createTelegramChannel({ config: loadConfig(telegramEnv(fake, "webhook")), conversations: echo as unknown as Conversations, store: new MemoryStore(), explainer: new TemplateExplainer(), logger });
      await channel.start();
      expect(records).toContainEqual(expect.objectContaining({ level: "warn", obj: expect.objectContaining({ event: "telegram_commands_failed", languageCode: "default" }) }));
      expect(fake.callsOf("setMyCommands")).toHaveLength(11);
      await channel.stop();
    } finally {
      await fake.close();
    }
  });
});

describe("Telegram webhook: requests", () => {
  it("answers an update with the right secret with 200 and sends the reply", async () => {
    h = await startChannel("webhook", echo);
    const res = await postUpdate(h.baseUrl, h.fake.textUpdate(user, "hello"));
    expect(res.status).toBe(200);
    await h.channel.idle(5000);
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["You said: hello"]);
    expect(echo.inputs).toEqual([{ userKey: "telegram:42", input: { kind: "text", text: "hello" }, platformLang: "vi" }]);
  });

  it("refuses an update with a wrong or missing secret with 401 and runs nothing", async () => {
    h = await startChannel("webhook", echo);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "forged"), "wrong-secret")).status).toBe(401);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "forged"), null)).status).toBe(401);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "forged"), `${SECRET}x`)).status).toBe(401);
    await h.channel.idle(5000);
    expect(echo.inputs).toEqual([]);
    expect(h.fake.callsOf("sendMessage")).toEqual([]);
  });

  it("runs an update delivered twice only once", async () => {
    h = await startChannel("webhook", echo);
    const update = h.fake.textUpdate(user, "once");
    expect((await postUpdate(h.baseUrl, update)).status).toBe(200);
    expect((await postUpdate(h.baseUrl, update)).status).toBe(200);
    await h.channel.idle(5000);
    expect(h.fake.sentTo(42)).toHaveLength(1);
    expect(echo.inputs).toHaveLength(1);
  });

  it("refuses a body over 1 MB with 413", async () => {
    h = await startChannel("webhook", echo);
    const big = JSON.stringify({ update_id: 1, message: { text: "x".repeat(1024 * 1024) } });
    const res = await post(`${h.baseUrl}/telegram`, big, { "x-telegram-bot-api-secret-token": SECRET });
    expect(res.status).toBe(413);
    expect(echo.inputs).toEqual([]);
  });

  it("refuses malformed JSON, and JSON that is not an update, with 400", async () => {
    h = await startChannel("webhook", echo);
    const headers = { "x-telegram-bot-api-secret-token": SECRET };
    expect((await post(`${h.baseUrl}/telegram`, "{not json", headers)).status).toBe(400);
    expect((await post(`${h.baseUrl}/telegram`, JSON.stringify({ message: {} }), headers)).status).toBe(400);
    expect((await post(`${h.baseUrl}/telegram`, "[1,2]", headers)).status).toBe(400);
    expect(echo.inputs).toEqual([]);
  });

  it("refuses updates with 503 once stopping, so that Telegram delivers them again later", async () => {
    h = await startChannel("webhook", echo);
    await h.channel.stop();
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "late"))).status).toBe(503);
    expect(echo.inputs).toEqual([]);
  });

  it("answers 503 when the store cannot record the update, so that Telegram retries", async () => {
    const store = new MemoryStore();
    store.setIfAbsent = async () => {
      throw new Error("store down");
    };
    h = await startChannel("webhook", echo, store);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "hi"))).status).toBe(503);
    expect(echo.inputs).toEqual([]);
  });
});

describe("Telegram webhook: claims", () => {
  it("answers a button press once, even when Telegram delivers the press again", async () => {
    const menu = stubConversations((input): Reply[] =>
      input.kind === "choice" ? [{ kind: "text", text: `picked ${input.id}` }] : [{ kind: "choices", text: "Language?", choices: [{ id: "l:zh", label: "中文" }] }],
    );
    h = await startChannel("webhook", menu);
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "/start"));
    await h.channel.idle(5000);
    const press = h.fake.pressUpdate(user, [...h.fake.messages.keys()][0]!, "l:zh");
    expect((await postUpdate(h.baseUrl, press)).status).toBe(200);
    expect((await postUpdate(h.baseUrl, press)).status).toBe(200);
    await h.channel.idle(5000);
    expect(h.fake.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(menu.inputs).toHaveLength(2);
  });

  it("tells the user 'unavailable' when the store fails an update already acknowledged (it waited behind a slow turn)", async () => {
    const store = new MemoryStore();
    const slowFirst = stubConversations(async (input): Promise<Reply[]> => {
      if (input.kind === "text" && input.text === "first") {
        await new Promise((r) => setTimeout(r, ACK_WAIT_MS + 300));
        // The store fails while the second update still waits for this turn.
        store.setIfAbsent = async () => {
          throw new Error("store down");
        };
      }
      return [{ kind: "text", text: input.kind === "text" ? input.text : "?" }];
    });
    h = await startChannel("webhook", slowFirst, store);
    const first = postUpdate(h.baseUrl, h.fake.textUpdate(user, "first"));
    await new Promise((r) => setTimeout(r, 20));
    // Telegram has had its 200 for the second before its turn could claim it: it will not deliver it again.
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "second"))).status).toBe(200);
    expect((await first).status).toBe(200);
    await h.channel.idle(5000);
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["first", "unavailable"]);
  });
});

describe("Telegram webhook: ordering and shutdown", () => {
  it("answers the messages of one chat in the order they arrived, even when the first is slow", async () => {
    const slowFirst = stubConversations(async (input) => {
      const text = input.kind === "text" ? input.text : "";
      if (text === "first") await new Promise((r) => setTimeout(r, 150));
      return [{ kind: "text", text }];
    });
    h = await startChannel("webhook", slowFirst);
    // Telegram delivers over several connections at once: the second update arrives while the first is running.
    const first = postUpdate(h.baseUrl, h.fake.textUpdate(user, "first"));
    await new Promise((r) => setTimeout(r, 20));
    await Promise.all([first, postUpdate(h.baseUrl, h.fake.textUpdate(user, "second")), postUpdate(h.baseUrl, h.fake.textUpdate({ id: 7 }, "other chat"))]);
    await h.channel.idle(5000);
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["first", "second"]);
    // The other chat did not wait for the slow one.
    const order = h.fake.callsOf("sendMessage").map((c) => c.payload.text);
    expect(order.indexOf("other chat")).toBeLessThan(order.indexOf("first"));
  });

  it("acknowledges an update once its turn is done, so that a crash mid-turn leaves it to Telegram to deliver again", async () => {
    const quick = stubConversations(async () => {
      await new Promise((r) => setTimeout(r, 100));
      return [{ kind: "text", text: "done" }];
    });
    h = await startChannel("webhook", quick);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "hi"))).status).toBe(200);
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["done"]);
  });

  it("asks Telegram to come back later for a retry of an update still being processed", async () => {
    const slow = stubConversations(async () => {
      await new Promise((r) => setTimeout(r, 300));
      return [{ kind: "text", text: "done" }];
    });
    h = await startChannel("webhook", slow);
    const update = h.fake.textUpdate(user, "hi");
    const original = postUpdate(h.baseUrl, update);
    await new Promise((r) => setTimeout(r, 50));
    expect((await postUpdate(h.baseUrl, update)).status).toBe(503);
    expect((await original).status).toBe(200);
    expect((await postUpdate(h.baseUrl, update)).status).toBe(200);
    expect(h.fake.sentTo(42)).toHaveLength(1);
  });

  it("acknowledges a slow turn (an LLM explanation) in time, and waits on stop for it", async () => {
    const slow = stubConversations(async () => {
      await new Promise((r) => setTimeout(r, ACK_WAIT_MS + 500));
      return [{ kind: "text", text: "done" }];
    });
    h = await startChannel("webhook", slow);
    expect((await postUpdate(h.baseUrl, h.fake.textUpdate(user, "hi"))).status).toBe(200);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
    await h.channel.stop();
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["done"]);
  });
});

describe("Telegram webhook: rendering", () => {
  it("escapes <b> typed by the user when it is echoed back, so it shows as typed", async () => {
    h = await startChannel("webhook", echo);
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "<b>50万</b> & co"));
    await h.channel.idle(5000);
    const [sent] = h.fake.sentTo(42);
    expect(sent?.payload).toMatchObject({ parse_mode: "HTML", text: "You said: &lt;b&gt;50万&lt;/b&gt; &amp; co" });
    expect([...h.fake.messages.values()].map((m) => m.text)).toEqual(["You said: <b>50万</b> & co"]);
  });

  it("sends a 10,000-character reply as several messages under 4,096 characters", async () => {
    const long = Array.from({ length: 100 }, (_, i) => `${i} `.padEnd(100, "·")).join("\n");
    h = await startChannel("webhook", stubConversations(() => [{ kind: "text", text: long }]));
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "long please"));
    await h.channel.idle(5000);
    const texts = [...h.fake.messages.values()].map((m) => m.text);
    expect(texts.length).toBe(3);
    for (const t of texts) expect(t.length).toBeLessThan(4096);
    expect(texts.join("\n")).toBe(long);
  });

  it("shows choices as buttons, answers the press at once and closes the pressed keyboard with the choice", async () => {
    const menu = stubConversations((input): Reply[] =>
      input.kind === "choice" ? [{ kind: "text", text: `picked ${input.id}` }] : [{ kind: "choices", text: "Please choose your language.", choices: [{ id: "l:en", label: "English" }, { id: "l:zh", label: "中文" }] }],
    );
    h = await startChannel("webhook", menu);
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "/start"));
    await h.channel.idle(5000);
    const [question] = [...h.fake.messages.values()];
    expect(question?.keyboard?.inline_keyboard).toEqual([[{ text: "English", callback_data: "l:en" }, { text: "中文", callback_data: "l:zh" }]]);
    expect(menu.inputs[0]?.input).toEqual({ kind: "start" });

    await postUpdate(h.baseUrl, h.fake.pressUpdate(user, question!.message_id, "l:zh"));
    await h.channel.idle(5000);
    expect(h.fake.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(menu.inputs[1]?.input).toEqual({ kind: "choice", id: "l:zh" });
    expect(h.fake.messages.get(question!.message_id)).toMatchObject({ text: "Please choose your language.\n\n» 中文" });
    expect(h.fake.messages.get(question!.message_id)?.keyboard).toBeUndefined();
    expect([...h.fake.messages.values()].at(-1)?.text).toBe("picked l:zh");
  });

  it("updates a multiple choice in place when an option is toggled", async () => {
    let picked = false;
    const multi = stubConversations((input): Reply[] => {
      if (input.kind === "choice") picked = !picked;
      return [{ kind: "choices", multi: true, text: picked ? "Which kinds?\nSelected so far: Space" : "Which kinds?", choices: [{ id: "t:space", label: `${picked ? "✓ " : ""}Space` }, { id: "a:done", label: "Done" }] }];
    });
    h = await startChannel("webhook", multi);
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "/check"));
    await h.channel.idle(5000);
    const [question] = [...h.fake.messages.values()];
    await postUpdate(h.baseUrl, h.fake.pressUpdate(user, question!.message_id, "t:space"));
    await h.channel.idle(5000);
    expect(h.fake.messages.size).toBe(1);
    expect(h.fake.messages.get(question!.message_id)).toMatchObject({ text: "Which kinds?\nSelected so far: Space" });
    expect(h.fake.messages.get(question!.message_id)?.keyboard?.inline_keyboard.flat().map((b) => b.text)).toEqual(["✓ Space", "Done"]);
  });

  it("answers a sticker by showing again where the user is (an empty text to the engine)", async () => {
    h = await startChannel("webhook", echo);
    await postUpdate(h.baseUrl, h.fake.mediaUpdate(user, { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }));
    await h.channel.idle(5000);
    expect(echo.inputs[0]?.input).toEqual({ kind: "text", text: "" });
  });

  it("never logs the token, the secret or what users said, even when calls fail", async () => {
    const { logger, records } = recordingLogger();
    const ask = stubConversations((input): Reply[] =>
      input.kind === "text" ? [{ kind: "choices", text: `About "${input.text}": sure?`, choices: [{ id: "a:yes", label: "Yes" }] }] : [{ kind: "text", text: "ok" }],
    );
    h = await startChannel("webhook", ask, new MemoryStore(), logger);
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "my private plan 50万"), "wrong");
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "my private plan 50万"));
    await h.channel.idle(5000);
    const [question] = [...h.fake.messages.values()];
    h.fake.failNext("answerCallbackQuery", 400, "Bad Request: query is too old");
    h.fake.failNext("editMessageText", 400, "Bad Request: message can't be edited");
    h.fake.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
    await postUpdate(h.baseUrl, h.fake.pressUpdate(user, question!.message_id, "a:yes"));
    await h.channel.idle(5000);
    const events = records.map((r) => (r as { obj: { event?: string } }).obj.event);
    expect(events).toEqual(expect.arrayContaining(["telegram_webhook_unauthorized", "telegram_answer_callback_failed", "telegram_edit_failed", "telegram_reply_failed"]));
    const logged = JSON.stringify(records);
    for (const secret of [TOKEN, SECRET, "private plan", "50万"]) expect(logged).not.toContain(secret);
  });

  it("keeps serving after a user blocked the bot", async () => {
    h = await startChannel("webhook", echo);
    h.fake.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "one"));
    await postUpdate(h.baseUrl, h.fake.textUpdate(user, "two"));
    await h.channel.idle(5000);
    expect([...h.fake.messages.values()].map((m) => m.text)).toEqual(["You said: two"]);
  });
});
