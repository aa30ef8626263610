/**
 * The HTTP client under grammY's Bot API calls: undici's `request` on a
 * keep-alive pool, in place of the node-fetch grammY ships with for Node.
 * grammY takes any `fetch` (its `client.fetch` option) and reads only the
 * answer's `.json()`, so this is all the adapter it needs.
 *
 * Why: every reply is a `sendMessage` call, and node-fetch's Request,
 * Headers and Response objects over `http.request` were about 9% of the
 * server's CPU per Telegram update; undici's `request` does the same call
 * with a fraction of the objects (measured in bench/README.md). Node's own
 * global `fetch` is undici's WHATWG layer and measured slower than
 * node-fetch, which is why the plain `request` is used.
 */
import { Agent, request } from "undici";

/** What grammY passes to `fetch`: its base config (agent, duplex) with the call's method, headers, body and abort signal. */
export interface BotApiRequestInit {
  method?: string;
  headers?: Record<string, string>;
  /** JSON text, or a stream of multipart form data when a file is uploaded. */
  body?: unknown;
  signal?: AbortSignal;
}

/** What grammY reads of the answer. */
export interface BotApiResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

/** A `fetch` for grammY's `client.fetch`, and `close` for shutdown. */
export interface BotApiFetch {
  fetch(url: string, init?: BotApiRequestInit): Promise<BotApiResponse>;
  /** Closes the pool's connections once the calls in flight are done; later calls resolve with the first. */
  close(): Promise<void>;
}

/**
 * A Bot API client on its own connection pool.
 *
 * @example
 * const http = createBotApiFetch();
 * const bot = new Bot(token, { client: { fetch: http.fetch as never } });
 */
export function createBotApiFetch(): BotApiFetch {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  let closing: Promise<void> | undefined;
  return {
    async fetch(url, init = {}) {
      // undici keeps connections alive itself, and refuses some hop-by-hop headers it manages.
      const { connection: _connection, ...headers } = init.headers ?? {};
      const answer = await request(url, {
        method: (init.method ?? "GET") as "GET",
        headers,
        body: init.body as string | undefined,
        signal: init.signal,
        dispatcher,
      });
      return { ok: answer.statusCode >= 200 && answer.statusCode < 300, status: answer.statusCode, json: () => answer.body.json() };
    },
    // A channel may be stopped twice (a signal during shutdown); the pool closes once.
    close: () => (closing ??= dispatcher.close().then(() => undefined)),
  };
}
