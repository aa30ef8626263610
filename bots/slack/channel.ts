/**
 * The Slack channel: a Bolt app whose Web API calls go to `SLACK_API_URL`
 * when set, served over HTTP on our server (`POST /slack/events`, checked
 * with `SLACK_SIGNING_SECRET`) or over Socket Mode when `SLACK_APP_TOKEN` is
 * set. Transport only: events become `Input`, replies become Block Kit
 * messages; the engine decides everything else.
 */
import { App, type webApi } from "@slack/bolt";
import type { Channel, ChannelDeps } from "../kit/channel.ts";
import { ChatQueue } from "../kit/chat-queue.ts";
import { boltLoggerFor } from "./bolt-logger.ts";
import { SlackError } from "./errors.ts";
import { userKeyOfTurn } from "./inputs.ts";
import { installListeners } from "./listeners.ts";
import { SlackHttpReceiver } from "./receiver.ts";
import { createResponder, describeApiError } from "./respond.ts";
import type { SlackConfig } from "./config.ts";

/** How long `stop()` waits for turns in flight. */
export const STOP_TIMEOUT_MS = 20_000;

/** How long one Web API call may take before it fails (and is retried). */
const API_TIMEOUT_MS = 10_000;

/** Slack's answers to `auth.test` that mean the token itself is wrong. */
const BAD_TOKEN_ERRORS = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"]);

/** How the channel receives events. */
export type SlackMode = "http" | "socket";

/** The Slack channel: a {@link Channel} that also says how it listens and when its turns are done. */
export interface SlackChannel extends Channel {
  /** `socket` when `SLACK_APP_TOKEN` is set, else `http`. */
  readonly mode: SlackMode;
  /** Resolves when no turn is queued or running (or after `timeoutMs`); true when idle. For tests and health. */
  idle(timeoutMs: number): Promise<boolean>;
}

/** The Web API base URL with the trailing slash the Web API client joins method names to. */
export function apiUrlOf(url: string): string {
  return url.replace(/\/*$/, "/");
}

/**
 * Creates the Slack channel from the service's configuration. Nothing is
 * contacted before `start()`. Throws SlackError `NOT_CONFIGURED` without a
 * bot token, or without both a signing secret and an app token.
 *
 * @example
 * const channel = createSlackChannel(deps); // registered in server/channels.ts
 * await channel.start(); // auth.test, then Socket Mode if configured
 */
export function createSlackChannel(deps: ChannelDeps<SlackConfig>): SlackChannel {
  const { config, conversations, store, logger } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new SlackError("NOT_CONFIGURED", "SLACK_BOT_TOKEN is not set");
  const appToken = config.SLACK_APP_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;
  if (!appToken && !signingSecret) throw new SlackError("NOT_CONFIGURED", "SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) is required");
  const mode: SlackMode = appToken ? "socket" : "http";

  let started = false;
  let stopping = false;
  const clientOptions: webApi.WebClientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: apiUrlOf(config.SLACK_API_URL) } : {}),
    timeout: API_TIMEOUT_MS,
    // A few quick retries: a reply that arrives minutes late is worse than one that fails.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
  };
  const queue = new ChatQueue();
  let deliveries = 0;
  const receiver = appToken
    ? undefined
    : new SlackHttpReceiver({
        signingSecret: signingSecret!,
        logger,
        accepting: () => started && !stopping,
        // Each delivery on a key of its own: tracked for idle() and stop(), never waiting on another.
        track: (processing) => void queue.run(`delivery:${deliveries++}`, () => processing),
      });
  const app = new App({
    token,
    logger: boltLoggerFor(logger),
    // Sessions live in our store; Bolt's in-memory conversation store would only grow.
    convoStore: false,
    // auth.test runs in start(), where a failure can stop start-up with its cause.
    deferInitialization: true,
    clientOptions,
    ...(receiver ? { receiver } : { socketMode: true, appToken: appToken! }),
  });

  const respond = createResponder({ conversations, logger });
  installListeners(app, {
    store,
    logger,
    dispatch: (turn, api) => void queue.run(userKeyOfTurn(turn), () => respond(turn, api)),
  });

  return {
    name: "slack",
    mode,
    routes: receiver ? [receiver.route] : [],
    async start() {
      try {
        await app.init();
      } catch (e) {
        const slackError = (e as { data?: { error?: unknown } }).data?.error;
        const bad = typeof slackError === "string" && BAD_TOKEN_ERRORS.has(slackError);
        throw new SlackError(bad ? "BAD_TOKEN" : "SETUP_FAILED", bad ? "Slack refused SLACK_BOT_TOKEN" : `could not reach the Slack Web API (auth.test): ${JSON.stringify(describeApiError(e))}`);
      }
      if (mode === "socket") {
        try {
          await app.start();
        } catch (e) {
          throw new SlackError("SETUP_FAILED", `could not open the Socket Mode connection: ${JSON.stringify(describeApiError(e))}`);
        }
      }
      started = true;
      logger.info({ event: "slack_started", mode }, "slack channel ready");
    },
    idle: (timeoutMs) => queue.idle(timeoutMs),
    async stop() {
      stopping = true;
      if (mode === "socket" && started) {
        await app.stop().catch((e: unknown) => logger.warn({ event: "slack_socket_stop_failed", ...describeApiError(e) }, "Socket Mode did not close cleanly"));
      }
      if (!(await queue.idle(STOP_TIMEOUT_MS))) logger.warn({ event: "slack_stop_timeout", pending: queue.size }, "turns still running at shutdown");
    },
  };
}
