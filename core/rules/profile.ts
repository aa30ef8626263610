/**
 * Profile v1: what we know about an applicant. The zod schema here is the
 * source of truth (the JSON Schema printed by `policy-assistant schema` is
 * generated from it).
 *
 * Every field is optional: an absent field is *unknown*, never zero.
 * Money is CNY, given as a non-negative number or decimal string, and becomes
 * a `Decimal` on parsing. Dates are ISO `YYYY-MM-DD`.
 */
import * as z from "zod";
import { NOT_SURE, tryCompileFastParse } from "./fast-parse.ts";
import { toDecimal } from "./decimal-input.ts";
import { compare, type Dec, ONE, ZERO } from "./money.ts";
import { MEASURE_IDS } from "./types.ts";

const MONEY_PATTERN = /^\d+(\.\d+)?$/;

/** Money in CNY: a non-negative number or decimal string, parsed to Decimal. */
export const money = z
  .union([
    z.number().finite().nonnegative({ message: "must not be negative" }),
    z.string().trim().regex(MONEY_PATTERN, { message: "must be a non-negative amount in CNY such as 500000 or \"500000.00\"" }),
  ])
  .transform((v): Dec => toDecimal(v))
  .describe("CNY amount, a non-negative number or decimal string");

/** A fraction between 0 and 1: 3.5% is written 0.035. */
const fraction = z
  .union([z.number().finite(), z.string().trim().regex(MONEY_PATTERN, { message: "must be a decimal fraction such as 0.035" })])
  .transform((v): Dec => toDecimal(v))
  .refine((d) => compare(d, ZERO) >= 0, { message: "must not be negative" })
  .refine((d) => compare(d, ONE) <= 0, { message: "must be a fraction of 1: give 3.5% as 0.035" })
  .describe("decimal fraction, 0.035 = 3.5%");

/**
 * True when `s` is a real calendar date written `YYYY-MM-DD` (Gregorian), from
 * year 0100: read digit by digit, as every profile date is checked on every
 * evaluation. Years 0000–0099 are refused, as they were when this was checked
 * through `Date.UTC` (which reads them as 1900–1999).
 */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

/** The number written by the ASCII digits `s[from..to)`, or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** An ISO date `YYYY-MM-DD` that exists in the calendar. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: "must be a real date written YYYY-MM-DD" })
  .describe("ISO date YYYY-MM-DD");

const count = z.number().int({ message: "must be a whole number" }).nonnegative({ message: "must not be negative" });

/** Applicant types of Profile v1. */
export const APPLICANT_TYPES = [
  "enterprise", "team", "university", "research_institute", "training_provider", "industry_association", "individual",
] as const;
/** ASEAN member states (ISO 3166 alpha-2), Timor-Leste included. */
export const ASEAN_COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"] as const;
/** The three sites named in clause （一）, and any other. */
export const SITES = ["showcase_center", "geo_satellite_park", "smart_city_center", "other"] as const;
/** Talent team tiers of clause （二）. */
export const TALENT_TIERS = ["startup", "high_level", "leading", "none"] as const;
/** Event kinds: launch and roadshow belong to （四）, the rest to （十三）. */
export const EVENT_KINDS = ["launch", "roadshow", "forum", "summit", "exhibition", "competition"] as const;
/** Where an event takes place. */
export const EVENT_LOCATIONS = ["center", "asean", "other"] as const;
/** R&D fields; the first five are named in clause （八）. */
export const RESEARCH_FIELDS = [
  "model_development", "efficient_data_processing", "ai_chips", "cross_border_data_security", "embodied_ai", "other",
] as const;
/** Scenario domains; all but `other` are named in clause （十）. */
export const SCENARIO_DOMAINS = [
  "tourism", "manufacturing", "finance", "transport", "agriculture", "healthcare", "education", "social_governance", "other",
] as const;
/** ASEAN project domains; all but `other` are named in clause （十四）. */
export const ASEAN_PROJECT_DOMAINS = [
  "government_services", "smart_city", "international_communication", "smart_agriculture", "telemedicine",
  "disaster_warning", "security", "international_trade", "smart_education", "energy_management", "other",
] as const;

const event = z.object({
  kind: z.enum(EVENT_KINDS).optional(),
  location: z.enum(EVENT_LOCATIONS).optional(),
  cost: money.optional(),
  recognizedByCenter: z.boolean().optional(),
}).strict();

const aseanProject = z.object({
  domain: z.enum(ASEAN_PROJECT_DOMAINS).optional(),
  deployed: z.boolean().optional(),
  investment: money.optional(),
}).strict();

const loan = z.object({
  principal: money.optional(),
  annualRate: fraction.optional(),
  years: count.optional(),
  startYear: z.number().int({ message: "must be a whole year such as 2025" }).min(1949).max(2100).optional()
    .describe("the first year of the loan's interest (m21: the enterprise's 3 subsidy years are counted across loans from the earliest)"),
}).strict();

/** The most items a list of the profile may hold: far above any real applicant, low enough to answer at once. */
export const MAX_LIST_ITEMS = 1000;

/** A list of at most {@link MAX_LIST_ITEMS} items. */
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_LIST_ITEMS, { message: `must have at most ${MAX_LIST_ITEMS} items` });

/** A name for one person, the same in newExecutives and newTechTalent when one person is in both (从优不重复). */
const personName = z.string().trim().min(1).max(100).optional()
  .describe("who this is, so that one person in both newExecutives and newTechTalent is counted once, under the better clause (从优不重复)");

/** The zod schema of Profile v1. Unknown keys are refused so that typos are not silently ignored. */
export const ProfileSchema = z.object({
  version: z.literal(1).optional().describe("profile format version; 1 when absent"),
  asOf: isoDate.optional().describe("the date to evaluate on; today when absent"),
  applicant: z.object({
    type: z.enum(APPLICANT_TYPES).optional(),
    aiBusiness: z.boolean().optional().describe("an AI enterprise or institution"),
    aseanOrigin: z.boolean().optional().describe("foreign-invested enterprise or team from an ASEAN member state (m05)"),
    aseanCountry: z.enum(ASEAN_COUNTRIES).optional(),
    settlement: z.object({
      status: z.enum(["settled", "planning", "none"]).optional(),
      date: isoDate.optional(),
      site: z.enum(SITES).optional(),
    }).strict().optional(),
    headcount: count.optional(),
    talentTeamTier: z.enum(TALENT_TIERS).optional(),
    aiManufacturing: z.boolean().optional().describe("rents standard factory space for AI manufacturing (m01, separate support)"),
    techEnterpriseAboveScale: z.boolean().optional().describe("科技型规上企业 (m18)"),
    keyAiEnterprise: z.boolean().optional().describe("人工智能重点企业 (m17)"),
    computingPowerEnterprise: z.boolean().optional().describe("算力企业: sells or operates computing power (m16)"),
  }).strict().optional(),
  housing: z.object({ executivesAndCoreStaff: count.optional() }).strict().optional(),
  graduate: z.object({
    hasNanningUrbanHukou: z.boolean().optional(),
    graduationDate: isoDate.optional(),
    seekingJobAtCenterAiCompany: z.boolean().optional(),
  }).strict().optional(),
  promotion: z.object({ showcaseBooth: z.boolean().optional() }).strict().optional(),
  events: list(event).optional(),
  datasets: z.object({ building: z.boolean().optional() }).strict().optional(),
  publicData: z.object({ productOrService: z.boolean().optional() }).strict().optional(),
  research: z.object({ field: z.enum(RESEARCH_FIELDS).optional() }).strict().optional(),
  compute: z.object({ annualSpendAtCenter: money.optional() }).strict().optional(),
  corpus: z.object({ annualPurchaseFromUnrelatedParties: money.optional() }).strict().optional(),
  scenario: z.object({ domain: z.enum(SCENARIO_DOMAINS).optional() }).strict().optional(),
  modelFiling: z.object({ cacFiled: z.boolean().optional() }).strict().optional(),
  training: z.object({
    annualTrainees: count.optional(),
    atShowcaseCenter: z.boolean().optional(),
    aseanParticipants: z.boolean().optional(),
  }).strict().optional(),
  aseanProjects: list(aseanProject).optional(),
  computeCenter: z.object({
    newBuild: z.boolean().optional(),
    pflops: z.number().finite().nonnegative({ message: "must not be negative" }).optional(),
  }).strict().optional(),
  newExecutives: list(z.object({
    person: personName,
    annualAfterTaxPay: money.optional(),
    paidByEnterprise: z.boolean().optional(),
  }).strict()).optional(),
  newTechTalent: list(z.object({
    person: personName,
    annualPay: money.optional(),
    annualAfterTaxPay: money.optional(),
  }).strict()).optional(),
  tax: z.object({
    firstRevenueYear: z.number().int({ message: "must be a whole year such as 2025" }).min(1949).max(2100).optional(),
    annualTaxableIncome: money.optional(),
    corporateIncomeTaxRate: fraction.optional(),
    qualifiesForZoneTaxPreference: z.boolean().optional(),
  }).strict().optional(),
  loans: list(loan).optional(),
  otherSupportForSameItem: z
    .union([z.boolean(), z.array(z.enum(MEASURE_IDS)).min(1, { message: "name at least one measure (m01 … m22), or write true" })])
    .optional()
    .describe("从优不重复: the same item already gets regional or city support; true (some item, every measure) or the measures whose item does, e.g. [\"m14\", \"m21\"]"),
}).strict();

/** A validated profile, money as Decimal. */
export type Profile = z.output<typeof ProfileSchema>;
/** A profile as written in JSON (money as numbers or strings). */
export type ProfileInput = z.input<typeof ProfileSchema>;

/** One problem with a profile, with the dotted path of the field. */
export interface ProfileIssue {
  path: string;
  message: string;
}

/** The outcome of {@link parseProfile}: a profile, or the list of problems. */
export type ParseProfileResult =
  | { ok: true; profile: Profile }
  | { ok: false; issues: ProfileIssue[] };

/** Renders a zod path as `events[0].cost`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(profile)";
}

/**
 * {@link ProfileSchema} compiled for valid input: the same profile zod gives, or
 * NOT_SURE (null if the schema came to use something the compiler does not
 * handle; a test says so).
 */
export const fastParseProfile = tryCompileFastParse(ProfileSchema);

/**
 * Validates raw input against Profile v1. Never throws: returns the issues,
 * each naming the field path.
 */
export function parseProfile(input: unknown): ParseProfileResult {
  // Valid input takes the fast way; anything else is zod's to judge and report.
  const fast = fastParseProfile === null ? NOT_SURE : fastParseProfile(input);
  if (fast !== NOT_SURE) return { ok: true, profile: fast };
  return parseProfileByZod(input);
}

/**
 * {@link ProfileSchema} compiled to dense outputs: every object with all the
 * keys of its shape, absent ones as `undefined` (see `fast-parse.ts`).
 */
export const fastParseDenseProfile = tryCompileFastParse(ProfileSchema, { dense: true });

/**
 * {@link parseProfile} for the rules core's own reading (`evaluate`): the same
 * profile and the same issues, but a valid profile comes dense, each of its
 * objects with one layout whatever keys were given, which V8 reads several
 * times faster than the hundreds of layouts of sparse profiles. Not for
 * callers that list a profile's keys.
 */
export function parseProfileToEvaluate(input: unknown): ParseProfileResult {
  const fast = fastParseDenseProfile === null ? NOT_SURE : fastParseDenseProfile(input);
  if (fast !== NOT_SURE) return { ok: true, profile: fast };
  return parseProfileByZod(input);
}

/** Zod's verdict on `input`, its issues as {@link ProfileIssue}s. */
function parseProfileByZod(input: unknown): ParseProfileResult {
  const r = ProfileSchema.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  // NaN and ±Infinity (JSON's 1e999 reads as Infinity) get one plain message instead of zod's per-type ones.
  const nonFinite = new Set(nonFinitePaths(input));
  const issues = r.error.issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? (i as { keys: string[] }).keys.map((k) => ({ path: formatPath([...i.path, k]), message: "unknown field (check its spelling against `policy-assistant schema`)" }))
      : [{ path: formatPath(i.path), message: nonFinite.has(formatPath(i.path)) ? NON_FINITE_MESSAGE : i.message }],
  );
  return { ok: false, issues };
}

const NON_FINITE_MESSAGE = "must be a finite number (NaN and Infinity are not values; a JSON number such as 1e999 reads as Infinity)";

/** Paths of NaN and ±Infinity numbers in `value` (nested at most a few levels, as a profile is). */
function nonFinitePaths(value: unknown, path: PropertyKey[] = [], depth = 0): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [formatPath(path)];
  if (depth > 4 || typeof value !== "object" || value === null) return [];
  if (Array.isArray(value)) return value.length > MAX_LIST_ITEMS ? [] : value.flatMap((v, i) => nonFinitePaths(v, [...path, i], depth + 1));
  return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, [...path, k], depth + 1));
}

/** The JSON Schema of the profile as it is written (input side). */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ProfileSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
