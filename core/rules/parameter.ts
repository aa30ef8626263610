/**
 * Parameters: every amount, rate, cap and count a rule uses, as named data
 * with the clause it comes from (no literal amounts inside formulas).
 */
import { D, type Dec, keepText } from "./money.ts";

/** Units a parameter can be in. */
export type ParameterUnit = "CNY" | "rate" | "m2" | "m2_per_person" | "people" | "years" | "months" | "days" | "PFlops" | "persons_per_year" | "factor";

/** One named parameter of a measure. */
export interface Parameter {
  value: Dec;
  unit: ParameterUnit;
  /** The clause the value comes from, e.g. `（一）`. */
  clause: string;
  /** The words of the clause that fix it. */
  source: string;
}

/** Declares a parameter: `param("500", "m2", "（一）", "累计最高500平方米")`. */
export function param(value: string | number, unit: ParameterUnit, clause: string, source: string): Parameter {
  return { value: keepText(new D(value)), unit, clause, source };
}
