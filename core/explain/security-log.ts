/**
 * Security events of the LLM explainer: one structured record each time the
 * guard rejects a model's text, with its categories (violation codes), and
 * one count per category in the {@link GuardRejections} counter. By default
 * the record holds codes and counts only, never the user's question or the
 * model's text, so logs can be kept and shared without holding what users
 * wrote.
 */
import type { Lang } from "../i18n/langs.ts";
import type { MeasureId } from "../rules/types.ts";
import { GUARD_REJECTIONS, type GuardRejections } from "./guard-counter.ts";
import { VIOLATION_CODES, type Violation, type ViolationCode } from "./guard.ts";

/** The logger methods the explainer uses; a pino logger fits. */
export interface ExplainLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** What is known about a rejected explanation. */
export interface GuardFailure {
  lang: Lang;
  measures: MeasureId[];
  violations: Violation[];
  /** Where the text came from: a fresh model answer, or a cache entry that no longer passes. */
  origin: "model" | "cache";
  /** The model name, for telling providers apart. */
  model?: string;
  /** True when the request carried a user question (the usual vehicle of an injection). */
  hadQuestion: boolean;
}

/** The record written for a {@link GuardFailure}. */
export interface SecurityEvent {
  event: "llm_guard_rejected";
  lang: Lang;
  measures: MeasureId[];
  origin: "model" | "cache";
  model?: string;
  hadQuestion: boolean;
  /** Violation codes (the categories of the rejection), each once, in a stable order. */
  codes: ViolationCode[];
  /** How many violations of each code. */
  counts: Partial<Record<ViolationCode, number>>;
  /** The violations' details (offending figures, clause ids): only with `includeDetails`. */
  details?: string[];
}


/** Builds the event for `failure`; details only when asked for. */
export function securityEvent(failure: GuardFailure, includeDetails = false): SecurityEvent {
  const counts: Partial<Record<ViolationCode, number>> = {};
  for (const v of failure.violations) counts[v.code] = (counts[v.code] ?? 0) + 1;
  const event: SecurityEvent = {
    event: "llm_guard_rejected",
    lang: failure.lang,
    measures: failure.measures,
    origin: failure.origin,
    hadQuestion: failure.hadQuestion,
    codes: VIOLATION_CODES.filter((c) => counts[c] !== undefined),
    counts,
  };
  if (failure.model !== undefined) event.model = failure.model;
  if (includeDetails) event.details = failure.violations.map((v) => `${v.code}: ${v.detail}`);
  return event;
}

/**
 * Writes a {@link SecurityEvent} at warn level. `includeDetails` (default
 * false) adds the violations' details, which quote figures from the model's
 * text; turn it on only while investigating.
 *
 * @example
 * const log = new SecurityLog(pino(), { includeDetails: false });
 * log.guardRejected({ lang: "th", measures: ["m02"], violations, origin: "model", hadQuestion: true });
 */
export class SecurityLog {
  constructor(
    private readonly logger: ExplainLogger | undefined,
    private readonly options: { includeDetails?: boolean; counter?: GuardRejections } = {},
  ) {}

  /** Records a rejected explanation. Never throws: a broken logger must not break the answer. */
  guardRejected(failure: GuardFailure): SecurityEvent {
    const event = securityEvent(failure, this.options.includeDetails ?? false);
    (this.options.counter ?? GUARD_REJECTIONS).record(event.codes);
    try {
      this.logger?.warn(event, "LLM explanation rejected by the guard; template used");
    } catch {
      // Logging is best effort here; the user still gets the template answer.
    }
    return event;
  }
}
