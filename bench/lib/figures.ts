/**
 * What every benchmark returns: named figures with their target, so that
 * the runner can print one table and write one JSON file.
 */

/** One measured figure. `met` is null when there is no target or it was not measured. */
export interface Figure {
  /** Short name shown in the table, e.g. "rules: evaluations/s". */
  name: string;
  /** The measured value, or null when skipped. */
  value: number | null;
  /** Unit of `value` ("/s", "ms", "bytes", "MB", "x"). */
  unit: string;
  /** Human-readable target such as "≥ 20000", or "" when the figure is informative only. */
  target: string;
  met: boolean | null;
  /** Why it was skipped, or what to know when reading it. */
  note?: string;
}

/** A benchmark's result: its figures and any details worth keeping in results.json. */
export interface BenchResult {
  figures: Figure[];
  details?: Record<string, unknown>;
}

/** A figure with a lower bound target. */
export function atLeast(name: string, value: number, unit: string, min: number, note?: string): Figure {
  return { name, value, unit, target: `≥ ${min}`, met: value >= min, ...(note ? { note } : {}) };
}

/** A figure with an upper bound target. */
export function atMost(name: string, value: number, unit: string, max: number, note?: string): Figure {
  return { name, value, unit, target: `≤ ${max}`, met: value <= max, ...(note ? { note } : {}) };
}

/** A figure reported without a target. */
export function info(name: string, value: number, unit: string, note?: string): Figure {
  return { name, value, unit, target: "", met: null, ...(note ? { note } : {}) };
}

/** A figure that could not be measured, with the reason. */
export function skipped(name: string, unit: string, target: string, note: string): Figure {
  return { name, value: null, unit, target, met: null, note };
}
