/**
 * The explanation cache: a guard-passed LLM explanation, stored in the
 * session store (Redis when present) under a hash of everything that shaped
 * it, so the same explanation is not paid for twice. The cache is an
 * optimisation only: a store that fails reads as a miss and writes are
 * dropped, never an error for the user.
 */
import { createHash } from "node:crypto";
import type { KeyValueStore } from "../store/key-value-store.ts";
import type { MeasureResult } from "../rules/types.ts";
import type { ExplainRequest } from "./explainer.ts";

/** Seven days: long enough to serve repeat questions, short enough that a prompt or model change soon takes over. */
export const EXPLANATION_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Prefix of every cache key in the store (the store adds its own prefix in front). */
export const CACHE_KEY_PREFIX = "explain:";

/** What identifies the model side of an explanation. */
export interface ModelIdentity {
  model: string;
  promptVersion: string;
}

/** The parts of a result that change what an explanation says. */
function resultShape(r: MeasureResult): unknown {
  return {
    measure: r.measure,
    status: r.status,
    maxCashCNY: r.maxCashCNY,
    // A settled measure with parts pending is explained by its settled amount beside the bound.
    settledCashCNY: r.settledCashCNY,
    parts: r.parts.map((p) => [p.id, p.status, p.amountCNY]),
    benefits: r.benefits.map((b) => [b.kind, b.quantity, b.unit]),
    missing: r.missing,
    reasons: r.reasons.map((x) => [x.code, x.clause, x.params ?? {}]),
    trace: r.trace,
    assumptions: r.assumptions,
  };
}

/** Question text as it affects the answer: trimmed, NFC, runs of white space as one space. */
function normalQuestion(q: string | undefined): string {
  return (q ?? "").normalize("NFC").trim().replace(/\s+/gu, " ");
}

/**
 * The cache key of `request`: language, measures with their statuses and
 * figures, the question, the model and the prompt version, hashed (the
 * question never appears in the store in clear). The evaluation date is not
 * part of it: the model is not shown it (see prompt-input.ts).
 */
export function explanationKey(request: ExplainRequest, identity: ModelIdentity): string {
  const shape = {
    v: identity.promptVersion,
    model: identity.model,
    lang: request.lang,
    results: [...request.results].sort((a, b) => a.measure.localeCompare(b.measure)).map(resultShape),
    question: normalQuestion(request.question),
  };
  const digest = createHash("sha256").update(JSON.stringify(shape)).digest("base64url");
  return `${CACHE_KEY_PREFIX}${request.lang}:${digest}`;
}

/** Guard-passed explanations in a {@link KeyValueStore}. */
export class ExplanationCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly ttlSeconds: number = EXPLANATION_TTL_SECONDS,
  ) {}

  /** The cached text at `key`, or null (absent, expired, or the store is down). */
  async get(key: string): Promise<string | null> {
    try {
      return await this.store.get(key);
    } catch {
      return null;
    }
  }

  /** Stores `text` (which must already have passed the guard); failures are ignored. */
  async set(key: string, text: string): Promise<void> {
    try {
      await this.store.set(key, text, this.ttlSeconds);
    } catch {
      // A store outage only costs a future model call.
    }
  }

  /** Drops an entry (one that no longer passes the guard). */
  async delete(key: string): Promise<void> {
    try {
      await this.store.delete(key);
    } catch {
      // As above.
    }
  }
}
