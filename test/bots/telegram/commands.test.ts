import { describe, expect, it } from "vitest";
import { commandMenu, commandMenuCalls, MENU_COMMANDS, telegramLanguageCode } from "../../../bots/telegram/commands.ts";
import { LANGS } from "../../../core/i18n/langs.ts";

describe("command menus", () => {
  it("lists /start /check /ask /lang /restart /forget /help", () => {
    expect(commandMenu("en").map((c) => c.command)).toEqual([...MENU_COMMANDS]);
    expect(MENU_COMMANDS).toEqual(["start", "check", "ask", "lang", "restart", "forget", "help"]);
  });

  it("describes the commands in the menu's language", () => {
    expect(commandMenu("en").find((c) => c.command === "forget")?.description).toBe("Delete everything stored about you");
    expect(commandMenu("zh").find((c) => c.command === "check")?.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it("makes one call per language with its code, and a default call without one", () => {
    const calls = commandMenuCalls();
    expect(calls.length).toBe(LANGS.length + 1);
    expect(calls[0]!.language_code).toBeUndefined();
    expect(calls.slice(1).map((c) => c.language_code)).toEqual(LANGS.map(telegramLanguageCode));
  });

  it("registers Filipino under Tagalog's two-letter code, as Telegram wants ISO 639-1", () => {
    expect(telegramLanguageCode("fil")).toBe("tl");
    expect(LANGS.map(telegramLanguageCode).every((c) => /^[a-z]{2}$/.test(c))).toBe(true);
  });

  it("keeps every description within Telegram's 256 characters", () => {
    for (const call of commandMenuCalls()) for (const c of call.commands) expect(c.description.length).toBeLessThanOrEqual(256);
  });
});
