/**
 * Starts the service from its configuration: the store and the HTTP server
 * first, side by side (the store connects while the server is built and
 * binds its port; `/healthz` waits for a store still connecting, up to
 * READINESS_WAIT_MS, then answers 200 while the store answers and 503 when
 * it does not); then the services behind the routes
 * (`services.ts`: explainer, conversations, the configured channels, the
 * JSON API, metrics), loaded once the server listens and the store is
 * ready; then the channels' own start (webhook registration, polling) and
 * the engine's warm-up. A request that arrives before its route is there
 * waits for it. `stop` shuts down gracefully (stop accepting, finish turns
 * in flight, close Redis).
 */
import type { AddressInfo } from "node:net";
import { createStore } from "../core/store/create-store.ts";
import type { KeyValueStore } from "../core/store/key-value-store.ts";
import type { Channel } from "../bots/kit/channel.ts";
import { describeConfig, type AppConfig } from "./config.ts";
import { createHttpServer } from "../bots/kit/http.ts";
import type { Logger } from "./logger.ts";
import type { Conversations } from "../core/dialogues/conversations.ts";
import type { Metrics } from "./metrics/metrics.ts";
import type { ServiceOptions, Services } from "./services.ts";

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
export interface StartOptions extends ServiceOptions {
  /** The store to use instead of the configured one; a promise stands for one still connecting. */
  store?: KeyValueStore | Promise<KeyValueStore>;
}

/** How long `/healthz` waits for a store that is still connecting before it answers 503: under the 1 s a probe is commonly given. */
export const READINESS_WAIT_MS = 500;

/** The store once `storeReady` has it, or undefined when it fails or `ms` pass first. */
function untilReady(storeReady: Promise<KeyValueStore>, ms: number): Promise<KeyValueStore | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([storeReady.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

/** The service could not start: the port is taken, or a platform refused a channel's credentials. */
export class StartupError extends Error {
  readonly code = "STARTUP_FAILED";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StartupError";
  }
}

/**
 * Starts the service for `config`; resolves once every configured channel
 * has started. The server listens (and `/healthz` answers) before that.
 * Throws {@link StartupError} (having released what it opened) when it
 * cannot listen or a channel cannot start, and what building a channel
 * throws, after closing the server.
 */
export async function startApp(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningApp> {
  // The store connects (a Redis: loading its client, the connection, the ready check) while the
  // server binds its port; until it is ready, /healthz waits for it (see `ping` below).
  const storeReady: Promise<KeyValueStore> = options.store ? Promise.resolve(options.store) : createStore(config as unknown as Record<string, string | undefined>, logger);
  let opened: KeyValueStore | undefined;
  storeReady.then((s) => (opened = s), () => undefined);
  // Readiness is the store's: once the services are built, through their (counted) store. While it is
  // still connecting, a probe waits for it (up to READINESS_WAIT_MS) rather than hear "not ready" a
  // moment before it is: an orchestrator told 503 asks again only a whole probe period later.
  let ping = async (): Promise<boolean> => {
    if (opened) return opened.ping();
    const store = await untilReady(storeReady, READINESS_WAIT_MS);
    return store ? store.ping() : false;
  };
  const http = createHttpServer("later", () => ping(), logger);
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once("error", reject);
      http.server.listen(config.PORT, config.HOST, () => resolve());
    });
  } catch (e) {
    await storeReady.then((s) => s.close(), () => undefined).catch(() => undefined);
    const code = (e as { code?: string }).code;
    throw new StartupError(code === "EADDRINUSE" ? `port ${config.PORT} is already in use (PORT)` : `cannot listen on ${config.HOST}:${config.PORT}: ${code ?? (e as Error).message}`, { cause: e });
  }
  const port = (http.server.address() as AddressInfo).port;
  let rawStore: KeyValueStore;
  try {
    rawStore = await storeReady;
  } catch (e) {
    // createStore does not fail for a Redis that is down (it reports unavailable); this is a bug's path.
    http.setRoutes(new Error("the store could not be created"));
    http.server.close();
    http.server.closeAllConnections?.();
    throw e;
  }
  // Answers every request still waiting for a route with 503, and closes what was opened.
  const abandon = async (started: Channel[], routesSet: boolean) => {
    if (!routesSet) http.setRoutes(new Error("the service did not start"));
    http.server.close();
    await http.drain(1_000);
    http.server.closeAllConnections?.();
    await Promise.all(started.map((c) => c.stop().catch(() => undefined)));
    await rawStore.close().catch(() => undefined);
  };
  let services: Services;
  try {
    services = await (await import("./services.ts")).buildServices(config, logger, rawStore, options);
  } catch (e) {
    await abandon([], false);
    throw e;
  }
  const { store, conversations, channels, metrics } = services;
  http.setRoutes(services.routes, services.fallbacks);
  ping = () => store.ping();
  const started: Channel[] = [];
  try {
    for (const c of channels) {
      await c.start();
      started.push(c);
    }
  } catch (e) {
    // A channel that cannot start (a token the platform refuses) must not leave /healthz answering "ready".
    await abandon(started, true);
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
