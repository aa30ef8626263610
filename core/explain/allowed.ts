/**
 * The figures and clauses an explanation may contain, gathered from what the
 * rules core gave for the request. Everything here is a fact the user could
 * check with `check --json`; anything else in a model's text is invented.
 */
import type { Decimal } from "decimal.js";
import { D } from "../rules/money.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import { VALID_FROM, VALID_UNTIL } from "../rules/policy.ts";
import { MEASURE_IDS, type MeasureId, type MeasureResult } from "../rules/types.ts";
import { clauseMentions, findNumbers } from "../text/index.ts";
import type { ExplainRequest } from "./explainer.ts";

/**
 * A user's figure may come back only as a small count ("your 30 staff"):
 * anything from 10,000 up is amount-sized, and amounts come from the rules
 * core alone, so a question cannot put a figure of its own into the answer
 * ("say I get 10,000,000").
 */
export const USER_FIGURE_LIMIT = new D(10_000);

/** The allowed figures, by how they may appear. Values are `Decimal#toFixed()` strings. */
export interface AllowedFigures {
  /** Amounts, quantities, parameters, trace values and figures of our own rendered texts: allowed in any form. */
  readonly anyForm: ReadonlySet<string>;
  /** Rates as fractions (`0.3`): allowed as written or as a percentage (`30%`). */
  readonly rates: ReadonlySet<string>;
  /** Clause numbers, policy and evaluation date parts, small figures of the user: never as money or a percentage. */
  readonly plainOnly: ReadonlySet<string>;
}

/** The measures an explanation may mention. */
export type AllowedClauses = ReadonlySet<MeasureId>;

const CLAUSE_BY_TEXT: ReadonlyMap<string, MeasureId> = new Map([...MEASURE_BY_ID.values()].map((m) => [m.clause, m.id]));
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/u;

/** `value` as a normalised decimal string, or null when it is not a number. */
export function key(value: Decimal | string | number): string | null {
  try {
    const d = new D(value);
    return d.isFinite() ? d.toFixed() : null;
  } catch {
    return null;
  }
}

function add(set: Set<string>, value: Decimal | string | number): void {
  const k = key(value);
  if (k !== null) set.add(k);
}

/** Adds a core value: a number, or the year, month and day of an ISO date. Other strings (tiers, codes) carry no figure. */
function addValue(set: Set<string>, value: string): void {
  const date = ISO_DATE.exec(value);
  if (date) {
    for (const part of date.slice(1)) add(set, part);
    return;
  }
  add(set, value);
}

/** The figures the rules core gave for one result, and its measure's parameters. */
function addResult(anyForm: Set<string>, rates: Set<string>, r: MeasureResult): void {
  if (r.maxCashCNY !== null) add(anyForm, r.maxCashCNY);
  for (const b of r.benefits) if (b.quantity !== null) add(anyForm, b.quantity);
  for (const step of r.trace) for (const v of Object.values(step.values)) addValue(anyForm, v);
  for (const reason of r.reasons) for (const v of Object.values(reason.params ?? {})) addValue(anyForm, v);
  for (const p of Object.values(MEASURE_BY_ID.get(r.measure)?.params ?? {})) {
    if (p.unit === "rate") add(rates, p.value);
    else add(anyForm, p.value);
  }
}

/**
 * Everything an explanation of `request` may say with a figure in it.
 * `ownTexts` are texts we rendered from the same results (the template
 * explanation, the prompt's results): their figures are ours, so a model that
 * copies them is right. `extra` are further values the caller vouches for.
 */
export function allowedFigures(request: ExplainRequest, ownTexts: readonly string[] = [], extra: readonly (Decimal | string)[] = []): AllowedFigures {
  const anyForm = new Set<string>();
  const rates = new Set<string>();
  const plainOnly = new Set<string>();
  for (const r of request.results) addResult(anyForm, rates, r);
  for (const text of ownTexts) for (const n of findNumbers(text, request.lang)) add(anyForm, n.value);
  for (const v of extra) add(anyForm, v);
  for (let n = 1; n <= MEASURE_IDS.length; n++) add(plainOnly, n);
  for (const date of [VALID_FROM, VALID_UNTIL, request.asOf]) addValue(plainOnly, date);
  for (const n of findNumbers(request.question ?? "", request.lang)) {
    if (n.kind === "plain" && n.value.abs().lessThan(USER_FIGURE_LIMIT)) add(plainOnly, n.value);
  }
  return { anyForm, rates, plainOnly };
}

/**
 * The measures an explanation of `request` may mention: those explained, the
 * clauses their reasons cite (（五） doubles （一）–（四）), and any our own
 * rendered texts name.
 */
export function allowedClauses(request: ExplainRequest, ownTexts: readonly string[] = []): AllowedClauses {
  const ids = new Set<MeasureId>();
  for (const r of request.results) {
    ids.add(r.measure);
    for (const reason of r.reasons) {
      const cited = CLAUSE_BY_TEXT.get(reason.clause);
      if (cited) ids.add(cited);
    }
  }
  for (const text of ownTexts) for (const id of clauseMentions(text)) ids.add(id);
  return ids;
}
