/**
 * The customer-service API, for answers that miss the 5-second passive reply
 * or do not fit in one message.
 *
 * The access token is shared by every instance through the store: WeChat
 * invalidates the previous token 5 minutes after a new one is fetched, so
 * instances fetching their own would log each other out. One instance
 * fetches under the store's lock; the others wait and read what it stored.
 */
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { WechatError } from "./errors.ts";
import { DEFAULT_MAX_BYTES, splitUtf8 } from "./split.ts";

/** WeChat's production API. */
export const DEFAULT_API_BASE_URL = "https://api.weixin.qq.com";

/** errcodes meaning "this access token is invalid or expired": refresh once and retry. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001]);
/** 45015: the 48-hour window closed or the user unfollowed. */
const WINDOW_CLOSED = 45015;
/** 45047: the per-message quota of customer-service messages is used up. */
const QUOTA_EXCEEDED = 45047;

/** Options of {@link WechatApi}. */
export interface WechatApiOptions {
  appId: string;
  appSecret: string;
  /** `WECHAT_API_BASE_URL`; tests point it at a fake on loopback. */
  baseUrl?: string;
  /** Where the token is shared between instances (Redis in production). */
  store: KeyValueStore;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
  /** The clock in milliseconds, for tests. */
  now?: () => number;
  /** How long before expiry a token is replaced. Default 300 s. */
  refreshAheadSeconds?: number;
  /** Per-request timeout. Default 10,000 ms. */
  timeoutMs?: number;
  /** Largest UTF-8 size of one message; longer text is sent in parts. Default 2,000. */
  maxBytes?: number;
}

interface StoredToken {
  accessToken: string;
  /** When to stop using it (ms): expiry minus the refresh margin. */
  refreshAt: number;
}

interface ApiAnswer {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

function errorFor(errcode: number, sentParts: number): WechatError {
  const details = { errcode, sentParts };
  if (errcode === WINDOW_CLOSED) return new WechatError("WINDOW_CLOSED", "user cannot receive messages now (45015)", details);
  if (errcode === QUOTA_EXCEEDED) return new WechatError("QUOTA_EXCEEDED", "customer-service quota used up (45047)", details);
  if (TOKEN_ERRCODES.has(errcode)) return new WechatError("TOKEN_INVALID", `access token refused twice (${errcode})`, details);
  return new WechatError("API_ERROR", `WeChat API error ${errcode}`, details);
}

/**
 * A client of WeChat's customer-service API.
 *
 * @example
 * const api = new WechatApi({ appId, appSecret, store });
 * await api.sendText(openid, longExplanation); // several messages when over 2,000 bytes
 */
export class WechatApi {
  private readonly appId: string;
  private readonly appSecret: string;
  private readonly baseUrl: string;
  private readonly store: KeyValueStore;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly refreshAheadMs: number;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;

  constructor(options: WechatApiOptions) {
    this.appId = options.appId;
    this.appSecret = options.appSecret;
    this.baseUrl = (options.baseUrl ?? DEFAULT_API_BASE_URL).replace(/\/+$/, "");
    this.store = options.store;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
    this.refreshAheadMs = (options.refreshAheadSeconds ?? 300) * 1000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** The store key of the shared token. */
  get tokenKey(): string {
    return `wechat:token:${this.appId}`;
  }

  /**
   * A valid access token: the shared one while it is fresh, otherwise a new one
   * fetched by exactly one caller across instances.
   * @throws {WechatError} TOKEN_FAILED or HTTP_ERROR; the store's StoreBusyError or
   *   StoreUnavailableError when the lock cannot be had or the store is down
   */
  async getAccessToken(): Promise<string> {
    const cached = await this.readToken();
    if (cached && cached.refreshAt > this.now()) return cached.accessToken;
    return this.refreshToken(null);
  }

  /**
   * Sends `content` to `openid`, in several messages when it is longer than
   * `maxBytes` UTF-8 bytes. Stops at the first part WeChat refuses.
   * @returns how many messages went out
   * @throws {WechatError} WINDOW_CLOSED (45015) and QUOTA_EXCEEDED (45047), never retried;
   *   TOKEN_INVALID, API_ERROR, HTTP_ERROR; `details.sentParts` says how many parts went out before.
   *   Store errors as for {@link getAccessToken}.
   */
  async sendText(openid: string, content: string): Promise<number> {
    const parts = splitUtf8(content, this.maxBytes);
    for (let i = 0; i < parts.length; i++) {
      const errcode = await this.postWithToken("/cgi-bin/message/custom/send", {
        touser: openid,
        msgtype: "text",
        text: { content: parts[i] },
      });
      if (errcode !== 0) throw errorFor(errcode, i);
    }
    return parts.length;
  }

  /** Posts with the shared token; on a token errcode, refreshes once and retries once. Returns the final errcode. */
  private async postWithToken(path: string, payload: unknown): Promise<number> {
    const token = await this.getAccessToken();
    const first = await this.request(path, token, payload);
    if (!TOKEN_ERRCODES.has(first)) return first;
    return this.request(path, await this.refreshToken(token), payload);
  }

  private async readToken(): Promise<StoredToken | null> {
    const raw = await this.store.get(this.tokenKey);
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredToken>;
      if (typeof parsed.accessToken === "string" && typeof parsed.refreshAt === "number") {
        return { accessToken: parsed.accessToken, refreshAt: parsed.refreshAt };
      }
    } catch {
      // A corrupt entry is as good as none: fetch a new token.
    }
    return null;
  }

  /**
   * Fetches a new token under the store's lock. A caller that waited for the
   * lock takes the token its predecessor stored instead of fetching again,
   * unless that is the very token WeChat just refused (`stale`).
   */
  private refreshToken(stale: string | null): Promise<string> {
    const wait = this.timeoutMs * 2;
    return this.store.withLock(
      this.tokenKey,
      async () => {
        const cached = await this.readToken();
        if (cached && cached.accessToken !== stale && cached.refreshAt > this.now()) return cached.accessToken;
        const { accessToken, expiresIn } = await this.fetchToken();
        // Keep at least half the lifetime, so a short-lived token is not refreshed on every call.
        const margin = Math.min(this.refreshAheadMs, (expiresIn * 1000) / 2);
        const stored: StoredToken = { accessToken, refreshAt: this.now() + expiresIn * 1000 - margin };
        await this.store.set(this.tokenKey, JSON.stringify(stored), expiresIn);
        return accessToken;
      },
      { ttlMs: wait, waitMs: wait },
    );
  }

  private async fetchToken(): Promise<{ accessToken: string; expiresIn: number }> {
    const query = new URLSearchParams({ grant_type: "client_credential", appid: this.appId, secret: this.appSecret });
    const answer = await this.call(`${this.baseUrl}/cgi-bin/token?${query}`, { method: "GET" });
    const expiresIn = answer.expires_in;
    if (answer.errcode || typeof answer.access_token !== "string" || typeof expiresIn !== "number" || expiresIn <= 0) {
      const errcode = answer.errcode ?? -1;
      throw new WechatError("TOKEN_FAILED", `access token request refused (${errcode})`, { errcode });
    }
    return { accessToken: answer.access_token, expiresIn };
  }

  private async request(path: string, token: string, payload: unknown): Promise<number> {
    const answer = await this.call(`${this.baseUrl}${path}?access_token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
    });
    return answer.errcode ?? 0;
  }

  /** One HTTP call. Errors name the path only: URLs carry the secret or the token. */
  private async call(url: string, init: RequestInit): Promise<ApiAnswer> {
    const path = new URL(url).pathname;
    let response: Response;
    try {
      response = await this.fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (cause) {
      throw new WechatError("HTTP_ERROR", `${path}: request failed`, { cause });
    }
    if (!response.ok) throw new WechatError("HTTP_ERROR", `${path}: HTTP ${response.status}`);
    let answer: unknown;
    try {
      answer = await response.json();
    } catch (cause) {
      throw new WechatError("HTTP_ERROR", `${path}: answer is not JSON`, { cause });
    }
    if (typeof answer !== "object" || answer === null) throw new WechatError("HTTP_ERROR", `${path}: answer is not an object`);
    return answer as ApiAnswer;
  }
}
