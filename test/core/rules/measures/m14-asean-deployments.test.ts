import { describe, expect, it } from "vitest";
import { aiEnterprise, aiEntity, codes, resultOf } from "../../../helpers/profiles.ts";

const project = (patch: Record<string, unknown>) => ({ domain: "smart_city", deployed: true, investment: 5000000, ...patch });
const deployments = (projects: unknown[] | undefined) => resultOf(aiEnterprise({ aseanProjects: projects }), "m14");

describe("m14 （十四） deployments in ASEAN countries", () => {
  it("a smart-city project deployed in an ASEAN country with 5,000,000 invested is likely to get 20%: ¥1,000,000", () => {
    const r = deployments([project({})]);
    expect(r.status).toBe("likely");
    expect(r.maxCashCNY).toBe("1000000.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "project_rated", clause: "（十四）" })]);
  });

  it("15,000,000 invested reaches the ¥3,000,000 cap exactly; 20,000,000 does not raise it", () => {
    expect(deployments([project({ investment: 15000000 })]).maxCashCNY).toBe("3000000.00");
    expect(deployments([project({ investment: 14999995 })]).maxCashCNY).toBe("2999999.00");
    expect(deployments([project({ investment: 20000000 })]).maxCashCNY).toBe("3000000.00");
  });

  it("the cap is per project: two large projects get 2 × min(20,000,000 × 20%, 3,000,000) = ¥6,000,000, and the reading is stated", () => {
    const r = deployments([project({ investment: 20000000 }), project({ investment: 20000000 })]);
    expect(r.maxCashCNY).toBe("6000000.00");
    expect(r.assumptions.join(" ")).toMatch(/per deployed project/);
  });

  it("a project not yet deployed does not count", () => {
    const r = deployments([project({ deployed: false })]);
    expect(r.status).toBe("ineligible");
    expect(r.maxCashCNY).toBe("0.00");
    expect(r.reasons).toEqual([expect.objectContaining({ code: "no_deployed_project", clause: "（十四）" })]);
  });

  it("an unknown deployment is asked for", () => {
    const r = deployments([project({ deployed: undefined })]);
    expect(r.status).toBe("needs_info");
    expect(r.missing).toEqual(["aseanProjects[0].deployed"]);
  });

  it("an unknown investment is asked for, with the project cap as the upper bound", () => {
    const r = deployments([project({ investment: undefined })]);
    expect(r.missing).toEqual(["aseanProjects[0].investment"]);
    expect(r.maxCashCNY).toBe("3000000.00");
  });

  it("a domain the clause does not name is counted (等), as an assumption", () => {
    const r = deployments([project({ domain: "other" })]);
    expect(r.status).toBe("likely");
    expect(r.assumptions.join(" ")).toMatch(/等/);
  });

  it("unknown projects are asked for", () => {
    expect(deployments(undefined).missing).toEqual(["aseanProjects"]);
  });

  it("is for settled enterprises: a university is ineligible", () => {
    expect(codes(resultOf(aiEntity("university", { aseanProjects: [project({})] }), "m14"))).toEqual(["applicant_type"]);
  });
});
