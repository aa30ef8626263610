/**
 * `evaluate(profile)`: every measure for one profile, with statuses, amounts,
 * reasons, traces and assumptions. Pure: the same profile and date give the
 * same result.
 */
import { addYears, yearOf, todayInChina } from "./dates.ts";
import { AMOUNT_NATURE, type AmountNature, lastYearOf } from "./kinds.ts";
import { countEachPersonOnce } from "./one-person-once.ts";
import { hasOtherSupport, namedOtherSupport } from "./other-support.ts";
import type { MeasureDefinition, RuleContext } from "./definition.ts";
import { MEASURES } from "./measures/index.ts";
import { type Dec, formatCny, ONE, ZERO_CNY } from "./money.ts";
import { profileContradictions } from "./consistency.ts";
import { Outcome, type OutcomeSummary, SOME_SETTLED_NOTE, UPPER_BOUND_NOTE } from "./outcome.ts";
import { formatTrace } from "./trace.ts";
import { POLICY, SCOPE_CLAUSE, VALID_FROM, VALID_UNTIL } from "./policy.ts";
import { itemsOf, totalsOf } from "./totals.ts";
import { parseProfileToEvaluate, type Profile, type ProfileIssue } from "./profile.ts";
import type { ProfileField } from "./paths.ts";
import { policyPeriod, requireAiBusiness, requireSettlement, SCOPE_READS } from "./scope.ts";
import type { AmountKind, EvaluationResult, MeasureId, MeasurePart, MeasureResult, MeasureResults, Period } from "./types.ts";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The date used when the profile has no `asOf`; defaults to today in China. */
  today?: string;
}

/** The outcome of {@link evaluate}: a result, or the profile's problems (never thrown). */
export type EvaluateOutcome =
  | { ok: true; result: EvaluationResult }
  | { ok: false; issues: ProfileIssue[] };

/**
 * Validates raw input as Profile v1, refuses contradictions (after-tax pay above
 * gross pay, a settlement after the evaluation date), and evaluates it.
 */
export function evaluate(input: unknown, options: EvaluateOptions = {}): EvaluateOutcome {
  // Dense: every object of the profile with all its keys, one layout for every profile (see fast-parse.ts).
  const parsed = parseProfileToEvaluate(input);
  if (!parsed.ok) return parsed;
  const asOf = parsed.profile.asOf ?? options.today ?? todayInChina();
  const issues = profileContradictions(parsed.profile, asOf);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, result: evaluateProfile(parsed.profile, { ...options, today: asOf }) };
}

/**
 * Every profile fact measure `m` depends on: its own reads, the scope checks
 * when it is settlement-bound, and 从优不重复, with the facts of the measures
 * linked to it by 从优不重复 (（十七）/（十八）: a person's reward under one
 * may be set aside for the other, so the other's facts decide it too).
 */
export function readsOf(m: MeasureDefinition): ProfileField[] {
  const linked = (LINKED[m.id] ?? []).flatMap((id) => MEASURES.find((x) => x.id === id)!.reads);
  return [...new Set<ProfileField>([...m.reads, ...(m.settlementBound ? SCOPE_READS : []), "otherSupportForSameItem", ...linked])];
}

// Made once rather than in every evaluation.
const M05_INDEX = MEASURES.findIndex((m) => m.id === "m05");
const M05 = MEASURES[M05_INDEX]!;
const END_YEAR = yearOf(VALID_UNTIL);
/** （一）–（四）, whose figures include （五）'s doubling. */
const DOUBLED_BY_M05 = new Set<string>(["m01", "m02", "m03", "m04"]);
/** Each measure's amount nature by its index in MEASURES (read by index: by id it was a lookup of one key among fifteen, every measure of every evaluation). */
const NATURES: readonly (AmountNature | null)[] = MEASURES.map((m) => AMOUNT_NATURE[m.id] ?? null);
const SCOPE_NOTE = `The measures apply to AI enterprises and institutions that settled in the center from ${VALID_FROM}, and are valid until ${VALID_UNTIL}.`;
const EXPIRED_NOTE = `The measures expired on ${VALID_UNTIL}.`;
const NOT_YET_NOTE = `The measures apply from ${VALID_FROM}.`;
const EXPIRED_REASON = `Policy expired: the measures were valid until ${VALID_UNTIL}.`;
const RUNS_PAST_NOTE = `Runs past ${VALID_UNTIL}: support granted while the measures are in force is taken to run its course.`;

/** Evaluates an already validated profile. */
export function evaluateProfile(profile: Profile, options: EvaluateOptions = {}): EvaluationResult {
  const asOf = profile.asOf ?? options.today ?? todayInChina();
  // Each measure's figure as a Decimal when printing it needed no rounding, so that the totals need not read it back.
  const figures: (Dec | null)[] = new Array(MEASURES.length).fill(null);
  const results = runMeasures(profile, asOf, figures, null);
  const printed = results.map((r) => r.maxCashCNY);
  countEachPersonOnce(profile, results);
  // A figure 从优不重复 changed is read from its text.
  const totals = totalsOf(results, profile, results.map((r, i) => (r.maxCashCNY === printed[i] ? figures[i]! : null)));
  const notes = [
    POLICY.disclaimer.en,
    SCOPE_NOTE,
    "The total adds the cash of eligible and likely measures over their periods; tax relief is not cash and is apart (totals.taxReliefCNY).",
  ];
  const named = namedOtherSupport(profile);
  if (named) {
    notes.push(`从优不重复: ${itemsOf(named)} already get regional or city support for the same item; for these only the more favourable support is given, not both.`);
  } else if (profile.otherSupportForSameItem) {
    notes.push("从优不重复: where the same item already gets regional or city support, only the more favourable support is given, not both.");
  }
  const period = policyPeriod(asOf);
  if (period === "expired") notes.push(EXPIRED_NOTE);
  if (period === "not_yet") notes.push(NOT_YET_NOTE);
  return { policy: POLICY, asOf, results, totalMaxCashCNY: totals.wholePeriodCashCNY, totals, notes };
}

/**
 * Every measure's result exactly as {@link evaluateProfile} gives it for the
 * same validated profile, without the totals and the notes (a sixth of an
 * evaluation): for callers that read only the results, as the chat's planner
 * does on every turn (the results card adds up its own totals).
 *
 * @example
 * const { results } = evaluateResults(profile, { today: "2026-06-01" });
 */
export function evaluateResults(profile: Profile, options: EvaluateOptions = {}): MeasureResults {
  const asOf = profile.asOf ?? options.today ?? todayInChina();
  const results = runMeasures(profile, asOf, new Array(MEASURES.length).fill(null), null);
  countEachPersonOnce(profile, results);
  return { asOf, results };
}

/**
 * Measures whose results depend on each other's beyond （五）'s doubling
 * (which is always worked out): 从优不重复 sets a person's reward under
 * （十七） against the same person's under （十八）.
 */
const LINKED: Partial<Record<MeasureId, readonly MeasureId[]>> = { m17: ["m18"], m18: ["m17"] };

/**
 * The results of the measures `ids` (in the measures' order) exactly as
 * {@link evaluateProfile} gives them for the same validated profile, without
 * working out the others, the totals or the notes. For callers that compare
 * a few measures across many profiles, as the chat's planner does when it
 * asks whether one more list item would change a figure.
 *
 * @example
 * const [m14] = evaluateMeasures(profile, ["m14"], { today: "2026-06-01" });
 */
export function evaluateMeasures(profile: Profile, ids: readonly MeasureId[], options: EvaluateOptions = {}): MeasureResult[] {
  const asOf = profile.asOf ?? options.today ?? todayInChina();
  const wanted = new Set<MeasureId>(ids);
  for (const id of ids) for (const other of LINKED[id] ?? []) wanted.add(other);
  const results = runMeasures(profile, asOf, new Array(MEASURES.length).fill(null), wanted);
  countEachPersonOnce(profile, results);
  return results.filter((r) => ids.includes(r.measure));
}

/** Runs every measure, or those in `only` (with （五）, whose doubling （一）–（四） read), in the measures' order. */
function runMeasures(profile: Profile, asOf: string, figures: (Dec | null)[], only: ReadonlySet<MeasureId> | null): MeasureResult[] {
  const ctx: RuleContext = { asOf, asOfYear: yearOf(asOf), aseanMultiplier: ONE, aseanPending: false };
  const period = policyPeriod(asOf);
  // The scope paragraph's checks are the same for every settlement-bound measure: run them once.
  const gate = new Outcome(SCOPE_CLAUSE);
  requireAiBusiness(profile, gate);
  requireSettlement(profile, asOf, gate);
  const results: MeasureResult[] = [];
  const m05 = M05;
  const m05Result = runMeasure(m05, profile, ctx, period, gate, figures, M05_INDEX);
  if (m05Result.status === "eligible" || m05Result.status === "likely") {
    ctx.aseanMultiplier = m05.params.multiplier!.value;
  } else if (m05Result.status === "needs_info") {
    // Unknown is not zero: while （五） may still apply, the bounds of （一）–（四） include its up-to-2x.
    ctx.aseanMultiplier = m05.params.multiplier!.value;
    ctx.aseanPending = true;
  }
  for (let i = 0; i < MEASURES.length; i++) {
    if (i === M05_INDEX) {
      if (!only || only.has("m05")) results.push(m05Result);
    } else if (!only || only.has(MEASURES[i]!.id)) {
      results.push(runMeasure(MEASURES[i]!, profile, ctx, period, gate, figures, i));
    }
  }
  return results;
}

function runMeasure(m: MeasureDefinition, profile: Profile, ctx: RuleContext, period: ReturnType<typeof policyPeriod>, gate: Outcome, figures: (Dec | null)[], index: number): MeasureResult {
  const out = new Outcome(m.clause);
  if (period === "expired") {
    out.fail("policy_expired", EXPIRED_REASON, undefined, SCOPE_CLAUSE);
  } else if (period === "not_yet") {
    out.fail("policy_not_in_force", NOT_YET_NOTE, undefined, SCOPE_CLAUSE);
  } else {
    if (m.settlementBound) out.absorb(gate);
    m.rule(profile, ctx, out);
    if (hasOtherSupport(profile, m.id)) {
      out.assume("从优不重复: if the same item already gets regional or city support, the more favourable one applies, not both.");
    }
  }
  const s = out.summarize();
  let maxCash: string | null = null;
  if (m.cash) {
    if (s.status === "ineligible") maxCash = ZERO_CNY;
    else if (s.cash !== null) {
      const places = s.cash.decimalPlaces();
      maxCash = formatCny(s.cash, places);
      if (places <= 2) figures[index] = s.cash;
    }
  }
  if (s.status === "needs_info" && s.cash !== null && m.cash) {
    s.assumptions.push(UPPER_BOUND_NOTE);
  } else if (s.missing.length > 0 && m.cash) {
    s.assumptions.push(SOME_SETTLED_NOTE);
  }
  const nature = natureOf(m, NATURES[index] ?? null, s, ctx, profile);
  if (nature.runsPastPolicyEnd && s.status !== "ineligible") {
    s.assumptions.push(RUNS_PAST_NOTE);
  }
  const parts: MeasurePart[] = s.parts.map((p) => ({
    id: p.id,
    label: p.label,
    status: p.status,
    amountCNY: p.kind === null ? null : p.status === "ineligible" ? ZERO_CNY : p.cash === null ? null : formatCny(p.cash),
    kind: p.kind,
    period: p.period,
    benefits: p.benefits,
    missing: p.missing,
    reasons: p.reasons,
  }));
  return {
    measure: m.id,
    clause: m.clause,
    title: m.title,
    status: s.status,
    maxCashCNY: maxCash,
    benefits: s.benefits,
    missing: s.missing,
    reasons: s.reasons,
    trace: formatTrace(s.trace),
    assumptions: s.assumptions,
    kind: nature.kind,
    period: nature.period,
    settledCashCNY: settledCash(m, s, ctx, maxCash),
    parts,
    runsPastPolicyEnd: nature.runsPastPolicyEnd,
  };
}

/** The kind and period of a measure's amount, its years made concrete where they can be, and whether they pass 2027. */
function natureOf(m: MeasureDefinition, nature: AmountNature | null, s: OutcomeSummary, ctx: RuleContext, profile: Profile): { kind: AmountKind | null; period: Period | null; runsPastPolicyEnd: boolean } {
  if (!nature) {
    // Non-cash support with a term counted from settlement: （一） office space (at least 2 years), （三） apartments (up to 2 years).
    const term = m.id === "m01" ? m.params.minTermYears : m.id === "m03" ? m.params.apartmentYears : undefined;
    const st = profile.applicant?.settlement;
    const from = st?.status === "settled" && st.date !== undefined ? st.date : st?.status === "planning" ? ctx.asOf : undefined;
    const past = term !== undefined && from !== undefined && s.benefits.length > 0 && addYears(from, term.value.toNumber()) > VALID_UNTIL;
    return { kind: null, period: null, runsPastPolicyEnd: past };
  }
  let period = s.period ?? nature.period;
  if (period.type === "years" && period.fromYear === null) {
    // Rewards over several years are counted from the evaluation year (the hire or loan is new).
    period = { type: "years", years: period.years, fromYear: ctx.asOfYear, toYear: lastYearOf(period, ctx.asOfYear) };
  }
  const last = lastYearOf(period, null);
  return { kind: nature.kind, period, runsPastPolicyEnd: s.status !== "ineligible" && last !== null && last > END_YEAR };
}

/**
 * The amount already settled: the whole figure of an `eligible` or `likely`
 * measure that misses nothing; otherwise its parts that are settled (none of
 * （一）–（四） while （五） is undecided: their figures include a doubling not yet
 * known). An `eligible` measure with parts still pending settles only its
 * settled parts' amounts.
 */
function settledCash(m: MeasureDefinition, s: OutcomeSummary, ctx: RuleContext, maxCash: string | null): string | null {
  if (!m.cash) return null;
  if ((s.status === "eligible" || s.status === "likely") && s.missing.length === 0) return maxCash ?? ZERO_CNY;
  if (s.status === "ineligible") return ZERO_CNY;
  if (ctx.aseanPending && DOUBLED_BY_M05.has(m.id)) return ZERO_CNY;
  let settled: Dec | null = null;
  for (const p of s.parts) if ((p.status === "eligible" || p.status === "likely") && p.cash) settled = settled === null ? p.cash : settled.plus(p.cash);
  return settled === null ? ZERO_CNY : formatCny(settled);
}
