/**
 * fast-check generators of valid Profile v1 JSON, for property tests of the
 * rules core. Every field may be absent; values cluster around the thresholds
 * and caps of the measures so that both sides of each are exercised.
 */
import fc from "fast-check";
import {
  APPLICANT_TYPES, ASEAN_COUNTRIES, ASEAN_PROJECT_DOMAINS, EVENT_KINDS, EVENT_LOCATIONS, RESEARCH_FIELDS, SCENARIO_DOMAINS, SITES, TALENT_TIERS,
} from "../../core/rules/profile.ts";
import { MEASURE_IDS } from "../../core/rules/types.ts";
import type { JsonObject } from "./profiles.ts";

/** A record whose every key may be missing. */
const optional = <T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { requiredKeys: [] });

/** An ISO date between 2023-01-01 and 2028-12-31. */
export const isoDate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 6 * 366 })
  .map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10));

/** An evaluation date, mostly while the policy is in force. */
export const asOf: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1035 }).map((d) => new Date(Date.UTC(2025, 2, 1 + d)).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: isoDate },
);

/** Money as JSON: a whole number or a decimal string with cents, from 0 up to 200,000,000. */
export const money: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: 0, max: 200_000_000 }),
  fc.constantFrom(0, 100_000, 300_000, 333_333, 500_000, 1_000_000, 2_000_000, 6_666_667, 15_000_000),
  fc.tuple(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 99 })).map(([a, c]) => `${a}.${String(c).padStart(2, "0")}`),
);

/** A decimal fraction between 0 and `max` with up to 4 decimals, as a number or string. */
const fraction = (max: number) =>
  fc.integer({ min: 0, max: max * 10_000 }).chain((n) => fc.constantFrom<number | string>(n / 10_000, String(n / 10_000)));

const event = optional({
  kind: fc.constantFrom(...EVENT_KINDS),
  location: fc.constantFrom(...EVENT_LOCATIONS),
  cost: money,
  recognizedByCenter: fc.boolean(),
});

/** A valid Profile v1 as JSON, any field possibly absent (asOf always set, so results do not depend on today). */
export const profile: fc.Arbitrary<JsonObject> = fc
  .tuple(
    asOf,
    optional({
      applicant: optional({
        type: fc.constantFrom(...APPLICANT_TYPES),
        aiBusiness: fc.boolean(),
        aseanOrigin: fc.boolean(),
        aseanCountry: fc.constantFrom(...ASEAN_COUNTRIES),
        settlement: optional({ status: fc.constantFrom("settled", "planning", "none"), date: isoDate, site: fc.constantFrom(...SITES) }),
        headcount: fc.integer({ min: 0, max: 80 }),
        talentTeamTier: fc.constantFrom(...TALENT_TIERS),
        aiManufacturing: fc.boolean(),
        techEnterpriseAboveScale: fc.boolean(),
        keyAiEnterprise: fc.boolean(),
        computingPowerEnterprise: fc.boolean(),
      }),
      housing: optional({ executivesAndCoreStaff: fc.integer({ min: 0, max: 60 }) }),
      graduate: optional({ hasNanningUrbanHukou: fc.boolean(), graduationDate: isoDate, seekingJobAtCenterAiCompany: fc.boolean() }),
      promotion: optional({ showcaseBooth: fc.boolean() }),
      events: fc.array(event, { maxLength: 4 }),
      datasets: optional({ building: fc.boolean() }),
      publicData: optional({ productOrService: fc.boolean() }),
      research: optional({ field: fc.constantFrom(...RESEARCH_FIELDS) }),
      compute: optional({ annualSpendAtCenter: money }),
      corpus: optional({ annualPurchaseFromUnrelatedParties: money }),
      scenario: optional({ domain: fc.constantFrom(...SCENARIO_DOMAINS) }),
      modelFiling: optional({ cacFiled: fc.boolean() }),
      training: optional({ annualTrainees: fc.integer({ min: 0, max: 1000 }), atShowcaseCenter: fc.boolean(), aseanParticipants: fc.boolean() }),
      aseanProjects: fc.array(optional({ domain: fc.constantFrom(...ASEAN_PROJECT_DOMAINS), deployed: fc.boolean(), investment: money }), { maxLength: 3 }),
      computeCenter: optional({ newBuild: fc.boolean(), pflops: fc.oneof(fc.constantFrom(99.9, 100), fc.double({ min: 0, max: 1000, noNaN: true })) }),
      newExecutives: fc.array(optional({ person: fc.constantFrom("Li", "Wang"), annualAfterTaxPay: money, paidByEnterprise: fc.boolean() }), { maxLength: 3 }),
      newTechTalent: fc.array(optional({ person: fc.constantFrom("Li", "Zhao"), annualPay: money, annualAfterTaxPay: money }), { maxLength: 3 }),
      tax: optional({
        firstRevenueYear: fc.integer({ min: 2012, max: 2030 }),
        annualTaxableIncome: money,
        corporateIncomeTaxRate: fraction(1),
        qualifiesForZoneTaxPreference: fc.boolean(),
      }),
      loans: fc.array(optional({ principal: money, annualRate: fraction(0.2), years: fc.integer({ min: 0, max: 10 }), startYear: fc.integer({ min: 2023, max: 2029 }) }), { maxLength: 3 }),
      otherSupportForSameItem: fc.oneof(fc.boolean(), fc.subarray([...MEASURE_IDS], { minLength: 1, maxLength: 3 })),
    }),
  )
  .map(([date, rest]) => consistent({ asOf: date, ...rest } as JsonObject));

/**
 * Makes a generated profile one `evaluate` accepts: a settled entity settled on
 * or before the evaluation date, and no after-tax pay above the gross pay.
 */
function consistent(p: JsonObject): JsonObject {
  const settlement = (p.applicant as JsonObject | undefined)?.settlement as JsonObject | undefined;
  if (settlement?.status === "settled" && typeof settlement.date === "string" && settlement.date > (p.asOf as string)) settlement.date = p.asOf as string;
  for (const x of (p.newTechTalent ?? []) as JsonObject[]) {
    if (x.annualPay !== undefined && x.annualAfterTaxPay !== undefined && Number(String(x.annualAfterTaxPay)) > Number(String(x.annualPay))) {
      [x.annualPay, x.annualAfterTaxPay] = [x.annualAfterTaxPay, x.annualPay];
    }
  }
  return p;
}

/**
 * A profile most of whose facts are known: a settled AI enterprise or team,
 * so that amounts are computed rather than asked for.
 */
export const knownProfile: fc.Arbitrary<JsonObject> = fc.tuple(profile, fc.constantFrom("enterprise", "team"), fc.boolean()).map(([p, type, asean]) => ({
  ...p,
  applicant: {
    ...(p.applicant as JsonObject | undefined),
    type,
    aiBusiness: true,
    aseanOrigin: asean,
    // Settled on 2025-06-01, or on the evaluation date when that is earlier (a settlement cannot lie ahead of it).
    settlement: { status: "settled", date: (p.asOf as string) < "2025-06-01" ? p.asOf : "2025-06-01", site: "showcase_center" },
  },
}));

/** Every path to a key of `value` (objects inside arrays included), as key lists. */
export function keyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...keyPaths(v, [...prefix, i])));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k], ...keyPaths(v, [...prefix, k]));
    }
  }
  return out;
}

/** A copy of `value` without the key at `path`. */
export function withoutKey(value: JsonObject, path: (string | number)[]): JsonObject {
  const copy = structuredClone(value);
  let node: unknown = copy;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[part];
  delete (node as Record<string | number, unknown>)[path.at(-1)!];
  return copy;
}

/** A copy of `value` with `f` applied to the value at `path`. */
export function updateAt(value: JsonObject, path: (string | number)[], f: (old: unknown) => unknown): JsonObject {
  const copy = structuredClone(value);
  let node: unknown = copy;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[part];
  const last = path.at(-1)!;
  (node as Record<string | number, unknown>)[last] = f((node as Record<string | number, unknown>)[last]);
  return copy;
}
