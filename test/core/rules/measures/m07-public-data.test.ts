import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

describe("m07 （七） products on Nanning public data", () => {
  it("an AI enterprise with a data product on Nanning public data is likely to get up to ¥1,000,000", () => {
    const r = resultOf(aiEnterprise({ publicData: { productOrService: true } }), "m07");
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("1000000.00");
    expect(codes(r)).toEqual(["quality_assessed"]);
  });

  it("a research institute qualifies too", () => {
    expect(resultOf(aiEntity("research_institute", { publicData: { productOrService: true } }), "m07").status).toBe("likely");
  });

  it("an individual is not an enterprise, university or research institute", () => {
    expect(codes(resultOf(aiEntity("individual", { publicData: { productOrService: true } }), "m07"))).toEqual(["applicant_type"]);
  });

  it("no product or service on public data means no award, citing （七）", () => {
    const r = resultOf(aiEnterprise({ publicData: { productOrService: false } }), "m07");
    expect(r.status).toBe("ineligible");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_public_data_product", clause: "（七）" })]);
  });

  it("an unknown product is asked for", () => {
    const r = resultOf(aiEnterprise(), "m07");
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["publicData.productOrService"]);
  });
});
