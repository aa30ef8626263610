/**
 * Public types of the rules core: what `evaluate()` returns.
 * These shapes are part of the project's public interface (`check --json`).
 */

/** The ids of the 22 measures, fixed by `docs/policy/README.md`. */
export const MEASURE_IDS = [
  "m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10", "m11",
  "m12", "m13", "m14", "m15", "m16", "m17", "m18", "m19", "m20", "m21", "m22",
] as const;

/** One measure id, `m01` … `m22`. */
export type MeasureId = (typeof MEASURE_IDS)[number];

/**
 * - `eligible`: every condition known and met, the amount follows from a formula.
 * - `likely`: the checkable conditions are met; the award depends on an assessment.
 * - `needs_info`: a fact that could change the outcome is unknown (see `missing`).
 * - `ineligible`: a known condition fails (see `reasons`).
 *
 * A measure with parts is `eligible` (or `likely`) as soon as one part is settled so
 * and its own conditions miss nothing: its other parts may still be `needs_info`,
 * their facts listed in the measure's `missing`. `eligible` therefore does not mean
 * `missing` is empty; `settledCashCNY` is what the settled parts give.
 */
export type Status = "eligible" | "likely" | "needs_info" | "ineligible";

/** Why a measure came out as it did; `code` is stable, `text` is English, `params` feed translations. */
export interface Reason {
  code: string;
  clause: string;
  text: string;
  params?: Record<string, string>;
}

/** Non-cash support, with its unit (m², places, days, months, priority support…). */
export interface Benefit {
  kind: string;
  quantity: string | null;
  unit: string;
  text: string;
}

/** One step of the calculation, with the numbers it used (all as decimal strings). */
export interface TraceStep {
  step: string;
  values: Record<string, string>;
}

/** What kind of support an amount is: cash of some kind, or tax relief (never cash). */
export const AMOUNT_KINDS = ["grant", "voucher", "reward", "interest_subsidy", "tax_relief"] as const;
/** One kind of amount. */
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/**
 * The period an amount covers: `one_off`; `per_year` (the amount is one year's,
 * renewable each year); or `years` (the amount covers `years` years, from
 * `fromYear` to `toYear` when they are known).
 */
export type Period =
  | { type: "one_off" }
  | { type: "per_year" }
  | { type: "years"; years: number; fromYear: number | null; toYear: number | null };

/** One benefit of a measure that has several (（四） booth and each event, （九） compute and corpus vouchers…). */
export interface MeasurePart {
  /** Stable within the measure: `booth`, `events`, `event[0]`, `compute`, `project[1]`… */
  id: string;
  /** What the part is, in English (channels translate by `id`). */
  label: string;
  status: Status;
  /**
   * The part's amount in CNY (an upper bound while `needs_info`); null when it is not an amount, or has no
   * bound of its own while a fact is missing (several （二十一） loans pending: the measure keeps their bound).
   */
  amountCNY: string | null;
  /** The kind of `amountCNY`; null for non-cash support. */
  kind: AmountKind | null;
  period: Period | null;
  benefits: Benefit[];
  missing: string[];
  reasons: Reason[];
}

/** The outcome of one measure for one profile. */
export interface MeasureResult {
  measure: MeasureId;
  clause: string;
  title: { zh: string; en: string };
  status: Status;
  /**
   * Estimated maximum cash in CNY over the clause's period, rounded once to 0.01; null when not cash,
   * or when a missing fact leaves no bound. The upper bound over all parts, pending ones included:
   * for what is already settled, read `settledCashCNY`.
   */
  maxCashCNY: string | null;
  benefits: Benefit[];
  /**
   * Profile paths whose value could change this result: for `needs_info`, what settles it; for an
   * `eligible` or `likely` measure, the facts of its parts still pending (empty when none is).
   */
  missing: string[];
  reasons: Reason[];
  trace: TraceStep[];
  assumptions: string[];
  /** The kind of `maxCashCNY` (tax relief for （十九）: a saving, not cash); null for non-cash measures. */
  kind: AmountKind | null;
  /** The period `maxCashCNY` covers; null for non-cash measures. */
  period: Period | null;
  /**
   * The amount of the parts already settled (`eligible` or `likely`), beside the
   * upper bound `maxCashCNY` over all parts; equal to it when nothing is missing;
   * what the totals count; null when not an amount.
   */
  settledCashCNY: string | null;
  /** The measure's benefits one by one, when it has several; empty otherwise. */
  parts: MeasurePart[];
  /** True when the figure runs past 2027-12-31 (awards granted while the measures are in force run their course). */
  runsPastPolicyEnd: boolean;
}

/**
 * The totals of eligible and likely measures, never mixing kinds: cash in the
 * first year, cash over the whole period, and tax relief apart. Each measure
 * counts its settled amount (`settledCashCNY`); `notes` name the measures whose
 * pending parts could add more, up to their `maxCashCNY`.
 */
export interface Totals {
  /** One-off cash, one year of yearly cash, and a year's equal share of cash over several years. */
  firstYearCashCNY: string;
  /** All cash over each figure's own period (yearly vouchers counted once). */
  wholePeriodCashCNY: string;
  /** Estimated tax saving over the relief years counted: not cash, never in a cash total. */
  taxReliefCNY: string;
  /**
   * True when a total may be above what is given: 从优不重复 with other support
   * (`otherSupportForSameItem`, `true` or a list of measures, named in `notes`).
   * Pending parts do not set it: they can only add to a total.
   */
  upperBound: boolean;
  /** What the totals count and leave out, in English. */
  notes: string[];
}

/** Facts about the policy itself, echoed in every evaluation. */
export interface PolicyInfo {
  name: { zh: string; en: string };
  validFrom: string;
  validUntil: string;
  interpretedBy: { zh: string; en: string }[];
  disclaimer: { zh: string; en: string };
}

/** Every measure's result on one date, without the totals and notes: what {@link EvaluationResult} holds of them. */
export type MeasureResults = Pick<EvaluationResult, "asOf" | "results">;

/** The whole evaluation: every measure in id order, and the totals of eligible and likely measures. */
export interface EvaluationResult {
  policy: PolicyInfo;
  asOf: string;
  results: MeasureResult[];
  /** Settled cash of eligible and likely measures over the whole period: `totals.wholePeriodCashCNY` (tax relief is not in it). */
  totalMaxCashCNY: string;
  totals: Totals;
  notes: string[];
}
