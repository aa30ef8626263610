import { describe, expect, it } from "vitest";
import { t } from "../../../core/i18n/messages/index.ts";
import { engineUser } from "../../helpers/engine-user.ts";

describe.each(["en", "th", "vi"] as const)("the interests question in %s", (lang) => {
  async function atInterests() {
    const u = engineUser(lang);
    await u.startCheck();
    await u.reach("interests");
    return u;
  }
  const choicesOf = (u: Awaited<ReturnType<typeof atInterests>>) => {
    const q = u.replies.at(-1)!;
    return q.kind === "choices" ? q.choices : [];
  };

  it("offers the Done its hint speaks of, beside All of them", async () => {
    const u = await atInterests();
    expect(u.replies.at(-1)!.text).toContain(t(lang, "hint.multi"));
    const labels = choicesOf(u).map((c) => c.label);
    expect(labels).toContain(t(lang, "multi.done"));
    expect(labels).toContain(t(lang, "multi.all"));
  });

  it("takes the kinds picked with buttons when Done is pressed, and asks about them", async () => {
    const u = await atInterests();
    await u.press("t:space");
    await u.press("t:housing_talent");
    const done = choicesOf(u).find((c) => c.label === t(lang, "multi.done"))!;
    await u.press(done.id);
    expect(u.state?.answers.interests).toEqual(["space", "housing_talent"]);
    expect(u.asking).not.toBe("interests");
  });

  it("takes Done typed by its number after kinds picked with buttons", async () => {
    const u = await atInterests();
    await u.press("t:funding");
    const n = choicesOf(u).findIndex((c) => c.label === t(lang, "multi.done")) + 1;
    await u.send(String(n));
    expect(u.state?.answers.interests).toEqual(["funding"]);
  });

  it("reads typed numbers ending in Done's number as those kinds, then Done", async () => {
    const u = await atInterests();
    const n = choicesOf(u).findIndex((c) => c.label === t(lang, "multi.done")) + 1;
    await u.send(`1 3 ${n}`);
    expect(u.state?.answers.interests).toEqual(["space", "housing_talent"]);
  });

  it("takes Done with nothing picked as all kinds", async () => {
    const u = await atInterests();
    const done = choicesOf(u).find((c) => c.label === t(lang, "multi.done"))!;
    await u.press(done.id);
    expect(u.state?.answers.interests).toEqual([]);
    expect(u.asking).not.toBe("interests");
  });
});
