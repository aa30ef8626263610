import { describe, expect, it } from "vitest";
import { LANGS } from "../../../core/i18n/langs.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { engineUser, NUMBERED_ANSWERS } from "../../helpers/engine-user.ts";

/** Reaching the computing-power spend question quickly: data and computing power is interest 4. */
const TO_COMPUTE = { ...NUMBERED_ANSWERS, interests: "4", datasets: "2", publicData: "2", research: "1" };

describe("an amount given in another currency", () => {
  it.each([
    ["en", "$50,000"],
    ["en", "2 million USD"],
    ["vi", "20 triệu đồng"],
    ["vi", "5000 đô la"],
    ["th", "1 ล้านบาท"],
    ["th", "5000 ริงกิต"],
    ["id", "5 juta rupiah"],
    ["ms", "RM5000"],
    ["fil", "₱50,000"],
    ["km", "5000 រៀល"],
    ["lo", "5000 ກີບ"],
    ["my", "5000 ကျပ်"],
    ["zh", "5000美元"],
  ] as const)("in %s (%s) is met with a request for CNY in the user's language, and the question is asked again", async (lang, amount) => {
    const u = engineUser(lang);
    await u.startCheck();
    await u.reach("computeSpend", TO_COMPUTE);
    const seen = await u.send(amount);
    expect(seen).toContain(t(lang, "err.currency"));
    expect(seen).not.toContain(t(lang, "err.money"));
    expect(u.asking).toBe("computeSpend");
    expect(u.state?.answers.computeSpend).toBeUndefined();
    // The same amount in yuan is taken, and the check moves on.
    await u.send("500000");
    expect(u.state?.answers.computeSpend).toBe("500000");
    expect(u.asking).not.toBe("computeSpend");
  });

  it("has its request for CNY written in all ten languages, each its own", () => {
    const texts = LANGS.map((l) => t(l, "err.currency"));
    expect(new Set(texts).size).toBe(LANGS.length);
  });

  it("is still told an unreadable amount is unreadable, not that it is in another currency", async () => {
    const u = engineUser("vi");
    await u.startCheck();
    await u.reach("computeSpend", TO_COMPUTE);
    const seen = await u.send("nhiều lắm");
    expect(seen).toContain(t("vi", "err.money"));
    expect(seen).not.toContain(t("vi", "err.currency"));
  });
});
