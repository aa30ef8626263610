import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { turn } from "../../../core/dialogues/engine.ts";
import type { DialogueState, Input, Reply } from "../../../core/dialogues/types.ts";
import { ANSWERS_EN, runScript, SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";

const NOW = new Date("2026-06-01T02:00:00Z");

/** A user of the engine; `state` is what a store would keep (round-tripped through JSON). */
function user(options: { now?: Date; platformLang?: string } = {}) {
  let state: unknown;
  let last: Reply[] = [];
  const u = {
    now: options.now ?? NOW,
    get state() {
      return state as DialogueState | null | undefined;
    },
    restore(s: unknown) {
      state = s;
    },
    get last() {
      return last;
    },
    async input(input: Input): Promise<string> {
      const out = await turn(state, input, { today: SCRIPT_TODAY, now: u.now, ...(options.platformLang ? { platformLang: options.platformLang } : {}) });
      state = out.state === null ? null : JSON.parse(JSON.stringify(out.state));
      last = out.replies;
      return textOf(out.replies);
    },
    send: (text: string) => u.input({ kind: "text", text }),
    choose: (id: string) => u.input({ kind: "choice", id }),
  };
  return u;
}

async function englishUser() {
  const u = user();
  await u.input({ kind: "command", name: "lang", arg: "en" });
  return u;
}

describe("the dialogue engine", () => {
  it("greets a new user in Chinese and English and offers the ten languages", async () => {
    const u = user();
    const text = await u.input({ kind: "start" });
    expect(text).toContain("您好");
    expect(text).toContain("Hello");
    const menu = u.last.find((r) => r.kind === "choices");
    expect(menu?.kind === "choices" && menu.choices.length).toBe(10);
  });

  it("greets in the platform's language when it is known", async () => {
    const u = user({ platformLang: "zh-hans" });
    const text = await u.input({ kind: "start" });
    expect(text).toContain("您好");
    expect(text).not.toContain("Hello");
  });

  it("greets a first \"hello\" with the menu, in the platform's language", async () => {
    const u = user({ platformLang: "en-US" });
    const text = await u.send("hello");
    expect(text).toContain("Hello! I am the assistant");
    expect(text).toContain("What would you like to do?");
  });

  it("answers a first message that asks about a measure, after the greeting, in its language", async () => {
    const u = user();
    const text = await u.send("我们公司想了解免费办公场地的政策");
    expect(text).toContain("您好");
    expect(text).toContain("提供场地支持");
    expect(u.state?.lang).toBe("zh");
  });

  it("answers a greeting in any of the ten languages with the menu in that language", async () => {
    for (const [hello, lang, greeting] of [["xin chào", "vi", "Xin chào"], ["salamat po", "fil", "What would"], ["สวัสดีครับ", "th", "สวัสดี"], ["ສະບາຍດີ", "lo", "ສະບາຍດີ"]] as const) {
      const u = user();
      const text = await u.send(hello);
      expect(u.state?.lang, hello).toBe(lang);
      expect(u.last.some((r) => r.kind === "choices"), hello).toBe(true);
      if (lang !== "fil") expect(text, hello).toContain(greeting);
    }
  });

  it("greets again and shows the menu for a greeting later in the conversation, in the greeting's language", async () => {
    const u = user({ platformLang: "en-US" });
    await u.send("How much is the loan interest subsidy?");
    const text = await u.send("xin chào");
    expect(u.state?.lang).toBe("vi");
    expect(text).not.toContain("Không tìm thấy");
    expect(u.last.some((r) => r.kind === "choices")).toBe(true);
  });

  it("answers a clause number with that measure, not a neighbour", async () => {
    const u = await englishUser();
    expect(await u.send("measure 4")).toContain("Showcase booths and launch events");
    expect(await u.send("（四）")).not.toContain("Extra support for ASEAN enterprises");
  });

  it("explains the measure a user names by number after the results, as its button does", async () => {
    const u = await englishUser();
    await u.send("check");
    let seen = await u.send("Enterprise");
    for (let i = 0; i < 60 && u.state?.mode === "check"; i++) seen = await u.send(ANSWERS_EN[u.state.current!]!);
    expect(seen).toBeTruthy();
    await u.choose("c:results");
    expect(u.state?.mode).toBe("results");
    const byButton = await u.choose("x:m02");
    expect(await u.send("clause 2")).toBe(byButton);
    expect(await u.send("explain 2")).toBe(byButton);
  });

  it("shows progress on every question", async () => {
    const u = await englishUser();
    expect(await u.send("check")).toMatch(/Question 1 of about \d+/);
  });

  it("goes back one question and forgets that answer", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.send("Enterprise");
    expect(u.state?.current).toBe("ai");
    await u.send("yes");
    expect(u.state?.answers.ai).toBe(true);
    const text = await u.send("back");
    expect(text).toContain("Going back one question");
    expect(text).toContain("AI enterprise or institution");
    expect(u.state?.current).toBe("ai");
    expect(u.state?.answers.ai).toBeUndefined();
  });

  it("goes back to a question that was skipped", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.send("Enterprise");
    await u.send("skip");
    expect(u.state?.current).toBe("settlement");
    const text = await u.send("back");
    expect(u.state?.current).toBe("ai");
    expect(text).toContain("Question 2 of about");
  });

  it("does not pick an option from a word hidden inside its label", async () => {
    const u = user();
    await u.input({ kind: "command", name: "lang", arg: "id" });
    await u.send("/check");
    for (const q of ["type", "ai", "settlement", "settledOn", "asean"]) await u.send(ANSWERS_EN[q]!);
    expect(u.state?.current).toBe("interests");
    await u.send("ya");
    expect(u.state?.current).toBe("interests");
    expect(u.state?.answers.interests).toBeUndefined();
  });

  it("takes a Buddhist-era year from a Thai user", async () => {
    const { readAnswer } = await import("../../../core/dialogues/answer.ts");
    const { QUESTION_BY_ID } = await import("../../../core/dialogues/questions/bank.ts");
    expect(readAnswer(QUESTION_BY_ID.get("firstRevenueYear")!, "2568", "th", SCRIPT_TODAY)).toEqual({ ok: true, value: 2025 });
    expect(readAnswer(QUESTION_BY_ID.get("firstRevenueYear")!, "2025", "th", SCRIPT_TODAY)).toEqual({ ok: true, value: 2025 });
  });

  it("starts the check on a yes to its offer after a question, and shows the menu on a no", async () => {
    const u = await englishUser();
    await u.send("Is there free office space?");
    expect(await u.send("yes")).toContain("What kind of applicant are you?");
    const v = await englishUser();
    await v.send("Is there free office space?");
    expect(await v.send("no")).toContain("What would you like to do?");
  });

  it("does not promise \"up to CNY 0\" while only non-cash support is known", async () => {
    const u = await englishUser();
    await u.send("check");
    let seen = "";
    for (const q of ["type", "ai", "settlement", "settledOn", "asean", "interests"]) seen += await u.send(ANSWERS_EN[q]!);
    expect(seen).not.toContain("up to CNY 0.");
    expect(seen).toMatch(/So far: \d+ measure\(s\) eligible or likely, with non-cash support/);
  });

  it("says so when there is nothing to go back to", async () => {
    const u = await englishUser();
    await u.send("check");
    expect(await u.send("back")).toContain("no earlier answer");
  });

  it("skips a question as unknown, and the results say what it would settle", async () => {
    const u = await englishUser();
    await u.send("check");
    const answers = { ...ANSWERS_EN };
    delete (answers as Record<string, string>).headcount;
    let seen = await u.send("Enterprise");
    for (let i = 0; i < 60 && u.state?.mode === "check"; i++) {
      const q = u.state.current!;
      seen = q === "headcount" ? await u.send("don't know") : await u.send(answers[q]!);
    }
    expect(u.state?.skipped).toContain("headcount");
    expect(seen).toContain("Headcount: don't know");
    const results = await u.choose("c:results");
    expect(results).toMatch(/Rent-free office space[^\n]*: Needs information/);
    expect(results).toContain("Still unknown: Headcount");
  });

  it("reprompts with what was wrong when an answer cannot be read", async () => {
    const u = await englishUser();
    await u.send("check");
    for (const q of ["type", "ai", "settlement", "settledOn", "asean", "interests", "site"]) await u.send(ANSWERS_EN[q]!);
    expect(u.state?.current).toBe("headcount");
    const text = await u.send("lots of people");
    expect(text).toContain("I could not read that as a whole number");
    expect(text).toContain("How many people work");
    expect(u.state?.current).toBe("headcount");
  });

  it("refuses a number out of range with the range", async () => {
    const u = await englishUser();
    await u.send("check");
    for (const q of ["type", "ai", "settlement", "settledOn", "asean", "interests", "site"]) await u.send(ANSWERS_EN[q]!);
    expect(await u.send("99999999")).toContain("Please give a number from 0 to 1000000");
  });

  it("answers a question asked in the middle of the check, then asks again", async () => {
    const u = await englishUser();
    await u.send("check");
    const text = await u.send("What are compute vouchers and who can get them?");
    expect(text).toContain("Compute");
    expect(text).toContain("What kind of applicant are you?");
    expect(u.state?.current).toBe("type");
  });

  it("accepts options by button, by number and by words", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.choose("a:enterprise");
    expect(u.state?.answers.type).toBe("enterprise");
    await u.send("1");
    expect(u.state?.answers.ai).toBe(true);
    await u.send("Planning to settle");
    expect(u.state?.answers.settlement).toBe("planning");
  });

  it("builds a multiple choice from buttons, with the selection shown", async () => {
    const u = await englishUser();
    await u.send("check");
    for (const q of ["type", "ai", "settlement", "settledOn", "asean"]) await u.send(ANSWERS_EN[q]!);
    expect(u.state?.current).toBe("interests");
    await u.choose("t:funding");
    const text = await u.choose("t:tax_loans");
    expect(text).toContain("Selected so far: Funding and awards, Tax and loans");
    await u.choose("a:done");
    expect(u.state?.answers.interests).toEqual(["funding", "tax_loans"]);
  });

  it("asks only questions that can change a result of the chosen kinds of support", async () => {
    const u = await englishUser();
    await u.send("check");
    for (const q of ["type", "ai", "settlement", "settledOn", "asean"]) await u.send(ANSWERS_EN[q]!);
    await u.send("7");
    expect(u.state?.answers.interests).toEqual(["tax_loans"]);
    const asked: string[] = [];
    for (let i = 0; i < 20 && u.state?.mode === "check"; i++) {
      asked.push(u.state.current!);
      await u.send(ANSWERS_EN[u.state.current!]!);
    }
    expect(asked).toEqual(["taxPref", "firstRevenueYear", "taxableIncome", "hasLoans", "loanPrincipal#1", "loanRate#1", "loanYears#1", "loanMore#1", "loanPrincipal#2", "loanRate#2", "loanYears#2", "loanMore#2"]);
  });

  it("never asks a graduate about offices, funding or loans", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.send("Individual (e.g. a graduate)");
    const asked: string[] = [];
    const answers: Record<string, string> = { settlement: "No plan to settle", asean: "no", interests: "All of them", hukou: "no", graduated: "2025-07-01", jobSeeking: "yes", ai: "no", computeCenterNew: "no", hasEvents: "no" };
    for (let i = 0; i < 20 && u.state?.mode === "check"; i++) {
      asked.push(u.state.current!);
      await u.send(answers[u.state.current!] ?? "skip");
    }
    expect(asked).toContain("hukou");
    expect(asked).toContain("graduated");
    for (const q of ["site", "headcount", "tier", "hasLoans", "keyAi", "hasExecs"]) expect(asked).not.toContain(q);
    const results = await u.send("results");
    expect(results).toMatch(/Talent apartments and graduate stays[^\n]*: Eligible/);
  });

  it("says how much may be had so far, once the interests are known", async () => {
    const u = await englishUser();
    await u.send("check");
    let seen = "";
    for (const q of ["type", "ai", "settlement", "settledOn", "asean", "interests", "site", "headcount", "manufacturing", "tier"]) seen += await u.send(ANSWERS_EN[q]!);
    expect(seen).toMatch(/So far: \d+ measure\(s\) eligible or likely, up to CNY [\d,]+/);
  });

  it("changes an earlier answer from the summary and shows the new figures", async () => {
    const u = await englishUser();
    await runScript((t) => u.send(t), ANSWERS_EN, "en", "check");
    expect(u.state?.mode).toBe("summary");
    expect(await u.choose("c:results")).toContain("450 m² of rent-free office space");
    await u.choose("c:summary");
    await u.choose("c:edit");
    expect(await u.choose("e:headcount")).toContain("How many people work");
    const back = await u.send("10");
    expect(back).toContain("Headcount: 10");
    expect(u.state?.mode).toBe("summary");
    expect(await u.choose("c:results")).toContain("150 m² of rent-free office space");
  });

  it("starts again with no answers on restart", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.send("Enterprise");
    const text = await u.send("restart");
    expect(text).toContain("Starting again");
    expect(u.state?.answers).toEqual({});
    expect(u.state?.current).toBe("type");
  });

  it("resumes where the user left off after days away, from the stored state", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.send("Enterprise");
    const stored = JSON.stringify(u.state);
    const later = user({ now: new Date("2026-06-04T09:00:00Z") });
    later.restore(JSON.parse(stored));
    const text = await later.send("hi");
    expect(text).toContain("Welcome back");
    expect(later.state?.answers.type).toBe("enterprise");
  });

  it("forgets everything on /forget and starts afresh after", async () => {
    const u = await englishUser();
    await u.send("check");
    await u.send("Enterprise");
    const text = await u.input({ kind: "command", name: "forget" });
    expect(text).toContain("deleted everything");
    expect(u.state).toBeNull();
    await u.input({ kind: "start" });
    expect(u.state?.answers).toEqual({});
  });

  it("gives help about the question being asked", async () => {
    const u = await englishUser();
    await u.send("check");
    const text = await u.send("help");
    expect(text).toContain("About this question");
    expect(text).toContain("What kind of applicant are you?");
  });

  it("switches language on /lang and re-asks the question in it", async () => {
    const u = await englishUser();
    await u.send("check");
    const text = await u.send("/lang zh");
    expect(text).toContain("您属于哪类申报主体");
    expect(u.state?.langChosen).toBe(true);
  });

  it("starts afresh from a state it cannot read", async () => {
    const u = user();
    u.restore({ v: 99, nonsense: true });
    expect(await u.input({ kind: "start" })).toContain("Hello");
  });

  it("keeps the state small and every choice id short", async () => {
    const u = await englishUser();
    const ids: string[] = [];
    const send = async (t: string) => {
      const text = await u.send(t);
      for (const r of u.last) if (r.kind === "choices") ids.push(...r.choices.map((c) => c.id));
      return text;
    };
    await runScript(send, ANSWERS_EN, "en", "check");
    await send("results");
    expect(Buffer.byteLength(JSON.stringify(u.state))).toBeLessThan(4096);
    for (const id of ids) expect(Buffer.byteLength(id)).toBeLessThan(40);
  });

  it("cuts an over-long message and says so", async () => {
    const u = await englishUser();
    expect(await u.send("office ".repeat(400))).toContain("only the first 1000 characters");
  });

  it("answers anything, in any state, without throwing", async () => {
    const inputs = fc.oneof(
      fc.string({ maxLength: 60 }).map((text): Input => ({ kind: "text", text })),
      fc.constantFrom("1", "2", "3", "10", "yes", "no", "back", "skip", "restart", "help", "50万", "2025-06-01", "/check", "/lang vi", "/summary", "/results", "/ask office").map((text): Input => ({ kind: "text", text })),
      fc.constantFrom("a:yes", "a:no", "a:enterprise", "t:funding", "a:done", "a:all", "c:back", "c:skip", "c:results", "c:edit", "e:type", "x:m01", "x:m99", "l:th", "m:check", "zz:?", "a:").map((id): Input => ({ kind: "choice", id })),
      fc.constant<Input>({ kind: "start" }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(inputs, { minLength: 1, maxLength: 25 }), async (seq) => {
        let state: unknown;
        for (const input of seq) {
          const out = await turn(state, input, { today: SCRIPT_TODAY, now: NOW });
          expect(out.replies.length).toBeGreaterThan(0);
          for (const r of out.replies) expect(r.text.length).toBeGreaterThan(0);
          state = out.state === null ? undefined : JSON.parse(JSON.stringify(out.state));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the stored state the engine is given", () => {
  it("is left as it was; handed over (ownsPrev, no copy made) it gives the same turn", async () => {
    const ctx = { today: SCRIPT_TODAY, platformLang: "en", now: new Date("2026-06-01T08:00:00Z") };
    let out = await turn(undefined, { kind: "start" }, ctx);
    out = await turn(out.state, { kind: "choice", id: "m:check" }, ctx);
    const before = out.state!;
    const copy = structuredClone(before);
    const answer: Input = { kind: "text", text: ANSWERS_EN[before.current!]! };
    const kept = await turn(before, answer, ctx);
    expect(before).toEqual(copy);
    const handed = await turn(before, answer, { ...ctx, ownsPrev: true });
    expect(handed.replies).toEqual(kept.replies);
    expect(handed.state).toEqual(kept.state);
  });
});
