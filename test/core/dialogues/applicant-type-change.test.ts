import { describe, expect, it } from "vitest";
import { t } from "../../../core/i18n/messages/index.ts";
import { engineUser, NUMBERED_ANSWERS } from "../../helpers/engine-user.ts";

/** A talent team interested in funding and housing (interests 2 and 3). */
const TEAM: Record<string, string> = { ...NUMBERED_ANSWERS, type: "2", interests: "2 3" };

describe.each(["en", "vi", "th"] as const)("changing the applicant type from the summary, in %s", (lang) => {
  async function teamAtSummary() {
    const u = engineUser(lang);
    await u.startCheck();
    for (let i = 0; i < 60 && u.state?.mode === "check"; i++) {
      const q = u.asking;
      if (q === null) throw new Error("no question asked");
      // Questions other than the team's are left unknown.
      await u.send(TEAM[q] ?? "/skip");
    }
    expect(u.state?.mode).toBe("summary");
    expect(u.state?.answers.tier).toBe("high_level");
    return u;
  }

  it("clears the team's tier and housing answers once the applicant is a university, and says so", async () => {
    const u = await teamAtSummary();
    await u.press("c:edit");
    await u.press("e:type");
    const seen = await u.press("a:university");
    expect(u.state?.answers.type).toBe("university");
    expect(u.state?.answers.tier).toBeUndefined();
    expect(u.state?.answers.coreStaff).toBeUndefined();
    expect(seen).toContain(t(lang, "type.cleared", { items: "" }).slice(0, 12));
    expect(seen).toContain(t(lang, "l.tier"));
    // The summary no longer lists them.
    expect(u.state?.mode).toBe("summary");
    const summary = u.replies.at(-1)!.text;
    expect(summary).not.toContain(`${t(lang, "l.tier")}:`);
    expect(summary).not.toContain(`${t(lang, "l.coreStaff")}:`);
    expect(summary).toContain(`${t(lang, "l.type")}: ${t(lang, "o.type.university")}`);
  });

  it("keeps the tier when the team becomes an enterprise, which （二） also supports", async () => {
    const u = await teamAtSummary();
    await u.press("c:edit");
    await u.press("e:type");
    const seen = await u.press("a:enterprise");
    expect(u.state?.answers.tier).toBe("high_level");
    expect(seen).not.toContain(t(lang, "l.tier"));
  });

  it("clears nothing when the same type is given again", async () => {
    const u = await teamAtSummary();
    const before = { ...u.state!.answers };
    await u.press("c:edit");
    await u.press("e:type");
    await u.press("a:team");
    expect(u.state?.answers).toEqual(before);
  });
});
