/**
 * Lists asked item by item (issue 16): projects, hires and loans one at a
 * time with "add another?", the running figure after each item taken from
 * the rules core, the limit, and back, skip, the summary, editing and
 * removing inside a list.
 */
import { describe, expect, it } from "vitest";
import { buildProfile } from "../../../core/dialogues/questions/build-profile.ts";
import { LIST_LIMIT } from "../../../core/dialogues/questions/lists.ts";
import { figureText } from "../../../core/dialogues/render/results.ts";
import type { ResultReply } from "../../../core/dialogues/types.ts";
import { formatClause, formatCny } from "../../../core/i18n/format.ts";
import type { Lang } from "../../../core/i18n/langs.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { evaluate, evaluateProfile } from "../../../core/rules/index.ts";
import type { MeasureResult } from "../../../core/rules/types.ts";
import { ANSWERS_EN, EXPECTED_PROFILE, runScript, SCRIPT_TODAY } from "../../helpers/conversation-script.ts";
import { engineUser, NUMBERED_ANSWERS } from "../../helpers/engine-user.ts";

/** An enterprise interested in ASEAN projects only (interest 6), with no events. */
const PROJECTS_ONLY = { ...NUMBERED_ANSWERS, interests: "6", hasEvents: "2" };

/** The rules core's result for `measure` on the profile the user's answers build now. */
function resultNow(answers: Record<string, unknown>, measure: string): MeasureResult {
  const built = buildProfile(answers as never, SCRIPT_TODAY);
  return evaluateProfile(built.profile).results.find((r) => r.measure === measure)!;
}

/** The running line the chat must say for `measure`, from the rules core. */
const soFar = (r: MeasureResult, lang: Lang) => t(lang, "list.soFar", { clause: formatClause(r.clause, lang), figure: figureText(r, lang) });

async function projectsUser(lang: Lang) {
  const u = engineUser(lang);
  await u.startCheck();
  await u.reach("hasProjects", PROJECTS_ONLY);
  return u;
}

const cardOf = (u: ReturnType<typeof engineUser>) => u.replies.find((r): r is ResultReply => r.kind === "result");

describe.each(["en", "zh", "vi"] as const)("ASEAN projects asked one at a time, in %s", (lang) => {
  it("counts projects of 18,000,000 and 2,000,000 each under its own cap: 3,400,000.00, not the average's 4,000,000.00", async () => {
    const u = await projectsUser(lang);
    let seen = await u.send("1");
    expect(u.asking).toBe("projectInvestment#1");
    expect(seen).toContain(t(lang, "list.aseanProjects.item", { n: 1 }));
    seen = await u.send("18000000");
    expect(seen).toContain(t(lang, "list.aseanProjects.added", { n: 1 }));
    const first = resultNow(u.state!.answers, "m14");
    expect(first.maxCashCNY).toBe("3000000.00");
    expect(seen).toContain(soFar(first, lang));
    expect(u.asking).toBe("projectMore#1");
    seen = await u.send("1");
    expect(u.asking).toBe("projectInvestment#2");
    expect(seen).toContain(t(lang, "list.aseanProjects.item", { n: 2 }));
    // While project 2's investment is unknown the figures would drop it: "so far" waits for the item.
    expect(seen).not.toContain(t(lang, "interim").split("{")[0]!);
    seen = await u.send("2000000");
    const both = resultNow(u.state!.answers, "m14");
    expect(both.maxCashCNY).toBe("3400000.00");
    expect(seen).toContain(t(lang, "list.aseanProjects.added", { n: 2 }));
    expect(seen).toContain(soFar(both, lang));
    expect(seen).toContain(formatCny("3400000.00", lang));
    expect(u.asking).toBe("projectMore#2");
    await u.send("2");
    expect(u.state?.mode).toBe("summary");
    await u.press("c:results");
    expect(cardOf(u)!.items.find((i) => i.measure === "m14")!.maxCashCNY).toBe("3400000.00");
    // The average the chat asked for before: two projects of 10,000,000 each.
    const average = evaluate({ ...EXPECTED_PROFILE, aseanProjects: [{ deployed: true, investment: "10000000" }, { deployed: true, investment: "10000000" }] });
    expect(average.ok && average.result.results.find((r) => r.measure === "m14")!.maxCashCNY).toBe("4000000.00");
  });

  it("goes back from a project's first question to 'add another?', then to the previous project", async () => {
    const u = await projectsUser(lang);
    await u.send("1");
    await u.send("18000000");
    await u.send("1");
    expect(u.asking).toBe("projectInvestment#2");
    let seen = await u.send("/back");
    expect(u.state?.current).toBe("projectMore#1");
    expect(seen).toContain(t(lang, "q.projectMore"));
    seen = await u.send("/back");
    expect(u.state?.current).toBe("projectInvestment#1");
    expect(u.state?.answers).not.toHaveProperty("projectInvestment#1");
    expect(seen).toContain(t(lang, "list.aseanProjects.item", { n: 1 }));
  });

  it("returns to the same project's question after /lang, in the new language", async () => {
    const u = await projectsUser(lang);
    await u.send("1");
    await u.send("18000000");
    await u.send("1");
    const to: Lang = lang === "vi" ? "th" : "vi";
    const seen = await u.send(`/lang ${to}`);
    expect(u.state?.current).toBe("projectInvestment#2");
    expect(seen).toContain(t(to, "q.projectInvestment"));
    expect(seen).toContain(t(to, "list.aseanProjects.item", { n: 2 }));
  });
});

describe("a list in the summary and the edit menu", () => {
  async function twoProjects() {
    const u = await projectsUser("en");
    for (const a of ["1", "18000000", "1", "2000000", "2"]) await u.send(a);
    expect(u.state?.mode).toBe("summary");
    return u;
  }

  it("lists the items one by one", async () => {
    const u = await twoProjects();
    const summary = u.replies.at(-1)!.text;
    expect(summary).toContain("Project 1 · Investment: CNY 18,000,000");
    expect(summary).toContain("Project 2 · Investment: CNY 2,000,000");
    expect(summary).not.toContain("Another project");
  });

  it("re-asks an item to change it, and can remove the last item", async () => {
    const u = await twoProjects();
    await u.press("c:edit");
    const menu = u.replies.at(-1)!;
    expect(menu.kind === "choices" && menu.choices.map((c) => c.label)).toContain("Remove project 2");
    let seen = await u.press("e:projectInvestment#1");
    expect(seen).toContain("Project 1");
    expect(seen).toContain(t("en", "q.projectInvestment"));
    seen = await u.send("5000000");
    expect(seen).toContain("Project 1 · Investment: CNY 5,000,000");
    await u.press("c:edit");
    seen = await u.press("r:aseanProjects");
    expect(seen).toContain("Project 2 removed.");
    expect(seen).not.toContain("Project 2 · Investment");
    expect(u.state?.answers["projectMore#1"]).toBe(false);
    await u.press("c:summary");
    await u.press("c:results");
    expect(cardOf(u)!.items.find((i) => i.measure === "m14")!.maxCashCNY).toBe("1000000.00");
  });

  it("says the list is empty once its only item is removed", async () => {
    const u = await projectsUser("en");
    for (const a of ["1", "18000000", "2"]) await u.send(a);
    await u.press("c:edit");
    await u.press("r:aseanProjects");
    expect(u.state?.answers.hasProjects).toBe(false);
    expect(buildProfile(u.state!.answers, SCRIPT_TODAY).profile.aseanProjects).toEqual([]);
  });
});

describe("skipping inside a list", () => {
  it("keeps the item with its investment unknown, bounded by the cap, and the results say what is missing", async () => {
    const u = await projectsUser("en");
    for (const a of ["1", "18000000", "1"]) await u.send(a);
    const seen = await u.send("skip");
    expect(seen).toContain("Project 2 added.");
    expect(u.asking).toBe("projectMore#2");
    await u.send("no");
    expect(u.replies.at(-1)!.text).toContain("Project 2 · Investment: don't know");
    await u.press("c:results");
    const m14 = cardOf(u)!.items.find((i) => i.measure === "m14")!;
    expect(m14.maxCashCNY).toBe("6000000.00");
    expect(m14.missing).toEqual(["Project 2 · Investment"]);
  });
});

describe("the limit of a list", () => {
  it(`takes ${LIST_LIMIT} projects, says so at the last, and does not offer another`, async () => {
    const u = await projectsUser("en");
    await u.send("yes");
    let seen = "";
    for (let n = 1; n <= LIST_LIMIT; n++) {
      expect(u.asking).toBe(`projectInvestment#${n}`);
      seen = await u.send("1000000");
      if (n < LIST_LIMIT) {
        expect(seen).not.toContain(t("en", "list.limit", { n: LIST_LIMIT }));
        await u.send("yes");
      }
    }
    expect(seen).toContain(t("en", "list.limit", { n: LIST_LIMIT }));
    expect(u.state?.mode).toBe("summary");
    expect(u.state?.answers).not.toHaveProperty(`projectMore#${LIST_LIMIT}`);
    expect(resultNow(u.state!.answers, "m14").maxCashCNY).toBe("4000000.00");
  });
});

describe("questions of a list that cannot change a result", () => {
  it("are not asked when the list's measure is ruled out (a university and ASEAN projects)", async () => {
    const u = engineUser("en");
    await u.startCheck();
    const asked: string[] = [];
    const answers: Record<string, string> = { ...PROJECTS_ONLY, type: "3" };
    for (let i = 0; i < 30 && u.state?.mode === "check"; i++) {
      asked.push(u.state.current!);
      await u.send(answers[u.state.current!] ?? "skip");
    }
    expect(asked).not.toContain("hasProjects");
    expect(u.state?.mode).toBe("summary");
  });

  it("does not offer another loan once （二十一）'s overall cap is reached", async () => {
    const u = engineUser("en");
    await u.startCheck();
    const answers: Record<string, string> = { ...NUMBERED_ANSWERS, interests: "7", hasLoans: "yes", "loanPrincipal#1": "1000000000", "loanRate#1": "5%", "loanYears#1": "3" };
    const asked: string[] = [];
    let seen = "";
    for (let i = 0; i < 30 && u.state?.mode === "check"; i++) {
      asked.push(u.state.current!);
      seen += await u.send(answers[u.state.current!] ?? "skip");
    }
    expect(asked).toContain("loanYears#1");
    expect(asked).not.toContain("loanMore#1");
    expect(seen).toContain("Loan 1 added.");
    expect(seen).toContain(t("en", "list.soFar", { clause: "Clause 21", figure: formatCny("5000000.00", "en") + " over 3 years" }).slice(0, 30));
  });
});

describe("changing the applicant type inside a check with a list", () => {
  it("clears the list's answers a university cannot use, and names the list once", async () => {
    const u = await projectsUser("en");
    for (const a of ["1", "18000000", "1", "2000000", "2"]) await u.send(a);
    await u.press("c:edit");
    await u.press("e:type");
    const seen = await u.send("3");
    const note = seen.split("\n").find((l) => l.startsWith(t("en", "type.cleared", { items: "" }).slice(0, 30)))!;
    // The list is named once, not once for each of its answers.
    expect(note.split(t("en", "l.hasProjects")).length - 1).toBe(1);
    expect(note).not.toContain(t("en", "l.projectInvestment"));
    expect(Object.keys(u.state!.answers).filter((id) => id.startsWith("project") || id === "hasProjects")).toEqual([]);
  });
});

describe("the whole scripted check, item by item", () => {
  it("shows on the card every figure the rules core gives for the profile the answers build, and for the same applicant written by hand", async () => {
    const u = engineUser("en");
    await u.startCheck();
    await runScript((text) => u.send(text), ANSWERS_EN, "en", "check");
    const built = evaluateProfile(buildProfile(u.state!.answers, SCRIPT_TODAY).profile);
    const byHand = evaluate(EXPECTED_PROFILE);
    if (!byHand.ok) throw new Error("invalid profile");
    await u.press("c:results");
    const card = cardOf(u)!;
    for (const r of built.results.filter((x) => x.status !== "ineligible")) {
      const item = card.items.find((i) => i.measure === r.measure);
      expect([r.measure, item?.status, item?.maxCashCNY]).toEqual([r.measure, r.status, r.maxCashCNY]);
    }
    expect(built.results.map((r) => [r.measure, r.status, r.maxCashCNY])).toEqual(byHand.result.results.map((r) => [r.measure, r.status, r.maxCashCNY]));
    const figure = (m: string) => card.items.find((i) => i.measure === m)!.maxCashCNY;
    // Projects of 18M and 2M; hires of 500,000 (6%) and 1,200,000 (10%) gross; loans of 10M at 3.5% for 3 years and 5M at 4% for 2.
    expect([figure("m14"), figure("m18"), figure("m21")]).toEqual(["3400000.00", "342000.00", "725000.00"]);
  });
});

describe("high-end hires, one at a time", () => {
  it("asks no after-tax pay of a hire below every band, says （十八） does not apply yet, and offers another hire", async () => {
    const u = engineUser("en");
    await u.startCheck();
    const answers: Record<string, string> = {
      ...NUMBERED_ANSWERS, interests: "3", keyAi: "no", aboveScale: "yes", hasTalent: "yes",
      "talentPay#1": "200000", "talentMore#1": "yes", "talentPay#2": "1200000", "talentNetPay#2": "900000", "talentMore#2": "no",
    };
    const asked: string[] = [];
    const seen: string[] = [];
    for (let i = 0; i < 40 && u.state?.mode === "check"; i++) {
      asked.push(u.state.current!);
      seen.push(await u.send(answers[u.state.current!] ?? "skip"));
    }
    expect(asked).not.toContain("hasExecs");
    expect(asked).not.toContain("talentNetPay#1");
    const afterFirst = seen[asked.indexOf("talentPay#1")]!;
    expect(afterFirst).toContain("Hire 1 added.");
    expect(afterFirst).toContain("So far under Clause 18: Not applicable.");
    expect(asked[asked.indexOf("talentPay#1") + 1]).toBe("talentMore#1");
    const afterSecond = seen[asked.indexOf("talentNetPay#2")]!;
    expect(afterSecond).toContain("Hire 2 added.");
    // 10% of 900,000 for 3 years, the second hire's band; the first earns nothing.
    expect(resultNow(u.state!.answers, "m18").maxCashCNY).toBe("270000.00");
    expect(afterSecond).toContain(soFar(resultNow(u.state!.answers, "m18"), "en"));
  });
});

/** The answer options of the question the last turn asked. */
const optionIds = (u: ReturnType<typeof engineUser>): string[] =>
  u.replies.flatMap((r) => (r.kind === "choices" ? r.choices.map((c) => c.id) : [])).filter((id) => id.startsWith("a:"));

describe("an event's kinds, offered by the measures still open", () => {
  it("offers only forums when only （十三） is of interest, and reads a typed 1 as the first one shown", async () => {
    const u = engineUser("en");
    await u.startCheck();
    await u.reach("hasEvents", { ...NUMBERED_ANSWERS, interests: "6" });
    await u.send("1");
    expect(u.asking).toBe("eventKind#1");
    expect(optionIds(u)).toEqual(["a:forum_asean", "a:forum_center"]);
    await u.send("1");
    expect(u.state!.answers["eventKind#1"]).toBe("forum_asean");
  });

  it("offers launches and forums when both （四） and （十三） are open", async () => {
    const u = engineUser("en");
    await u.startCheck();
    await u.reach("hasEvents", { ...NUMBERED_ANSWERS, manufacturing: "2", booth: "2" });
    await u.send("1");
    expect(u.asking).toBe("eventKind#1");
    expect(optionIds(u)).toEqual(["a:launch_center", "a:forum_asean", "a:forum_center"]);
  });
});
