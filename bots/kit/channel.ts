/**
 * The one small interface every channel implements to be served by
 * `npm start`: HTTP routes on the shared server, plus start/stop for work
 * that is not HTTP (long polling, Socket Mode).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Conversations } from "../../core/dialogues/conversations.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import type { AppConfig } from "../../server/config.ts";
import type { Logger } from "../../server/logger.ts";

/** One HTTP route. `handle` must always answer (a 4xx for bad input, never a stack trace). */
export interface HttpRoute {
  method: "GET" | "POST";
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** A served channel. */
export interface Channel {
  name: "telegram" | "wechat" | "slack";
  routes: HttpRoute[];
  /** Starts non-HTTP work (polling, sockets, webhook registration). */
  start(): Promise<void>;
  /** Stops taking new work and waits for turns in flight. */
  stop(): Promise<void>;
}

/** What a channel is built from. */
export interface ChannelDeps {
  config: AppConfig;
  conversations: Conversations;
  store: KeyValueStore;
  explainer: Explainer;
  logger: Logger;
}
