import { describe, expect, it } from "vitest";
import { turn } from "../../../core/dialogues/engine.ts";
import type { DialogueState, Reply } from "../../../core/dialogues/types.ts";
import { formatCny } from "../../../core/i18n/format.ts";
import type { Lang } from "../../../core/i18n/langs.ts";
import { evaluate } from "../../../core/rules/index.ts";
import { ANSWERS_EN, ANSWERS_ZH, EXPECTED_PROFILE, runScript, SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";

/** A user talking to the engine directly, state kept in the test. */
function user(lang: Lang) {
  let state: DialogueState | null | undefined;
  const replies: Reply[][] = [];
  return {
    get state() {
      return state;
    },
    replies,
    async send(text: string): Promise<string> {
      const out = await turn(state, { kind: "text", text }, { today: SCRIPT_TODAY, now: new Date("2026-06-01T02:00:00Z") });
      state = out.state;
      replies.push(out.replies);
      return textOf(out.replies);
    },
    async start(): Promise<string> {
      const out = await turn(state, { kind: "command", name: "lang", arg: lang }, { today: SCRIPT_TODAY });
      state = out.state;
      return textOf(out.replies);
    },
  };
}

const expected = evaluate(EXPECTED_PROFILE);
if (!expected.ok) throw new Error("the expected profile is invalid");

describe.each([
  ["zh", ANSWERS_ZH, "资格预判"],
  ["en", ANSWERS_EN, "check"],
] as const)("a full eligibility check in %s", (lang, answers, checkWord) => {
  it("reaches a results card whose amounts equal `check --json` for the same profile", async () => {
    const u = user(lang);
    await u.start();
    const { last, asked } = await runScript((t) => u.send(t), answers, lang, checkWord);
    expect(asked[0]).toBe("type");
    expect(asked).toContain("interests");
    expect(u.state?.mode).toBe("summary");
    await u.send(lang === "zh" ? "结果" : "results");
    const card = u.replies.at(-1)!.find((r) => r.kind === "result");
    expect(card?.kind).toBe("result");
    if (card?.kind !== "result") return;
    for (const r of expected.result.results) {
      if (r.status === "ineligible") continue;
      const item = card.items.find((i) => i.measure === r.measure);
      expect(item, `${r.measure} on the card`).toBeDefined();
      expect(item!.status).toBe(r.status);
      expect(item!.maxCashCNY).toBe(r.maxCashCNY);
      if (r.maxCashCNY !== null) expect(item!.amount).toContain(formatCny(r.maxCashCNY, lang));
    }
    expect(card.text).toContain(lang === "zh" ? "南宁市发展和改革委员会" : "Nanning Development and Reform Commission");
    expect(last).toBeTruthy();
  });

  it("never asks the graduate or training questions of an enterprise", async () => {
    const u = user(lang);
    await u.start();
    const { asked } = await runScript((t) => u.send(t), answers, lang, checkWord);
    for (const q of ["hukou", "graduated", "jobSeeking", "trainAtCenter", "trainees"]) expect(asked).not.toContain(q);
  });
});
