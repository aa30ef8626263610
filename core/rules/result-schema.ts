/**
 * The result of `evaluate()` as a zod schema: the one shape every channel, the
 * API (`check --json`) and the LLM explainer consume. `policy-assistant schema
 * --result` prints its JSON Schema; `types.ts` holds the same shape as
 * TypeScript types, and a type check below keeps the two equal.
 */
import * as z from "zod";
import { AMOUNT_KINDS, MEASURE_IDS, type EvaluationResult } from "./types.ts";

const CNY = z.string().regex(/^\d+\.\d{2}$/).describe("CNY amount rounded once to 0.01, as a decimal string");
const STATUS = z.enum(["eligible", "likely", "needs_info", "ineligible"]);
const ZH_EN = z.object({ zh: z.string(), en: z.string() }).strict();

const reason = z.object({
  code: z.string().describe("stable reason code; channels translate `reason.<code>`"),
  clause: z.string().describe("the clause cited, e.g. （一）, or 适用范围 for the scope paragraph"),
  text: z.string().describe("English"),
  params: z.record(z.string(), z.string()).optional(),
}).strict();

const benefit = z.object({
  kind: z.string(),
  quantity: z.string().nullable(),
  unit: z.string(),
  text: z.string(),
}).strict();

const amountKind = z.enum(AMOUNT_KINDS).nullable().describe("grant, voucher, reward, interest_subsidy or tax_relief (never cash); null for non-cash support");

const period = z.discriminatedUnion("type", [
  z.object({ type: z.literal("one_off") }).strict(),
  z.object({ type: z.literal("per_year") }).strict().describe("one year's amount, renewable each year"),
  z.object({
    type: z.literal("years"),
    years: z.number().int().nonnegative(),
    fromYear: z.number().int().nullable(),
    toYear: z.number().int().nullable(),
  }).strict().describe("the amount covers `years` years, from `fromYear` to `toYear` when known"),
]).nullable();

const part = z.object({
  id: z.string().describe("stable within the measure: booth, events, event[0], compute, corpus, project[1], apartments, graduate_stay, executive[0], hire[0], loan[0]"),
  label: z.string(),
  status: STATUS,
  amountCNY: CNY.nullable().describe("the part's amount (an upper bound while needs_info); null when it is not an amount, or has no bound of its own while a fact is missing; the parts of a measure add up to its maxCashCNY"),
  kind: amountKind,
  period,
  benefits: z.array(benefit),
  missing: z.array(z.string()),
  reasons: z.array(reason),
}).strict();

const measureResult = z.object({
  measure: z.enum(MEASURE_IDS),
  clause: z.string(),
  title: ZH_EN,
  status: STATUS,
  maxCashCNY: CNY.nullable().describe("upper bound over all parts (pending ones included), over the figure's period; for （十九） an estimated tax saving (see kind); null for non-cash support, or when a missing fact leaves no bound"),
  benefits: z.array(benefit),
  missing: z.array(z.string()).describe("profile paths whose value could change this result; an eligible or likely measure lists here the facts of its parts still pending (eligible does not mean nothing is missing)"),
  reasons: z.array(reason),
  trace: z.array(z.object({ step: z.string(), values: z.record(z.string(), z.string()) }).strict()),
  assumptions: z.array(z.string()),
  kind: amountKind,
  period,
  settledCashCNY: CNY.nullable().describe("the amount of the parts already settled (eligible or likely), beside the bound maxCashCNY; equal to it when nothing is missing; what the totals count"),
  parts: z.array(part).describe("the measure's benefits one by one, when it has several"),
  runsPastPolicyEnd: z.boolean().describe("the figure runs past 2027-12-31 (support granted while in force runs its course)"),
}).strict();

/** The zod schema of an evaluation result (`check --json`). */
export const EvaluationResultSchema = z.object({
  policy: z.object({
    name: ZH_EN,
    validFrom: z.string(),
    validUntil: z.string(),
    interpretedBy: z.array(ZH_EN),
    disclaimer: ZH_EN,
  }).strict(),
  asOf: z.string().describe("the evaluation date, YYYY-MM-DD"),
  results: z.array(measureResult).length(MEASURE_IDS.length).describe("all 22 measures in id order"),
  totalMaxCashCNY: CNY.describe("settled cash (settledCashCNY) of eligible and likely measures over their periods (= totals.wholePeriodCashCNY); never tax relief"),
  totals: z.object({
    firstYearCashCNY: CNY,
    wholePeriodCashCNY: CNY,
    taxReliefCNY: CNY.describe("estimated tax saving, not cash"),
    upperBound: z.boolean().describe("true when 从优不重复 with other support (otherSupportForSameItem) may lower a total; pending parts do not set it"),
    notes: z.array(z.string()).describe("what each total counts; one note per measure whose pending parts could add up to its maxCashCNY; the items named in otherSupportForSameItem"),
  }).strict(),
  notes: z.array(z.string()),
}).strict();

// The zod schema and the TypeScript types describe the same shape (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof EvaluationResultSchema>, EvaluationResult> = true;
void sameShape;

/** The JSON Schema of the evaluation result (`policy-assistant schema --result`). */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EvaluationResultSchema, { io: "output" }) as Record<string, unknown>;
}
