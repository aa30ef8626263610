/**
 * What the HTTP server serves, built from the configuration and the store:
 * metrics, the explainer, conversations, the configured channels, the JSON
 * API and the results page. `server/app.ts` loads this module once the
 * server listens and the store is ready, so that `/healthz` answers before
 * the explainers, the catalogues, prom-client and the channels' SDKs have
 * loaded. What only some requests need (the LLM explainer and its guard, the
 * API's question answering and OpenAPI document) loads on first use.
 */
import { Conversations } from "../core/dialogues/conversations.ts";
import { KeptResults } from "../core/dialogues/kept-results.ts";
import { keptResultsRoutes } from "../bots/web/results-page.ts";
import type { Explainer } from "../core/explain/explainer.ts";
import type { BreakerState } from "../core/explain/llm-explainer.ts";
import { createExplainer } from "../core/explain/config.ts";
import type { KeyValueStore } from "../core/store/key-value-store.ts";
import { SessionStore } from "../core/store/session-store.ts";
import type { Channel, ChannelDeps, ChannelFactory, HttpFallback, HttpRoute } from "../bots/kit/channel.ts";
import { CHANNELS } from "./channels.ts";
import type { AppConfig } from "./config.ts";
import type { Logger } from "./logger.ts";
import { apiFallback, createApiRoutes } from "./api/routes.ts";
import { instrumentConversations, instrumentExplainer, instrumentStore } from "./metrics/instrument.ts";
import { createMetrics, type Metrics } from "./metrics/metrics.ts";
import { metricsRoute } from "./metrics/route.ts";
import { SERVICE_VERSION } from "./version.ts";

/** The services behind the routes; channels are built, not yet started. */
export interface Services {
  /** The store as the services use it (counted by the metrics). */
  store: KeyValueStore;
  conversations: Conversations;
  channels: Channel[];
  metrics: Metrics;
  /** Every route: the channels', the results page's, the API's and `/metrics`. */
  routes: HttpRoute[];
  /** What answers unmatched paths under a prefix (the API's problem+json 404 and 405). */
  fallbacks: HttpFallback[];
}

/** What {@link buildServices} may be given instead of what the configuration asks for (tests inject fakes). */
export interface ServiceOptions {
  explainer?: Explainer;
  /** Factories by channel name, used instead of the registered ones (`server/channels.ts`). */
  factories?: Record<string, ChannelFactory<AppConfig>>;
  today?: () => string;
}

/**
 * Builds the services over `rawStore`. Throws what a channel's factory or
 * the explainer's configuration throws; nothing is started yet.
 */
export async function buildServices(config: AppConfig, logger: Logger, rawStore: KeyValueStore, options: ServiceOptions = {}): Promise<Services> {
  const metrics: Metrics = createMetrics();
  const store = instrumentStore(rawStore, metrics);
  const sessions = new SessionStore(store, { onCorrupt: () => logger.warn({ event: "session_corrupt" }, "unreadable session replaced") });
  const plainExplainer = options.explainer ?? (await createExplainer(config as unknown as Record<string, string | undefined>, { store, logger }));
  const breaker = (plainExplainer as { breakerState?: () => BreakerState }).breakerState;
  if (typeof breaker === "function") metrics.watchBreaker(() => breaker.call(plainExplainer));
  const explainer = instrumentExplainer(plainExplainer, metrics);
  const conversations = instrumentConversations(new Conversations({
    sessions,
    explainer,
    logger,
    rateLimit: { store, perMinute: config.RATE_LIMIT_PER_MINUTE },
    ...(config.PUBLIC_URL ? { keptResults: new KeptResults(store, config.PUBLIC_URL) } : {}),
    ...(options.today ? { today: options.today } : {}),
  }), metrics);
  const deps: ChannelDeps<AppConfig> = { config, conversations, store, explainer, logger };

  const channels: Channel[] = [];
  for (const entry of CHANNELS) {
    if (!entry.configured(config)) continue;
    const factory: ChannelFactory<AppConfig> | undefined = options.factories ? options.factories[entry.name] : entry.create;
    if (!factory) throw new Error(`channel ${entry.name} is configured but not available`);
    channels.push(await factory(deps));
  }

  const api = createApiRoutes({
    config,
    store,
    logger,
    version: SERVICE_VERSION,
    observe: (route, method, status) => metrics.apiRequests.inc({ route, method, status: String(status) }),
  });
  // The results page of "keep my results" serves every channel's users, so it is on whenever links are given.
  const pages = config.PUBLIC_URL ? keptResultsRoutes(store) : [];
  return { store, conversations, channels, metrics, routes: [...channels.flatMap((c) => c.routes), ...pages, ...api, metricsRoute(metrics)], fallbacks: [apiFallback(SERVICE_VERSION)] };
}
