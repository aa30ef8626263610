import { describe, expect, it } from "vitest";
import { t } from "../../../core/i18n/messages/index.ts";
import { engineUser, NUMBERED_ANSWERS } from "../../helpers/engine-user.ts";

/** Office space only (interest 1), so the check reaches the results quickly. */
const SPACE_ONLY = { ...NUMBERED_ANSWERS, interests: "1", booth: "2", hasEvents: "2" };

describe.each(["en", "vi", "zh"] as const)("（一）'s support for AI manufacturing in rented factory space, in %s", (lang) => {
  async function untilSummary(u: ReturnType<typeof engineUser>, answers: Record<string, string>) {
    for (let i = 0; i < 20 && u.state?.mode === "check"; i++) {
      const q = u.asking;
      if (q === null || answers[q] === undefined) throw new Error(`unexpected question ${q}`);
      await u.send(answers[q]!);
    }
    expect(u.state?.mode).toBe("summary");
  }

  it("is asked of an enterprise interested in space, after its headcount", async () => {
    const u = engineUser(lang);
    await u.startCheck();
    const seen = await u.reach("manufacturing", SPACE_ONLY);
    expect(seen).toContain(t(lang, "q.manufacturing"));
    expect(u.state?.answers.headcount).toBe(30);
  });

  it("shows the separate factory-space support on the results when the enterprise says yes", async () => {
    const u = engineUser(lang);
    await u.startCheck();
    await u.reach("manufacturing", SPACE_ONLY);
    await untilSummary(u, { ...SPACE_ONLY, manufacturing: "1" });
    expect(u.replies.at(-1)!.text).toContain(`${t(lang, "l.manufacturing")}: ${t(lang, "yes")}`);
    const card = await u.press("c:results");
    expect(card).toContain(t(lang, "benefit.factory_space"));
  });

  it("leaves it off the results when the enterprise says no", async () => {
    const u = engineUser(lang);
    await u.startCheck();
    await u.reach("manufacturing", SPACE_ONLY);
    await untilSummary(u, { ...SPACE_ONLY, manufacturing: "2" });
    const card = await u.press("c:results");
    expect(card).not.toContain(t(lang, "benefit.factory_space"));
  });

  it("is not asked of a team, which the clause does not name", async () => {
    const u = engineUser(lang);
    await u.startCheck();
    const asked: string[] = [];
    const answers: Record<string, string> = { ...SPACE_ONLY, type: "2" };
    for (let i = 0; i < 20 && u.state?.mode === "check"; i++) {
      const q = u.asking!;
      asked.push(q);
      await u.send(answers[q]!);
    }
    expect(asked).toContain("headcount");
    expect(asked).not.toContain("manufacturing");
  });
});
