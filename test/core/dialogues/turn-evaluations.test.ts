/**
 * How often a turn runs the rules core. Each evaluation of the 22 measures
 * costs a few hundred microseconds and allocates tens of kilobytes, so an
 * answer's turn evaluates the answers once (after the answer), and once more
 * only to learn whether one more item of a list could change a figure, or,
 * for a question whose options follow the open measures, to offer them.
 */
import { describe, expect, it, vi } from "vitest";
import { turn } from "../../../core/dialogues/engine.ts";
import { listOf, questionById } from "../../../core/dialogues/questions/lists.ts";
import { ANSWERS_EN, SCRIPT_TODAY } from "../../helpers/conversation-script.ts";

const counted = vi.hoisted(() => ({ evaluations: 0 }));
vi.mock("../../../core/rules/evaluate.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../core/rules/evaluate.ts")>();
  return {
    ...real,
    // Both ways of evaluating every measure count (the planner's leaves the totals out).
    evaluateProfile: (...args: Parameters<typeof real.evaluateProfile>) => {
      counted.evaluations++;
      return real.evaluateProfile(...args);
    },
    evaluateResults: (...args: Parameters<typeof real.evaluateResults>) => {
      counted.evaluations++;
      return real.evaluateResults(...args);
    },
  };
});

describe("rules evaluations per turn, over the scripted conversation", () => {
  it("an answer evaluates once, twice at most for an item of a list or an option that follows the open measures", async () => {
    const ctx = { today: SCRIPT_TODAY, platformLang: "en" };
    let out = await turn(undefined, { kind: "start" }, ctx);
    out = await turn(out.state, { kind: "choice", id: "m:check" }, ctx);
    const byQuestion: { id: string; evaluations: number }[] = [];
    for (let i = 0; i < 100 && out.state?.mode === "check" && out.state.current; i++) {
      const id = out.state.current;
      counted.evaluations = 0;
      out = await turn(out.state, { kind: "text", text: ANSWERS_EN[id]! }, ctx);
      byQuestion.push({ id, evaluations: counted.evaluations });
    }
    expect(out.state?.mode).toBe("summary");
    // A list's opener, item questions and "add another?" (`eventCost#2`).
    const inList = (id: string) => listOf(id.split("#")[0]!) !== undefined;
    const plain = byQuestion.filter((q) => !inList(q.id) && !questionById(q.id)?.optionMeasures);
    expect(plain.length).toBeGreaterThan(10);
    for (const q of plain) expect(q, q.id).toEqual({ id: q.id, evaluations: 1 });
    for (const q of byQuestion) expect(q.evaluations, q.id).toBeLessThanOrEqual(2);
  });
});
