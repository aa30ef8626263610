import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { botIdOf, chatKeyOf, claimKeyOf, dedupeKeyOf, inputOfText, readUpdate } from "../../../bots/telegram/updates.ts";
import { hashSlot } from "../../../core/store/hash-slot.ts";
import { sessionKeyOf } from "../../../core/store/user-keys.ts";

const from = { id: 42, is_bot: false, first_name: "Mai", language_code: "vi" };
const chat = { id: 42, type: "private" as const, first_name: "Mai" };
const message = (fields: Record<string, unknown>): Update => ({ update_id: 7, message: { message_id: 1, date: 1, chat, from, ...fields } }) as unknown as Update;

describe("inputOfText", () => {
  it("reads /start as the start event, ignoring a deep-link payload", () => {
    expect(inputOfText("/start")).toEqual({ kind: "start" });
    expect(inputOfText("/start ref42")).toEqual({ kind: "start" });
  });

  it("reads the menu commands, with or without the bot's name", () => {
    for (const name of ["check", "ask", "lang", "restart", "forget", "help"]) {
      expect(inputOfText(`/${name}`, "policy_bot")).toEqual({ kind: "command", name });
      expect(inputOfText(`/${name}@policy_bot`, "policy_bot")).toEqual({ kind: "command", name });
    }
  });

  it("keeps a command's argument", () => {
    expect(inputOfText("/lang vi")).toEqual({ kind: "command", name: "lang", arg: "vi" });
    expect(inputOfText("/ask What is m01?")).toEqual({ kind: "command", name: "ask", arg: "What is m01?" });
  });

  it("ignores a command addressed to another bot in a group", () => {
    expect(inputOfText("/help@other_bot", "policy_bot")).toBeNull();
  });

  it("passes an unknown command on as text, for the engine's own aliases", () => {
    expect(inputOfText("/language")).toEqual({ kind: "text", text: "/language" });
  });

  it("reads anything else as text", () => {
    expect(inputOfText("50万")).toEqual({ kind: "text", text: "50万" });
  });
});

describe("readUpdate", () => {
  it("reads a text message with the user's language_code as the language hint", () => {
    expect(readUpdate(message({ text: "xin chào" }))).toEqual({ update_id: 7, chatId: 42, userId: 42, input: { kind: "text", text: "xin chào" }, platformLang: "vi" });
  });

  it("reads a sticker or voice message as an empty text marked unsupported", () => {
    const turn = readUpdate(message({ voice: { file_id: "v", file_unique_id: "v", duration: 2 } }));
    expect(turn).toMatchObject({ input: { kind: "text", text: "" }, unsupported: true });
  });

  it("reads a photo's caption as what the user said", () => {
    expect(readUpdate(message({ photo: [], caption: "50万" }))?.input).toEqual({ kind: "text", text: "50万" });
  });

  it("ignores messages from bots and edited messages", () => {
    expect(readUpdate({ update_id: 1, message: { message_id: 1, date: 1, chat, from: { ...from, is_bot: true }, text: "hi" } } as unknown as Update)).toBeNull();
    expect(readUpdate({ update_id: 1, edited_message: { message_id: 1, date: 1, edit_date: 2, chat, from, text: "hi" } } as unknown as Update)).toBeNull();
  });

  it("reads a button press as the choice id, with the pressed message and label", () => {
    const update = {
      update_id: 9,
      callback_query: {
        id: "q1",
        chat_instance: "c",
        from,
        data: "l:en",
        message: { message_id: 5, date: 100, chat, text: "Please choose your language.", reply_markup: { inline_keyboard: [[{ text: "English", callback_data: "l:en" }]] } },
      },
    } as unknown as Update;
    expect(readUpdate(update)).toEqual({
      update_id: 9,
      chatId: 42,
      userId: 42,
      input: { kind: "choice", id: "l:en" },
      platformLang: "vi",
      pressed: { queryId: "q1", data: "l:en", message: { id: 5, text: "Please choose your language.", label: "English" } },
    });
  });

  it("still reads a press on a message too old to edit", () => {
    const update = { update_id: 9, callback_query: { id: "q1", chat_instance: "c", from, data: "a:yes", message: { message_id: 5, date: 0, chat } } } as unknown as Update;
    expect(readUpdate(update)).toMatchObject({ chatId: 42, input: { kind: "choice", id: "a:yes" }, pressed: { queryId: "q1", data: "a:yes" } });
    expect(readUpdate(update)?.pressed?.message).toBeUndefined();
  });
});

describe("chatKeyOf and dedupeKeyOf", () => {
  it("keys messages and button presses by their chat", () => {
    expect(chatKeyOf(message({ text: "hi" }))).toBe("42");
    expect(chatKeyOf({ update_id: 1, callback_query: { id: "q", chat_instance: "c", from: { ...from, id: 5 }, data: "x" } } as unknown as Update)).toBe("5");
  });

  it("reads the bot's id from its token, and keeps two malformed tokens apart without showing them", () => {
    expect(botIdOf("123456:ABC-def")).toBe("123456");
    expect(botIdOf("oops")).not.toBe(botIdOf("oops2"));
    expect(botIdOf("oops")).not.toContain("oops");
  });

  it("names the dedupe key after the bot and the update id, since Telegram numbers updates per bot", () => {
    expect(dedupeKeyOf("777", 123)).toBe("telegram:777:update:123");
    expect(dedupeKeyOf("777", 123)).not.toBe(dedupeKeyOf("778", 123));
  });

  it("puts the webhook's claim key on the user's Redis Cluster slot (taken in one script with their session), naming no one", () => {
    const tag = (key: string): string => /\{([^}]*)\}/.exec(key)![1]!;
    for (const userKey of ["telegram:42", "telegram:7000000001", "telegram:{odd}"]) {
      const key = claimKeyOf("777", 123, userKey);
      expect(hashSlot(tag(key))).toBe(hashSlot(tag(sessionKeyOf(userKey))));
      expect(key).toMatch(/^telegram:777:update:\{[0-9a-z]+\}123$/);
      expect(key).not.toContain(userKey.split(":")[1]!);
    }
    expect(claimKeyOf("777", 123, "telegram:42")).not.toBe(claimKeyOf("778", 123, "telegram:42"));
  });
});
