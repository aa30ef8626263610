import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import type { DialogueState } from "../../../core/dialogues/types.ts";
import { engineUser } from "../../helpers/engine-user.ts";

/** The number of a language on the language menu. */
const numberOf = (lang: Lang) => String(LANGS.indexOf(lang) + 1);

describe.each([
  ["en", "vi"],
  ["vi", "th"],
  ["th", "en"],
] as const)("changing the language from %s to %s in the middle of the check", (from, to) => {
  it("asks the same question in the new language, and the next answer answers it", async () => {
    const u = engineUser(from);
    await u.startCheck();
    await u.reach("settlement");
    expect(await u.send("/lang")).toContain(t(from, "chooseLanguage"));
    const seen = await u.send(numberOf(to));
    expect(seen).toContain(t(to, "langSet"));
    expect(seen).toContain(t(to, "q.settlement"));
    // "1" is the first option of the question now, not Chinese on a language menu shown again.
    const next = await u.send("1");
    expect(next).not.toContain(t(to, "chooseLanguage"));
    expect(u.state?.lang).toBe(to);
    expect(u.state?.answers.settlement).toBe("settled");
    expect(u.asking).toBe("settledOn");
    expect(next).toContain(t(to, "q.settledOn"));
  });

  it("goes on with the same question when the language is picked with a button", async () => {
    const u = engineUser(from);
    await u.startCheck();
    await u.reach("settlement");
    await u.press("m:lang");
    const seen = await u.press(`l:${to}`);
    expect(seen).toContain(t(to, "q.settlement"));
    await u.send("2");
    expect(u.state?.answers.settlement).toBe("planning");
    expect(u.state?.lang).toBe(to);
  });

  it("goes on with the same question when the language is named in the command", async () => {
    const u = engineUser(from);
    await u.startCheck();
    await u.reach("ai");
    await u.send(`/lang ${to}`);
    await u.send("1");
    expect(u.state?.answers.ai).toBe(true);
    expect(u.asking).toBe("settlement");
  });

  it("returns to the summary it interrupted", async () => {
    const u = engineUser(from);
    await u.startCheck();
    await u.reach("interests");
    await u.send("2"); // funding only: the check ends quickly
    for (let i = 0; i < 10 && u.state?.mode === "check"; i++) await u.send("2");
    expect(u.state?.mode).toBe("summary");
    await u.send("/lang");
    const seen = await u.send(numberOf(to));
    expect(seen).toContain(t(to, "summary.title"));
    expect(u.state?.mode).toBe("summary");
  });
});

describe("a conversation stored while it was stuck on the language menu", () => {
  it("resumes the check at its question once a language is picked (a state saved before this fix)", async () => {
    // Stored by version 1 of the state, before lists were asked item by item: it is migrated on reading.
    const stored: Omit<DialogueState, "v"> & { v: 1 } = {
      v: 1,
      lang: "en",
      langChosen: true,
      mode: "lang",
      answers: { type: "enterprise", ai: true },
      order: ["type", "ai"],
      skipped: [],
      current: "settlement",
      shown: LANGS.map((l) => `l:${l}`),
      at: "2026-06-01T01:59:00Z",
    };
    const u = engineUser("vi");
    u.state = JSON.parse(JSON.stringify(stored)) as DialogueState;
    const seen = await u.send(numberOf("vi"));
    expect(seen).toContain(t("vi", "q.settlement"));
    await u.send("1");
    expect(u.state?.answers.settlement).toBe("settled");
    expect(u.state?.mode).toBe("check");
    expect(u.asking).toBe("settledOn");
  });
});

describe("a conversation stored with the language menu open over its summary", () => {
  const stored = (before: unknown) => ({
    v: 1,
    lang: "th",
    langChosen: true,
    mode: "lang",
    before,
    answers: { type: "enterprise", ai: true, settlement: "none", interests: [] },
    order: ["type", "ai", "settlement", "interests"],
    skipped: [],
    current: null,
    shown: LANGS.map((l) => `l:${l}`),
    at: "2026-06-01T01:59:00Z",
  });

  it("returns to the summary once a language is picked, after being stored and read back", async () => {
    const u = engineUser("en");
    u.state = JSON.parse(JSON.stringify(stored("summary"))) as DialogueState;
    const seen = await u.send(numberOf("en"));
    expect(seen).toContain(t("en", "summary.title"));
    expect(u.state?.mode).toBe("summary");
    expect(u.state?.before).toBeUndefined();
  });

  it("ignores a stored return point that is not one (the menu itself, or junk), and shows the main menu", async () => {
    for (const junk of ["lang", "nowhere", 42]) {
      const u = engineUser("en");
      u.state = JSON.parse(JSON.stringify(stored(junk))) as DialogueState;
      const seen = await u.send(numberOf("en"));
      expect(seen).toContain(t("en", "menu.prompt"));
      expect(u.state?.mode).toBe("menu");
    }
  });
});
