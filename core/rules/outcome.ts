/**
 * The builder a rule writes its findings into: conditions that fail, facts
 * that are missing, cash, non-cash benefits, trace steps and assumptions.
 * The status follows from what was written, the same way for every measure.
 */
import { type Dec, ZERO, show } from "./money.ts";
import type { ProfilePath } from "./paths.ts";
import type { RawTraceStep } from "./trace.ts";
import type { AmountKind, Benefit, Period, Reason, Status } from "./types.ts";

/** The assumption of a measure whose amount is a bound while facts are missing (written by evaluate.ts, kept by 从优不重复). */
export const UPPER_BOUND_NOTE = "The amount is an upper bound until the missing facts are known.";
/** The assumption of a measure settled by some parts while others still miss facts. */
export const SOME_SETTLED_NOTE = "Some parts are settled and others still miss facts: settledCashCNY is what the settled parts give; maxCashCNY is the upper bound over all parts.";

/** What a part of a measure is: its id, label, and the kind and period of its amount. */
export interface PartInfo {
  id: string;
  label: string;
  /** Null for non-cash support. */
  kind: AmountKind | null;
  period: Period | null;
}

/** A part as settled: its info and its own findings. */
export interface PartSummary extends PartInfo {
  status: Status;
  cash: Dec | null;
  benefits: Benefit[];
  missing: string[];
  reasons: Reason[];
}

/** What an outcome settles to, before formatting. */
export interface OutcomeSummary {
  status: Status;
  cash: Dec | null;
  benefits: Benefit[];
  missing: ProfilePath[];
  reasons: Reason[];
  trace: RawTraceStep[];
  assumptions: string[];
  /** The parts opened with a {@link PartInfo}, each with its own status (failed ones too). */
  parts: PartSummary[];
  /** The period set by the rule (see {@link Outcome.period}), or null. */
  period: Period | null;
}

/** Collects one measure's (or one part's) findings. */
export class Outcome {
  private readonly failures: Reason[] = [];
  private readonly notes: Reason[] = [];
  /** In the order first reported, each once (a list: a measure has a few at most, and a Set costs more to make). */
  private readonly missingPaths: ProfilePath[] = [];
  private readonly traceSteps: RawTraceStep[] = [];
  private readonly assumptionList: string[] = [];
  private readonly benefitList: Benefit[] = [];
  private readonly parts: Outcome[] = [];
  private cashTotal: Dec | null = null;
  private assessment = false;
  private periodValue: Period | null = null;
  private noBound = false;

  /**
   * @param clause the clause cited by reasons written here
   * @param info what this outcome is, when it is a named part of a measure
   */
  constructor(readonly clause: string, readonly info: PartInfo | null = null) {}

  /** Sets the period of the amount when the rule knows it better than the measure's default (years counted, from, to). */
  period(p: Period): this {
    this.periodValue = p;
    return this;
  }

  /** A known condition fails: the measure (or part) is ineligible. */
  fail(code: string, text: string, params?: Record<string, string>, clause = this.clause): this {
    // Two literals rather than a spread of a conditional object, which takes V8's slow path.
    this.failures.push(params ? { code, clause, text, params } : { code, clause, text });
    return this;
  }

  /** A reason that explains a positive result (kept unless the outcome fails). */
  because(code: string, text: string, params?: Record<string, string>, clause = this.clause): this {
    this.notes.push(params ? { code, clause, text, params } : { code, clause, text });
    return this;
  }

  /** A fact at `path` is unknown and could change the outcome (a misspelt path is a type error). */
  missing(path: ProfilePath): this {
    if (!this.missingPaths.includes(path)) this.missingPaths.push(path);
    return this;
  }

  /** The award depends on an assessment, grading or approval; `text` says which. */
  assessed(code: string, text: string, params?: Record<string, string>, clause = this.clause): this {
    this.assessment = true;
    return this.because(code, text, params, clause);
  }

  /** Adds cash (an estimate, or an upper bound while facts are missing). */
  cash(amount: Dec): this {
    // The first amount as it is: adding it to zero gives the same value (amounts have at most the 40 digits of D's precision).
    this.cashTotal = this.cashTotal === null ? amount : this.cashTotal.plus(amount);
    return this;
  }

  /**
   * An amount exists but has no cap to stand in for it while a fact is missing
   * (a pay not given): the measure's amount is then null, since a sum of the
   * other parts would understate the bound.
   */
  unbounded(): this {
    this.noBound = true;
    return this;
  }

  /** Adds non-cash support. */
  benefit(kind: string, quantity: Dec | null, unit: string, text: string): this {
    this.benefitList.push({ kind, quantity: quantity === null ? null : show(quantity), unit, text });
    return this;
  }

  /** Records a calculation step with the numbers it used. */
  trace(step: string, values: Record<string, Dec | string | number>): this {
    this.traceSteps.push({ step, values, printed: null });
    return this;
  }

  /** Names an interpretation taken. */
  assume(text: string): this {
    if (!this.assumptionList.includes(text)) this.assumptionList.push(text);
    return this;
  }

  /**
   * Takes over the findings of `gate` (failures, missing facts, trace and
   * assumptions): the scope checks, computed once per evaluation and shared
   * by every settlement-bound measure.
   */
  absorb(gate: Outcome): this {
    for (const f of gate.failures) this.failures.push(f);
    for (const p of gate.missingPaths) this.missing(p);
    for (const t of gate.traceSteps) this.traceSteps.push(t);
    for (const a of gate.assumptionList) this.assume(a);
    return this;
  }

  /**
   * Opens a part of a measure with its own conditions (e.g. m03's apartments and
   * graduate stays); with `info`, the part is reported in the result's `parts`.
   */
  part(info: PartInfo | null = null): Outcome {
    const p = new Outcome(this.clause, info);
    this.parts.push(p);
    return p;
  }

  /** True once a known condition has failed here (not counting parts). */
  get failed(): boolean {
    return this.failures.length > 0;
  }

  /**
   * Settles the status:
   * a failure here → ineligible; otherwise parts that failed are dropped
   * (unless all did); then no missing fact → likely on any assessment, else
   * eligible. With missing facts: when the measure's own conditions (and its
   * unnamed parts) miss none and a named part is settled (`eligible` or
   * `likely`), the measure is settled so too (`likely` if that part or the
   * measure is assessed), its `missing` still listing the pending parts' facts;
   * otherwise needs_info. Ineligible outcomes list no missing facts: none
   * could change them. Call once, when the outcome is complete: the summary
   * shares the outcome's lists rather than copying them.
   */
  summarize(): OutcomeSummary {
    const own = this.ownSummary();
    const n = this.parts.length;
    if (n === 0 || own.status === "ineligible") return own;
    // Loops rather than map/filter/spread: this runs for every measure of every evaluation.
    const parts: OutcomeSummary[] = new Array(n);
    const named: PartSummary[] = [];
    const open: OutcomeSummary[] = [];
    let unbounded = this.noBound;
    for (let i = 0; i < n; i++) {
      const p = this.parts[i]!;
      const s = p.summarize();
      parts[i] = s;
      // Written out rather than spread from p.info: a spread whose key is then overwritten takes V8's slow path (~15 % of an evaluation).
      if (p.info) named.push({ id: p.info.id, label: p.info.label, kind: p.info.kind, period: s.period ?? p.info.period, status: s.status, cash: s.cash, benefits: s.benefits, missing: s.missing, reasons: s.reasons });
      if (s.status !== "ineligible") {
        open.push(s);
        if (p.noBound) unbounded = true;
      }
    }
    own.parts = named;
    if (open.length === 0) {
      return { status: "ineligible", cash: own.cash === null ? null : ZERO, benefits: [], missing: [], reasons: joined(own, parts, "reasons"), trace: joined(own, parts, "trace"), assumptions: own.assumptions, parts: named, period: own.period };
    }
    const missing = uniqueJoined(own, open, "missing");
    const status = settle(own, this.parts, parts, open, missing);
    let cash: Dec | null = null;
    if (!unbounded) {
      // In order, own first: the same sum as adding the non-null amounts of [own, ...open] left to right.
      cash = own.cash;
      for (const o of open) if (o.cash !== null) cash = cash === null ? o.cash : cash.plus(o.cash);
    }
    return {
      status,
      cash,
      benefits: joined(own, open, "benefits"),
      missing,
      // Parts alike (each event of （四）) give the same reason once.
      reasons: uniqueReasons(joined(own, open, "reasons")),
      trace: joined(own, parts, "trace"),
      assumptions: uniqueJoined(own, open, "assumptions"),
      parts: named,
      period: own.period,
    };
  }

  private ownSummary(): OutcomeSummary {
    if (this.failures.length > 0) {
      return {
        status: "ineligible",
        cash: this.cashTotal === null ? null : ZERO,
        benefits: [],
        missing: [],
        reasons: this.failures,
        trace: this.traceSteps,
        assumptions: this.assumptionList,
        parts: [],
        period: this.periodValue,
      };
    }
    const status: Status = this.missingPaths.length > 0 ? "needs_info" : this.assessment ? "likely" : "eligible";
    return {
      status,
      cash: this.noBound ? null : this.cashTotal,
      benefits: this.benefitList,
      missing: this.missingPaths,
      reasons: this.notes,
      trace: this.traceSteps,
      assumptions: this.assumptionList,
      parts: [],
      period: this.periodValue,
    };
  }
}

/**
 * A measure's status from its own findings and its open parts'. A named part
 * settled while others still miss facts settles the measure: what the user
 * gets is known for that part; the rest is pending (issue 14).
 */
function settle(own: OutcomeSummary, parts: readonly Outcome[], summaries: readonly OutcomeSummary[], open: readonly OutcomeSummary[], missing: readonly string[]): Status {
  if (missing.length === 0) {
    if (own.status === "likely") return "likely";
    for (const p of open) if (p.status === "likely") return "likely";
    return "eligible";
  }
  if (own.missing.length > 0) return "needs_info";
  let settled = false;
  let likely = own.status === "likely";
  for (let i = 0; i < parts.length; i++) {
    const s = summaries[i]!;
    if (parts[i]!.info === null) {
      // An unnamed part still missing a fact blocks the measure.
      if (s.missing.length > 0) return "needs_info";
    } else if (s.status === "eligible" || s.status === "likely") {
      settled = true;
      if (s.status === "likely") likely = true;
    }
  }
  if (!settled) return "needs_info";
  return likely ? "likely" : "eligible";
}

/** Reasons without repeats (same code, clause and text). */
function uniqueReasons(reasons: Reason[]): Reason[] {
  // Lists of a few reasons: comparing beats building a key string for each.
  const out: Reason[] = [];
  for (const r of reasons) {
    if (!out.some((o) => o.code === r.code && o.clause === r.clause && o.text === r.text)) out.push(r);
  }
  return out;
}

type ListKey = "benefits" | "missing" | "reasons" | "trace" | "assumptions";

/** `own[key]` followed by each of `others[key]`, in a new list (a loop: flatMap and spreads make several lists on the way). */
function joined<K extends ListKey>(own: OutcomeSummary, others: readonly OutcomeSummary[], key: K): OutcomeSummary[K] {
  const out = own[key].slice() as unknown[];
  for (const o of others) for (const x of o[key]) out.push(x);
  return out as OutcomeSummary[K];
}

/** {@link joined} with each value once, first place kept (what `[...new Set(list)]` gives; the lists are short). */
function uniqueJoined<K extends "missing" | "assumptions">(own: OutcomeSummary, others: readonly OutcomeSummary[], key: K): OutcomeSummary[K] {
  const out: string[] = [];
  for (const x of own[key]) if (!out.includes(x)) out.push(x);
  for (const o of others) for (const x of o[key]) if (!out.includes(x)) out.push(x);
  return out as OutcomeSummary[K];
}
