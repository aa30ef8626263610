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

/** The outcome of one measure for one profile. */
export interface MeasureResult {
  measure: MeasureId;
  clause: string;
  title: { zh: string; en: string };
  status: Status;
  /** Estimated maximum cash in CNY over the clause's period, rounded once to 0.01; null when not cash. */
  maxCashCNY: string | null;
  benefits: Benefit[];
  /** Profile paths whose value could change this result. */
  missing: string[];
  reasons: Reason[];
  trace: TraceStep[];
  assumptions: string[];
}

/** Facts about the policy itself, echoed in every evaluation. */
export interface PolicyInfo {
  name: { zh: string; en: string };
  validFrom: string;
  validUntil: string;
  interpretedBy: { zh: string; en: string }[];
  disclaimer: { zh: string; en: string };
}

/** The whole evaluation: every measure in id order, and the total of eligible and likely cash. */
export interface EvaluationResult {
  policy: PolicyInfo;
  asOf: string;
  results: MeasureResult[];
  totalMaxCashCNY: string;
  notes: string[];
}
