/**
 * Builds the service from its configuration: store, sessions,
 * conversations, explainer, the configured channels and the HTTP server.
 * `startApp` listens; `stop` shuts down gracefully (stop accepting, finish
 * turns in flight, close Redis).
 */
import type { AddressInfo } from "node:net";
import { Conversations } from "../core/dialogues/conversations.ts";
import { KeptResults } from "../core/dialogues/kept-results.ts";
import { keptResultsRoutes } from "../bots/web/results-page.ts";
import type { Explainer } from "../core/explain/explainer.ts";
import { createExplainer } from "../core/explain/index.ts";
import { createStore } from "../core/store/create-store.ts";
import type { KeyValueStore } from "../core/store/key-value-store.ts";
import { SessionStore } from "../core/store/session-store.ts";
import type { Channel, ChannelDeps, ChannelFactory } from "../bots/kit/channel.ts";
import { CHANNELS } from "./channels.ts";
import { describeConfig, type AppConfig } from "./config.ts";
import { createHttpServer } from "../bots/kit/http.ts";
import type { Logger } from "./logger.ts";

/** A running service. */
export interface RunningApp {
  port: number;
  store: KeyValueStore;
  conversations: Conversations;
  channels: Channel[];
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

/** Starts the service for `config`. */
export async function startApp(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningApp> {
  const store = options.store ?? (await createStore(config as unknown as Record<string, string | undefined>, logger));
  const sessions = new SessionStore(store, { onCorrupt: () => logger.warn({ event: "session_corrupt" }, "unreadable session replaced") });
  const explainer = options.explainer ?? createExplainer(config as unknown as Record<string, string | undefined>, { store, logger });
  const conversations = new Conversations({
    sessions,
    explainer,
    logger,
    rateLimit: { store, perMinute: config.RATE_LIMIT_PER_MINUTE },
    ...(config.PUBLIC_URL ? { keptResults: new KeptResults(store, config.PUBLIC_URL) } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
  const deps: ChannelDeps<AppConfig> = { config, conversations, store, explainer, logger };

  const channels: Channel[] = [];
  for (const entry of CHANNELS) {
    if (!entry.configured(config)) continue;
    const factory: ChannelFactory<AppConfig> | undefined = options.factories ? options.factories[entry.name] : entry.create;
    if (!factory) throw new Error(`channel ${entry.name} is configured but not available`);
    channels.push(await factory(deps));
  }

  // The results page of "keep my results" serves every channel's users, so it is on whenever links are given.
  const pages = config.PUBLIC_URL ? keptResultsRoutes(store) : [];
  const http = createHttpServer([...channels.flatMap((c) => c.routes), ...pages], () => store.ping(), logger);
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (http.server.address() as AddressInfo).port;
  for (const c of channels) await c.start();
  logger.info({ event: "started", ...describeConfig(config), port }, "policy-assistant ready");

  let stopping: Promise<void> | null = null;
  return {
    port,
    store,
    conversations,
    channels,
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
