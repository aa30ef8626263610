import { describe, expect, it } from "vitest";
import { unaskedFacts } from "../../../../core/dialogues/questions/coverage.ts";
import { NOT_ASKED, QUESTIONS } from "../../../../core/dialogues/questions/bank.ts";
import { MEASURES } from "../../../../core/rules/measures/index.ts";
import { readsOf } from "../../../../core/rules/evaluate.ts";
import { m99 } from "../../../fixtures/paths/m99-planted.ts";

describe("which facts the chat asks", () => {
  it("asks every fact a measure reads, or says why not", () => {
    expect(unaskedFacts(MEASURES, QUESTIONS, NOT_ASKED)).toEqual([]);
  });

  it("gives a reason for every fact it does not ask, and lists only facts some measure reads", () => {
    const read = new Set(MEASURES.flatMap((m) => readsOf(m)));
    for (const [field, reason] of Object.entries(NOT_ASKED)) {
      expect(reason.length, field).toBeGreaterThan(20);
      expect(read.has(field as never), field).toBe(true);
    }
  });

  it("does not list a fact as not asked while a question asks it", () => {
    const asked = new Set(QUESTIONS.flatMap((q) => q.paths));
    expect(Object.keys(NOT_ASKED).filter((f) => asked.has(f as never))).toEqual([]);
  });

  it("fails on a planted measure that reads a fact no question settles", () => {
    expect(unaskedFacts([...MEASURES, m99], QUESTIONS, NOT_ASKED)).toEqual([{ measure: "m99", field: "version" }]);
  });

  it("fails when the question that settles a fact is removed from the bank", () => {
    const withoutBooth = QUESTIONS.filter((q) => q.id !== "booth");
    expect(unaskedFacts(MEASURES, withoutBooth, NOT_ASKED)).toEqual([{ measure: "m04", field: "promotion.showcaseBooth" }]);
  });
});
