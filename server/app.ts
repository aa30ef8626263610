/**
 * Builds the service from its configuration: store, sessions,
 * conversations, explainer, the configured channels, the JSON API
 * (`server/api/`) and the HTTP server.
 * `startApp` listens; `stop` shuts down gracefully (stop accepting, finish
 * turns in flight, close Redis).
 */
import type { AddressInfo } from "node:net";
import { Conversations } from "../core/dialogues/conversations.ts";
import { KeptResults } from "../core/dialogues/kept-results.ts";
import { keptResultsRoutes } from "../bots/web/results-page.ts";
import type { Explainer } from "../core/explain/explainer.ts";
import type { BreakerState } from "../core/explain/llm-explainer.ts";
import { createExplainer } from "../core/explain/index.ts";
import { createStore } from "../core/store/create-store.ts";
import type { KeyValueStore } from "../core/store/key-value-store.ts";
import { SessionStore } from "../core/store/session-store.ts";
import type { Channel, ChannelDeps, ChannelFactory } from "../bots/kit/channel.ts";
import { CHANNELS } from "./channels.ts";
import { describeConfig, type AppConfig } from "./config.ts";
import { createHttpServer } from "../bots/kit/http.ts";
import type { Logger } from "./logger.ts";
import { apiFallback, createApiRoutes } from "./api/routes.ts";
import { instrumentConversations, instrumentExplainer, instrumentStore } from "./metrics/instrument.ts";
import { createMetrics, type Metrics } from "./metrics/metrics.ts";
import { metricsRoute } from "./metrics/route.ts";
import { SERVICE_VERSION } from "./version.ts";

/** A running service. */
export interface RunningApp {
  port: number;
  store: KeyValueStore;
  conversations: Conversations;
  channels: Channel[];
  metrics: Metrics;
  stop(): Promise<void>;
}

/** Options of {@link startApp}: mostly for tests, which inject fakes. */
export interface StartOptions {
  store?: KeyValueStore;
  explainer?: Explainer;
  /** Factories by channel name, used instead of the registered ones (`server/channels.ts`). */
  factories?: Record<string, ChannelFactory<AppConfig>>;
  today?: () => string;
}

/** The service could not start: the port is taken, or a platform refused a channel's credentials. */
export class StartupError extends Error {
  readonly code = "STARTUP_FAILED";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StartupError";
  }
}

/** Starts the service for `config`. Throws {@link StartupError} (having released what it opened) when it cannot. */
export async function startApp(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningApp> {
  const metrics: Metrics = createMetrics();
  const store = instrumentStore(options.store ?? (await createStore(config as unknown as Record<string, string | undefined>, logger)), metrics);
  const sessions = new SessionStore(store, { onCorrupt: () => logger.warn({ event: "session_corrupt" }, "unreadable session replaced") });
  const plainExplainer = options.explainer ?? createExplainer(config as unknown as Record<string, string | undefined>, { store, logger });
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
  const http = createHttpServer([...channels.flatMap((c) => c.routes), ...pages, ...api, metricsRoute(metrics)], () => store.ping(), logger, [apiFallback(SERVICE_VERSION)]);
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once("error", reject);
      http.server.listen(config.PORT, config.HOST, () => resolve());
    });
  } catch (e) {
    await store.close().catch(() => undefined);
    const code = (e as { code?: string }).code;
    throw new StartupError(code === "EADDRINUSE" ? `port ${config.PORT} is already in use (PORT)` : `cannot listen on ${config.HOST}:${config.PORT}: ${code ?? (e as Error).message}`, { cause: e });
  }
  const port = (http.server.address() as AddressInfo).port;
  const started: Channel[] = [];
  try {
    for (const c of channels) {
      await c.start();
      started.push(c);
    }
  } catch (e) {
    // A channel that cannot start (a token the platform refuses) must not leave /healthz answering "ready".
    http.server.close();
    http.server.closeAllConnections?.();
    await Promise.all(started.map((c) => c.stop().catch(() => undefined)));
    await store.close().catch(() => undefined);
    throw new StartupError(`a channel could not start: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  }
  logger.info({ event: "started", ...describeConfig(config), port }, "policy-assistant ready");
  // The engine (rules, parsers, question texts) loads after the server is ready; a message that
  // arrives before it has loaded waits for it.
  void conversations.warm().catch((e: unknown) => logger.error({ event: "engine_load_failed", error: (e as Error)?.message }, "engine failed to load"));

  let stopping: Promise<void> | null = null;
  return {
    port,
    store,
    conversations,
    channels,
    metrics,
    stop: () =>
      (stopping ??= (async () => {
        logger.info({ event: "stopping" }, "shutting down");
        http.server.close();
        await Promise.all(channels.map((c) => c.stop().catch(() => undefined)));
        await http.drain(10_000);
        http.server.closeAllConnections?.();
        await store.close();
        logger.info({ event: "stopped" }, "stopped");
      })()),
  };
}
