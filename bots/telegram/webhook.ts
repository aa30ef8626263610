/**
 * `POST /telegram`: the webhook Telegram calls with each update. It checks
 * the secret token header in constant time, limits the body, refuses what is
 * not a JSON update, and takes each `update_id` once: in the store, with the
 * turn's own lock script (see `claim.ts`), so retries and other instances
 * skip it, and in this process at once, so a retry of an update queued or
 * running here is asked to come back (503) without a store round trip. It
 * answers 200 when the turn is done, or after {@link ACK_WAIT_MS} if the turn
 * takes longer (an LLM explanation), so that an update whose process dies
 * mid-turn is delivered again by Telegram rather than lost. The claim is
 * short ({@link CLAIM_TTL_SECONDS}) and renewed while the turn runs: a slow
 * turn keeps it and is never run twice, while the claim of a process that
 * died lapses within seconds, so Telegram's next redelivery is answered.
 */
import { hash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { BodyTooLargeError, readBody } from "../kit/body.ts";
import type { HttpRoute } from "../kit/channel.ts";
import { sendJson } from "../kit/http.ts";
import { UpdateClaim } from "./claim.ts";
import type { TelegramLogger } from "./respond.ts";

/** The path Telegram posts updates to; `TELEGRAM_WEBHOOK_URL` must end in it (behind any proxy). */
export const WEBHOOK_PATH = "/telegram";

/** The header Telegram sends the `secret_token` of `setWebhook` in. */
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Largest update accepted; real updates are a few kilobytes. */
export const MAX_UPDATE_BYTES = 1024 * 1024;

/** How long a turn may run before the update is acknowledged anyway. */
export const ACK_WAIT_MS = 2_000;

/**
 * How long a claim lives unless renewed; a retry meanwhile gets 503 (try
 * later). A dead process's claim is gone this long after its last renewal.
 */
export const CLAIM_TTL_SECONDS = 15;

/** How often a running turn renews its claim: well inside the TTL, so that one slow store call does not lose it. */
export const CLAIM_RENEW_MS = 5_000;

/** Longest a claim is renewed: a turn hung past this no longer holds its update back from Telegram's retries. */
export const CLAIM_MAX_MS = 5 * 60_000;

/** How long a done `update_id` is remembered; Telegram gives up retrying well within a day. */
export const DEDUPE_TTL_SECONDS = 24 * 60 * 60;

/** What the webhook route needs. */
export interface WebhookDeps {
  secret: string;
  /** The bot's id, part of every deduplication key (see `botIdOf`). */
  botId: string;
  /** Where claims are renewed and, when the turn could not, marked done. */
  store: Pick<KeyValueStore, "set" | "touch">;
  /** The claim's life and renewal period; the defaults suit Telegram (tests shorten them). */
  claim?: { ttlSeconds?: number; renewMs?: number };
  logger: TelegramLogger;
  /**
   * Runs the update's turn (queued per chat, tracked for shutdown), taking
   * `claim` with it; resolves when it is done (never rejects). An update with
   * no turn takes no claim.
   */
  dispatch(update: Update, claim: UpdateClaim): Promise<void>;
  /** True once shutdown began: updates are refused with 503 so that Telegram retries them elsewhere. */
  stopping(): boolean;
}

/** Compares the header with the secret in constant time (over digests, so lengths leak nothing either). */
export function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  return matchesDigest(given, hash("sha256", secret, "buffer"));
}

/** {@link secretMatches} against the secret's digest, made once per route rather than once per update. */
function matchesDigest(given: string | string[] | undefined, digest: Buffer): boolean {
  if (typeof given !== "string") return false;
  // The one-shot hash: no Hash object per request.
  return timingSafeEqual(hash("sha256", given, "buffer"), digest);
}

/** Parses a webhook body as an update; null when it is not JSON or has no integer `update_id`. */
export function parseUpdate(body: Buffer): Update | null {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const id = (value as { update_id?: unknown }).update_id;
  return Number.isSafeInteger(id) && (id as number) >= 0 ? (value as Update) : null;
}

/** The webhook route. */
export function webhookRoute(deps: WebhookDeps): HttpRoute {
  const secretDigest = hash("sha256", deps.secret, "buffer");
  // The updates queued or running in this process.
  const inFlight = new Set<number>();
  return {
    method: "POST",
    path: WEBHOOK_PATH,
    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (!matchesDigest(req.headers[SECRET_HEADER], secretDigest)) {
        req.resume();
        deps.logger.warn({ event: "telegram_webhook_unauthorized" }, "webhook request without the right secret");
        sendJson(res, 401, { error: "unauthorized" });
        return;
      }
      if (deps.stopping()) {
        req.resume();
        sendJson(res, 503, { error: "shutting_down" });
        return;
      }
      let body: Buffer;
      try {
        body = await readBody(req, MAX_UPDATE_BYTES);
      } catch (e) {
        if (e instanceof BodyTooLargeError) {
          sendJson(res, 413, { error: "too_large" });
          return;
        }
        throw e;
      }
      const update = parseUpdate(body);
      if (!update) {
        sendJson(res, 400, { error: "not_an_update" });
        return;
      }
      const id = update.update_id;
      if (inFlight.has(id)) {
        // A retry of an update queued or running here.
        sendJson(res, 503, { error: "in_progress" });
        return;
      }
      const claim = new UpdateClaim({
        botId: deps.botId,
        updateId: id,
        store: deps.store,
        ttlSeconds: deps.claim?.ttlSeconds ?? CLAIM_TTL_SECONDS,
        renewMs: deps.claim?.renewMs ?? CLAIM_RENEW_MS,
        maxMs: CLAIM_MAX_MS,
        doneTtlSeconds: DEDUPE_TTL_SECONDS,
      });
      inFlight.add(id);
      void deps
        .dispatch(update, claim)
        .catch(() => undefined)
        .then(() => claim.finish())
        .catch(() => undefined)
        .finally(() => inFlight.delete(id));
      let timer: NodeJS.Timeout | undefined;
      // Decided by the claim (a retry, a store down), by the turn's end, or by the time Telegram should wait.
      await Promise.race([claim.decided, new Promise<void>((resolve) => (timer = setTimeout(() => resolve(void claim.decide()), ACK_WAIT_MS)))]);
      clearTimeout(timer);
      const verdict = claim.verdict!;
      if (verdict.status === 503 && verdict.body.error === "unavailable") {
        deps.logger.warn({ event: "telegram_dedupe_unavailable" }, "store unavailable; update refused for retry");
      }
      sendJson(res, verdict.status, verdict.body);
    },
  };
}
