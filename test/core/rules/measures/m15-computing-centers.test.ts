import { describe, expect, it } from "vitest";
import { codes, resultOf } from "../../../helpers/profiles.ts";

const center = (computeCenter: Record<string, unknown>) =>
  resultOf({ asOf: "2026-06-01", applicant: { type: "enterprise" }, computeCenter: { newBuild: true, pflops: 200, ...computeCenter } }, "m15");

describe("m15 （十五） intelligent computing centers", () => {
  it("a new 200 PFlops computing center is likely to get priority support, not cash", () => {
    const r = center({});
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBeNull();
    expect(r.benefits).toEqual([expect.objectContaining({ kind: "priority_support", quantity: null, unit: "priority support" })]);
  });

  it("100 PFlops qualifies (以上 includes the number)", () => {
    expect(center({ pflops: 100 }).status).toBe("likely");
  });

  it("99.9 PFlops does not", () => {
    const r = center({ pflops: 99.9 });
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "too_small", clause: "（十五）", params: { pflops: "99.9" } })]);
    expect(r.maxCashCNY).toBeNull();
  });

  it("an existing computing center is not a new build", () => {
    expect(codes(center({ newBuild: false }))).toEqual(["not_new_build"]);
  });

  it("unknown scale and build are asked for", () => {
    const r = center({ newBuild: undefined, pflops: undefined });
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["computeCenter.newBuild", "computeCenter.pflops"]);
  });

  it("any investor qualifies, settled or not (各类社会主体)", () => {
    const r = resultOf({ asOf: "2026-06-01", applicant: { type: "enterprise", settlement: { status: "none" }, aiBusiness: false }, computeCenter: { newBuild: true, pflops: 100 } }, "m15");
    expect(r.status).toBe("likely");
  });

  it("an individual is not an investor in a computing center", () => {
    const r = resultOf({ asOf: "2026-06-01", applicant: { type: "individual" }, computeCenter: { newBuild: true, pflops: 100 } }, "m15");
    expect(r.status).toBe("ineligible");
    expect(r.reasons[0]?.code).toBe("applicant_type");
  });
});
