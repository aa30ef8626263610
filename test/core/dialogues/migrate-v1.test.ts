import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Conversations } from "../../../core/dialogues/conversations.ts";
import { buildProfile } from "../../../core/dialogues/questions/build-profile.ts";
import { migrate, STATE_VERSION } from "../../../core/dialogues/state.ts";
import type { Reply } from "../../../core/dialogues/types.ts";
import { evaluate, evaluateProfile } from "../../../core/rules/index.ts";
import type { EvaluationResult } from "../../../core/rules/types.ts";
import type { KeyValueStore } from "../../../core/store/key-value-store.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";
import { SessionStore } from "../../../core/store/session-store.ts";
import { SCRIPT_TODAY, textOf } from "../../helpers/conversation-script.ts";
import { describeRedis, useSharedRedis } from "../../helpers/redis.ts";

/** A conversation stored by version 1 of the state, waiting for the loan's term: lists as counts and typical values. */
const V1 = JSON.parse(readFileSync(new URL("../../fixtures/state/v1-mid-check.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** The profile version 1 built from those answers: each count times the value given, the projects' total shared equally. */
const V1_PROFILE = {
  asOf: SCRIPT_TODAY,
  applicant: {
    type: "enterprise", aiBusiness: true, aseanOrigin: false,
    settlement: { status: "settled", date: "2025-06-01", site: "showcase_center" },
    headcount: 30, aiManufacturing: false, talentTeamTier: "high_level", keyAiEnterprise: true, techEnterpriseAboveScale: true, computingPowerEnterprise: false,
  },
  housing: { executivesAndCoreStaff: 5 },
  promotion: { showcaseBooth: true },
  events: [
    { kind: "launch", location: "center", cost: "200000" },
    { kind: "launch", location: "center", cost: "200000" },
    { kind: "forum", location: "asean", recognizedByCenter: true, cost: "3000000" },
  ],
  datasets: { building: true },
  publicData: { productOrService: false },
  research: { field: "model_development" },
  compute: { annualSpendAtCenter: "1000000" },
  corpus: { annualPurchaseFromUnrelatedParties: "0" },
  scenario: { domain: "healthcare" },
  modelFiling: { cacFiled: true },
  aseanProjects: [1, 2, 3].map(() => ({ deployed: true, investment: "3333333.3333333333333" })),
  computeCenter: { newBuild: false },
  newExecutives: [1, 2].map(() => ({ paidByEnterprise: true, annualAfterTaxPay: "600000" })),
  newTechTalent: [1, 2, 3].map(() => ({ annualPay: "500000", annualAfterTaxPay: "400000" })),
  tax: { qualifiesForZoneTaxPreference: true, firstRevenueYear: 2025, annualTaxableIncome: "2000000" },
  loans: [{ principal: "10000000", annualRate: "0.035" }],
};

const figures = (r: EvaluationResult) => r.results.map((x) => [x.measure, x.status, x.maxCashCNY, [...x.missing].sort()]);

function evaluated(profile: unknown): EvaluationResult {
  const r = evaluate(profile);
  if (!r.ok) throw new Error("invalid profile");
  return r.result;
}

describe("a stored state of version 1 (lists as a count and a typical value)", () => {
  it("is migrated to items that give the same profile as before", () => {
    const state = migrate(structuredClone(V1))!;
    expect(state.v).toBe(STATE_VERSION);
    expect(state.answers).toMatchObject({
      hasEvents: true, "eventKind#1": "launch_center", "eventCost#1": "200000", "eventKind#2": "launch_center", "eventKind#3": "forum_asean", "eventRecognized#3": true, "eventCost#3": "3000000", "eventMore#3": false,
      hasProjects: true, "projectMore#2": true, "projectMore#3": false,
      hasExecs: true, "execPay#2": "600000", hasTalent: true, "talentNetPay#3": "400000", hasLoans: true, "loanPrincipal#1": "10000000", "loanRate#1": "0.035", "loanMore#1": false,
    });
    for (const old of ["events", "launchCount", "projectCount", "execCount", "talentCount", "loanPrincipal"]) expect(state.answers).not.toHaveProperty(old);
    const built = evaluateProfile(buildProfile(state.answers, SCRIPT_TODAY).profile);
    expect(figures(built)).toEqual(figures(evaluated(V1_PROFILE)));
  });

  it("waits for the same question about the first loan, and keeps back working through the migrated lists", () => {
    const state = migrate(structuredClone(V1))!;
    expect(state.current).toBe("loanYears#1");
    expect(state.order.slice(-4)).toEqual(["hasLoans", "loanPrincipal#1", "loanRate#1", "loanMore#1"]);
    expect(state.order).toContain("projectInvestment#3");
    expect(state.shown).toBeUndefined();
  });

  it("turns a count of 0 and 'no loans' into lists said to be empty", () => {
    const state = migrate({ ...structuredClone(V1), answers: { type: "enterprise", events: [], projectCount: 0, hasLoans: false }, order: [], current: null })!;
    expect(state.answers).toEqual({ type: "enterprise", hasEvents: false, hasProjects: false, hasLoans: false });
    expect(buildProfile(state.answers).profile).toMatchObject({ events: [], aseanProjects: [], loans: [] });
  });
});

/** Resumes the stored fixture through `store`, answers the loan's term, and goes to the results. */
async function resume(store: KeyValueStore): Promise<Reply[]> {
  const sessions = new SessionStore(store);
  const user = "test:v1";
  await sessions.save(user, structuredClone(V1));
  const chat = new Conversations({ sessions, today: () => SCRIPT_TODAY, now: () => new Date("2026-06-01T01:30:00Z") });
  const afterTerm = textOf(await chat.handle(user, { kind: "text", text: "3" }));
  expect(afterTerm).toContain("Loan 1 added.");
  expect(afterTerm).toContain("Here is what you told me");
  expect(afterTerm).toContain("Project 3 · Investment: CNY 3,333,333.33");
  const stored = (await sessions.load(user)) as { v: number; answers: Record<string, unknown> };
  expect(stored.v).toBe(STATE_VERSION);
  expect(stored.answers["loanYears#1"]).toBe(3);
  return chat.handle(user, { kind: "choice", id: "c:results" });
}

function expectSameFigures(replies: Reply[]): void {
  const card = replies.find((r) => r.kind === "result");
  if (card?.kind !== "result") throw new Error("no result card");
  const expected = evaluated({ ...V1_PROFILE, loans: [{ principal: "10000000", annualRate: "0.035", years: 3 }] });
  for (const r of expected.results.filter((x) => x.status !== "ineligible")) {
    const item = card.items.find((i) => i.measure === r.measure);
    expect([r.measure, item?.status, item?.maxCashCNY]).toEqual([r.measure, r.status, r.maxCashCNY]);
  }
}

describe("a conversation stored by version 1, resumed after the migration", () => {
  it("finishes the check in the memory store, with the figures version 1 would have given", async () => {
    expectSameFigures(await resume(new MemoryStore()));
  });
});

describeRedis("a conversation stored by version 1 in Redis, resumed after the migration", () => {
  const redis = useSharedRedis("migrate-v1");
  it("finishes the check, with the figures version 1 would have given", async () => {
    expectSameFigures(await resume(new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false })));
  });
});

describe("a version 1 state waiting for the number of launches", () => {
  it("keeps one launch, as version 1 counted, and leaves 'add another event?' open instead of closing the list", () => {
    const answers = { type: "enterprise", events: ["launch_center"], launchCost: "200000" };
    const state = migrate({ ...structuredClone(V1), answers, order: ["type", "events", "launchCost"], current: "launchCount" })!;
    expect(state.answers).toEqual({ type: "enterprise", hasEvents: true, "eventKind#1": "launch_center", "eventCost#1": "200000" });
    expect(state.current).toBe("eventMore#1");
  });
});
