import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../../core/i18n/messages/index.ts";
import { engineUser, NUMBERED_ANSWERS } from "../../helpers/engine-user.ts";

/** A word that answers nothing, in each language tested. */
const STRAY: Partial<Record<Lang, string>> = { en: "banana", th: "กล้วยหอม", vi: "quả chuối" };

/** Each question, the inputs that do not answer it, and the hint expected. */
const CASES: [question: string, inputs: (lang: Lang) => string[], hint: (lang: Lang) => string][] = [
  ["type", (l) => ["9", "0", "42", STRAY[l]!], (l) => t(l, "err.choice")],
  ["ai", (l) => ["7", "0", STRAY[l]!], (l) => t(l, "err.yesno")],
  ["interests", (l) => ["15", "1 15", "0", STRAY[l]!], (l) => t(l, "err.multi")],
  ["headcount", () => ["2000000"], (l) => t(l, "err.range", { min: 0, max: 1_000_000 })],
  ["headcount", (l) => ["-5", STRAY[l]!], (l) => t(l, "err.integer")],
];

describe.each(["en", "th", "vi"] as const)("an answer that does not fit the question, in %s", (lang) => {
  it.each(CASES)("at the %s question is met with a hint and the same question again, still in the check", async (question, inputs, hint) => {
    const u = engineUser(lang);
    await u.startCheck();
    await u.reach(question);
    const answersBefore = JSON.stringify(u.state?.answers);
    for (const input of inputs(lang)) {
      const seen = await u.send(input);
      expect(seen, `"${input}"`).toContain(hint(lang));
      expect(seen, `"${input}"`).toContain(t(lang, `q.${question}` as MessageKey));
      expect(u.state?.mode, `"${input}"`).toBe("check");
      expect(u.state?.current, `"${input}"`).toBe(question);
      expect(JSON.stringify(u.state?.answers), `"${input}"`).toBe(answersBefore);
    }
    // And the question still takes its answer afterwards.
    await u.send(NUMBERED_ANSWERS[question]!);
    expect(u.state?.answers[question]).toBeDefined();
  });

  it("typed while the language menu is open mid-check, is taken as a try at the question, not as leaving the check", async () => {
    const u = engineUser(lang);
    await u.startCheck();
    await u.reach("ai");
    await u.send("/lang");
    const seen = await u.send(STRAY[lang]!);
    expect(seen).toContain(t(lang, "err.yesno"));
    expect(seen).toContain(t(lang, "q.ai"));
    expect(u.state?.mode).toBe("check");
    await u.send("1");
    expect(u.state?.answers.ai).toBe(true);
  });
});
