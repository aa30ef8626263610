/**
 * A Bolt receiver that lives on our one HTTP server: `POST /slack/events`
 * takes Events API callbacks, interactivity (button presses) and slash
 * commands. It does transport only: limit the body, check Slack's signature
 * and timestamp, answer `url_verification`, and hand the body to Bolt with an
 * `ack` that answers the HTTP request. Bolt acknowledges events before the
 * listeners run and our action listener acknowledges first thing; should
 * nothing acknowledge in time, the receiver does, inside Slack's 3 seconds.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Receiver } from "@slack/bolt";
import { BodyTooLargeError, readBody } from "../kit/body.ts";
import type { HttpRoute } from "../kit/channel.ts";
import { sendJson } from "../kit/http.ts";
import { parseSlackBody, retryNumOf } from "./request.ts";
import type { SlackLogger } from "./respond.ts";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "./signature.ts";

/** The path Slack posts to: the Request URL of Event Subscriptions, Interactivity and slash commands. */
export const EVENTS_PATH = "/slack/events";

/** Largest body accepted; Slack's requests are a few kilobytes. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** When the receiver acknowledges by itself if nothing has: under Slack's 3 seconds, with a margin for the network. */
export const ACK_DEADLINE_MS = 2500;

/** Options of {@link SlackHttpReceiver}. */
export interface HttpReceiverOptions {
  signingSecret: string;
  logger: SlackLogger;
  /** False before the channel has started and once it stops: requests get 503, so that Slack retries them. */
  accepting(): boolean;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
  ackDeadlineMs?: number;
  /**
   * Told of each delivery Bolt is processing, so that the channel's idle()
   * and stop() wait for it too: Slack has its 200 before the listeners have
   * read the event (the dedupe check may wait on Redis), so the turn is not
   * queued yet when the request is answered.
   */
  track?(processing: Promise<void>): void;
}

/** The receiver; mount {@link SlackHttpReceiver.route} on the server. */
export class SlackHttpReceiver implements Receiver {
  /** The route to serve. */
  readonly route: HttpRoute;
  #app: App | undefined;

  constructor(private readonly options: HttpReceiverOptions) {
    this.route = { method: "POST", path: EVENTS_PATH, handle: (req, res) => this.#handle(req, res) };
  }

  /** Called by Bolt's App when it is built. */
  init(app: App): void {
    this.#app = app;
  }

  /** Nothing to start: the shared server already listens. */
  async start(): Promise<void> {}

  /** Nothing to stop: the shared server closes itself. */
  async stop(): Promise<void> {}

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    const app = this.#app;
    if (!app || !this.options.accepting()) {
      req.resume();
      sendJson(res, 503, { error: "unavailable" });
      return;
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_REQUEST_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLargeError) {
        sendJson(res, 413, { error: "too_large" });
        return;
      }
      throw e;
    }
    const nowSeconds = Math.floor((this.options.now ?? Date.now)() / 1000);
    const verdict = verifySignature({ secret: this.options.signingSecret, signature: req.headers[SIGNATURE_HEADER], timestamp: req.headers[TIMESTAMP_HEADER], body: raw, nowSeconds });
    if (verdict !== "ok") {
      logger.warn({ event: "slack_request_refused", reason: verdict }, "request without a valid Slack signature");
      sendJson(res, 401, { error: "unauthorized" });
      return;
    }
    const body = parseSlackBody(req.headers["content-type"], raw);
    if (!body) {
      sendJson(res, 400, { error: "bad_request" });
      return;
    }
    // Slack checks the Request URL with a challenge before sending anything else.
    if (body.type === "url_verification") {
      sendJson(res, 200, { challenge: typeof body.challenge === "string" ? body.challenge : "" });
      return;
    }
    if (body.ssl_check !== undefined) {
      sendJson(res, 200, { ok: true });
      return;
    }

    const ack = ackOnce(res);
    const timer = setTimeout(() => void ack(), this.options.ackDeadlineMs ?? ACK_DEADLINE_MS);
    const retryNum = retryNumOf(req.headers["x-slack-retry-num"]);
    const retryReason = req.headers["x-slack-retry-reason"];
    const processing = app.processEvent({ body, ack, ...(retryNum !== undefined ? { retryNum } : {}), ...(typeof retryReason === "string" ? { retryReason } : {}) });
    this.options.track?.(processing.then(() => undefined, () => undefined));
    try {
      await processing;
    } catch (e) {
      logger.error({ event: "slack_process_failed", error: e instanceof Error ? e.name : typeof e }, "Bolt could not process a request");
    } finally {
      clearTimeout(timer);
      await ack();
    }
  }
}

/**
 * An `ack` for one HTTP request: the first call answers (200, with the
 * response body Bolt gives, if any); later calls do nothing.
 */
export function ackOnce(res: ServerResponse): (response?: unknown) => Promise<void> {
  return async (response?: unknown) => {
    if (res.headersSent || res.writableEnded) return;
    if (response === undefined || response === "") {
      res.writeHead(200, { "content-length": 0 });
      res.end();
    } else if (typeof response === "string") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(response) });
      res.end(response);
    } else {
      sendJson(res, 200, response);
    }
  };
}
