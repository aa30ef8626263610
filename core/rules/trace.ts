/**
 * Trace steps as a rule records them (numbers still Decimals) and as a result
 * shows them (every number a decimal string), printed when the result is built.
 */
import { type Dec, show } from "./money.ts";
import type { TraceStep } from "./types.ts";

/** A trace step as recorded, its numbers still Decimals until the result is built. */
export interface RawTraceStep {
  step: string;
  values: Record<string, Dec | string | number>;
  /**
   * The step as printed, once it has been: the scope checks' steps are recorded
   * once per evaluation and shared by every settlement-bound measure (some ten
   * of the ~24 steps of an evaluation), so they are printed once and the
   * measures' traces share the printed step, as they share its reasons.
   */
  printed: TraceStep | null;
}

/** Prints recorded trace steps, every number as a decimal string. */
export function formatTrace(steps: readonly RawTraceStep[]): TraceStep[] {
  const out: TraceStep[] = new Array(steps.length);
  for (let i = 0; i < steps.length; i++) {
    const raw = steps[i]!;
    out[i] = raw.printed ??= printStep(raw);
  }
  return out;
}

function printStep({ step, values }: RawTraceStep): TraceStep {
  const shown: Record<string, string> = {};
  for (const k in values) {
    const v = values[k]!;
    shown[k] = typeof v === "object" ? show(v) : typeof v === "string" ? v : String(v);
  }
  return { step, values: shown };
}
