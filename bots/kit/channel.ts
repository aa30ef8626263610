/**
 * The one small interface every channel implements to be served by
 * `npm start`: HTTP routes on the shared server, plus start/stop for work
 * that is not HTTP (long polling, Socket Mode).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Conversations } from "../../core/dialogues/conversations.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import type { Logger } from "pino";
import type * as z from "zod/mini";
import type { $ZodShape } from "zod/v4/core";

/** One HTTP route. `handle` must always answer (a 4xx for bad input, never a stack trace). */
export interface HttpRoute {
  method: "GET" | "POST" | "OPTIONS";
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/**
 * What answers a request under `prefix` that no route matches: a 404 for an
 * unknown path, a 405 for a known path asked with another method (`allow`
 * lists the methods it takes). Lets a part of the service (the JSON API) keep
 * its own error format for its whole path space.
 */
export interface HttpFallback {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, status: 404 | 405, allow: string[]): Promise<void> | void;
}

/** A served channel. */
export interface Channel {
  name: string;
  routes: HttpRoute[];
  /** Starts non-HTTP work (polling, sockets, webhook registration). */
  start(): Promise<void>;
  /** Stops taking new work and waits for turns in flight. */
  stop(): Promise<void>;
}

/** What a channel is built from; `config` holds at least the channel's own configuration slice. */
export interface ChannelDeps<Config = Record<string, unknown>> {
  config: Config;
  conversations: Conversations;
  store: KeyValueStore;
  explainer: Explainer;
  logger: Logger;
}

/** Builds a channel from its dependencies. */
export type ChannelFactory<Config> = (deps: ChannelDeps<Config>) => Promise<Channel> | Channel;

/** A configuration problem: the variable at fault and what is wrong with it. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/**
 * How a channel plugs into the service: its name, the zod schema of its own
 * configuration slice (the environment variables it reads), and how to build
 * it. `server/channels.ts` lists the entries; `server/config.ts` composes their
 * schemas; `server/app.ts` builds the configured ones. The entry must not load
 * the platform SDK: `create` imports the adapter only when it is configured.
 */
export interface ChannelEntry<Shape extends $ZodShape> {
  name: string;
  /** The channel's configuration slice. */
  env: z.ZodMiniObject<Shape>;
  /** Rules across its variables (one requires another); none when they hold. */
  problems(config: z.output<z.ZodMiniObject<Shape>>): ConfigProblem[];
  /** True when the configuration asks for this channel. */
  configured(config: z.output<z.ZodMiniObject<Shape>>): boolean;
  /** A log-safe word for how it runs ("webhook", "polling"…), or undefined when it is off. */
  mode(config: z.output<z.ZodMiniObject<Shape>>): string | undefined;
  /** Builds the channel (importing its adapter lazily). */
  create: ChannelFactory<z.output<z.ZodMiniObject<Shape>>>;
}
