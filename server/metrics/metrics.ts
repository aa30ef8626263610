/**
 * The service's Prometheus metrics (prom-client), on a registry of its own
 * so that two services in one process (tests) do not share counts. Labels
 * carry channels, kinds, sources, categories, routes and statuses: never a
 * user id, a key or a message.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { GUARD_REJECTIONS, type GuardRejections } from "../../core/explain/guard-counter.ts";
import type { BreakerState } from "../../core/explain/llm-explainer.ts";

/** What the metrics read when scraped rather than count as things happen. */
export interface MetricsSources {
  /** The guard's rejection counter (default: the process's). */
  rejections?: GuardRejections;
}

const BREAKER_STATES: readonly BreakerState[] = ["closed", "open", "half_open"];

/** The service's metrics. */
export function createMetrics(sources: MetricsSources = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "policy_assistant_process_" });
  const rejections = sources.rejections ?? GUARD_REJECTIONS;

  const metrics = {
    registry,
    turns: new Counter({
      name: "policy_assistant_turns_total",
      help: "Conversation turns, by channel and input kind (text, choice, command, start)",
      labelNames: ["channel", "kind"] as const,
      registers: [registry],
    }),
    turnSeconds: new Histogram({
      name: "policy_assistant_turn_duration_seconds",
      help: "Time to answer one turn, by channel",
      labelNames: ["channel"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    explanations: new Counter({
      name: "policy_assistant_explanations_total",
      help: "Explanations given, by source (llm: the model answered, cache: the model's cached text, template: curated text)",
      labelNames: ["source"] as const,
      registers: [registry],
    }),
    redisErrors: new Counter({
      name: "policy_assistant_redis_errors_total",
      help: "Store operations that failed because Redis could not be reached, by operation",
      labelNames: ["operation"] as const,
      registers: [registry],
    }),
    deduplicated: new Counter({
      name: "policy_assistant_deduplicated_deliveries_total",
      help: "Platform deliveries dropped as retries of one already taken, by channel",
      labelNames: ["channel"] as const,
      registers: [registry],
    }),
    apiRequests: new Counter({
      name: "policy_assistant_api_requests_total",
      help: "JSON API requests answered, by route, method and status",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
  };

  new Counter({
    name: "policy_assistant_guard_rejections_total",
    help: "LLM texts the guard refused, by category (a text can count in several)",
    labelNames: ["category"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [category, n] of Object.entries(rejections.snapshot().byCategory)) this.inc({ category }, n ?? 0);
    },
  });
  let breaker: (() => BreakerState) | undefined;
  new Gauge({
    name: "policy_assistant_llm_breaker_state",
    help: "The LLM circuit breaker: 1 for its current state (closed, open, half_open); none without an LLM",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      if (!breaker) return;
      const now = breaker();
      for (const s of BREAKER_STATES) this.set({ state: s }, s === now ? 1 : 0);
    },
  });
  return {
    ...metrics,
    /** Reports the LLM breaker's state from now on (when an LLM explainer is configured). */
    watchBreaker(state: () => BreakerState): void {
      breaker = state;
    },
  };
}

/** The service's metrics, as {@link createMetrics} makes them. */
export type Metrics = ReturnType<typeof createMetrics>;
