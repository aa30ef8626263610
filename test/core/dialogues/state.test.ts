import { describe, expect, it } from "vitest";
import { migrate, newState } from "../../../core/dialogues/state.ts";

const stored = (answers: Record<string, unknown>) => ({ ...newState("en", true, "2026-06-01T00:00:00.000Z"), mode: "check", answers });

describe("a stored state read back", () => {
  it("keeps the answers that fit their questions", () => {
    const answers = { type: "enterprise", ai: true, settledOn: "2025-05-01", headcount: 12, computeSpend: "800000", hasLoans: true, "loanRate#1": "0.035", "eventKind#1": "launch_center" };
    expect(migrate(stored(answers))?.answers).toEqual(answers);
  });

  it("drops answers that no question could have recorded, so they are asked again instead of failing the turn", () => {
    const state = migrate(stored({ type: "spaceship", ai: "yes", headcount: -3, computeSpend: "lots", settledOn: "2025-02-30", loanRate: "1.5", nonsense: 1, booth: false }));
    expect(state?.answers).toEqual({ booth: false });
  });
});
