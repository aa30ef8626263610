/**
 * The HTTP under grammY's Bot API calls: undici's `request` on one
 * keep-alive pool, in place of the node-fetch grammY ships with for Node.
 *
 * Why: every reply is a `sendMessage` call. node-fetch's Request, Headers
 * and Response objects over `http.request` were about 9% of the server's CPU
 * per Telegram update, and grammY's own wrapping of each call (an
 * AbortController and a timer for its timeout, a stream-error promise, a
 * race of three, a JSON replacer run on every value) about 4% more.
 * Two ways in, both grammY's own extension points:
 *
 * - `fetch`, for grammY's `client.fetch`: every call grammY makes itself
 *   (getUpdates with the runner's abort signal, file uploads, set-up calls)
 *   goes through undici; grammY reads only the answer's `.json()`.
 * - `transformer`, an API transformer (`bot.api.config.use`): the calls a
 *   turn makes (`sendMessage`, edits, answering a button), whose payloads
 *   are plain JSON and which carry no abort signal, are sent directly, with
 *   the pool's own timeouts in place of grammY's timer; their answers and
 *   failures reach grammY as its own calls' do (an `ApiResponse`, or an
 *   `HttpError` that does not name the token).
 *
 * Node's global `fetch` is undici's WHATWG layer and measured slower than
 * node-fetch here, which is why the plain `request` is used; the
 * transformer goes one level lower still, to the pool's `dispatch` with a
 * handler that gathers the answer's bytes and parses them: `request`'s
 * body stream and its handler cost about a third of the client's CPU on a
 * small JSON answer (25 µs a call against 16 µs, measured on loopback).
 */
import { HttpError, type Transformer } from "grammy";
import { Agent, request, type Dispatcher } from "undici";

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

/** Options of {@link createBotApiHttp}. */
export interface BotApiHttpOptions {
  /** The Bot API's root, without a trailing slash (`https://api.telegram.org`). */
  apiRoot: string;
  /** The bot's token, for the calls the transformer sends itself. */
  token: string;
  /** How long a call may wait for Telegram's answer, as grammY's `timeoutSeconds`. */
  timeoutSeconds: number;
}

/** grammY's `client.fetch`, an API transformer for a turn's calls, and `close` for shutdown. */
export interface BotApiHttp {
  fetch(url: string, init?: BotApiRequestInit): Promise<BotApiResponse>;
  transformer: Transformer;
  /** Closes the pool's connections once the calls in flight are done; later calls resolve with the first. */
  close(): Promise<void>;
}

/**
 * Methods a turn calls whose payload is always plain JSON (never a file),
 * sent by the transformer itself. Anything else goes through grammY.
 */
const PLAIN_JSON_METHODS: ReadonlySet<string> = new Set(["sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "sendChatAction", "deleteMessage"]);

/**
 * The payload as grammY writes it: JSON without its null values. Payloads
 * rarely hold a null, so the replacer (slow: a call per value) runs only when
 * the plain text has one.
 */
function payloadJson(payload: unknown): string {
  const plain = JSON.stringify(payload ?? {});
  return plain.includes("null") ? JSON.stringify(payload ?? {}, (_key, value: unknown) => value ?? undefined) : plain;
}

/**
 * POSTs `body` (JSON) to `path` on `origin` through `dispatcher`, and parses
 * the answer as JSON whatever its status (the Bot API answers refusals in
 * JSON too). Rejects with what undici reports (no connection, a timeout of
 * the pool's) or with the parse error of an answer that is not JSON.
 */
function postJson(dispatcher: Dispatcher, origin: string, path: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    dispatcher.dispatch(
      { origin, path, method: "POST", headers: { "content-type": "application/json" }, body },
      {
        onRequestStart() {},
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          try {
            resolve(JSON.parse((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8")));
          } catch (e) {
            reject(e);
          }
        },
        onResponseError(_controller, error) {
          reject(error);
        },
      },
    );
  });
}

/**
 * A Bot API client on its own connection pool.
 *
 * @example
 * const http = createBotApiHttp({ apiRoot, token, timeoutSeconds: 45 });
 * const bot = new Bot(token, { client: { apiRoot, timeoutSeconds: 45, fetch: http.fetch as never } });
 * bot.api.config.use(http.transformer);
 */
export function createBotApiHttp(options: BotApiHttpOptions): BotApiHttp {
  const timeoutMs = options.timeoutSeconds * 1000;
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  const root = new URL(options.apiRoot);
  const origin = root.origin;
  const base = `${root.pathname.replace(/\/+$/, "")}/bot${options.token}/`;
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
    transformer: async (prev, method, payload, signal) => {
      if (signal !== undefined || !PLAIN_JSON_METHODS.has(method)) return prev(method, payload, signal);
      try {
        return (await postJson(dispatcher, origin, base + method, payloadJson(payload))) as Awaited<ReturnType<typeof prev>>;
      } catch (e) {
        // grammY's own words for a failed call; the error (which may hold the URL, and so the token) is kept apart.
        throw new HttpError(`Network request for '${method}' failed!`, e);
      }
    },
    // A channel may be stopped twice (a signal during shutdown); the pool closes once.
    close: () => (closing ??= dispatcher.close().then(() => undefined)),
  };
}
