/**
 * The one HTTP server every channel shares: routes by method and path,
 * `GET /healthz`, 404 for anything else (405 for a known path and another
 * method), answered by a fallback when the path is under its prefix (the
 * API's problem+json), and a 500 with no details when a handler fails
 * unexpectedly. Tracks requests in flight for graceful shutdown.
 *
 * The routes may be given later than the server (`setRoutes`): a server
 * listens, and answers `/healthz`, before the modules behind its routes have
 * loaded; a request that arrives meanwhile waits for them and is then
 * answered as any other (or gets 503 if they never come).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { HttpFallback, HttpRoute } from "./channel.ts";
import type { Logger } from "pino";

/** The server and a way to wait for requests in flight. */
export interface HttpServer {
  server: Server;
  /**
   * Gives the routes (once; routes given to {@link createHttpServer} are
   * final), with the fallbacks for unmatched paths under their prefixes:
   * requests waiting for them are served, or, with an error, answered 503.
   */
  setRoutes(routes: HttpRoute[] | Error, fallbacks?: HttpFallback[]): void;
  /** Resolves when no request is in flight (or after `timeoutMs`). */
  drain(timeoutMs: number): Promise<void>;
}

/** Sends a small JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** The routes by `METHOD path`, the methods of each path, and the fallbacks for unmatched paths. */
interface RouteTable {
  byKey: Map<string, HttpRoute>;
  methods: Map<string, string[]>;
  fallbacks: HttpFallback[];
}

function tableOf(routes: HttpRoute[], fallbacks: HttpFallback[]): RouteTable {
  const methods = new Map<string, string[]>();
  for (const r of routes) methods.set(r.path, [...(methods.get(r.path) ?? []), r.method]);
  return { byKey: new Map(routes.map((r) => [`${r.method} ${r.path}`, r])), methods, fallbacks };
}

/**
 * Creates the server for `routes`, or for routes given later by
 * {@link HttpServer.setRoutes} when `routes` is `"later"`; `ready()` answers
 * the health check; `fallbacks` answer unmatched paths under their prefixes.
 */
export function createHttpServer(routes: HttpRoute[] | "later", ready: () => Promise<boolean>, logger: Logger, fallbacks: HttpFallback[] = []): HttpServer {
  let table: RouteTable | Error | undefined = routes === "later" ? undefined : tableOf(routes, fallbacks);
  let waiting: (() => void)[] = [];
  const settled = (): Promise<void> => new Promise((resolve) => waiting.push(resolve));
  let inFlight = 0;
  let idle: (() => void)[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    try {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
        const ok = await ready().catch(() => false);
        sendJson(res, ok ? 200 : 503, { status: ok ? "ready" : "not_ready" });
        return;
      }
      if (table === undefined) await settled();
      const routes = table!;
      if (routes instanceof Error) {
        req.resume();
        sendJson(res, 503, { error: "unavailable" });
        return;
      }
      const route = routes.byKey.get(`${req.method} ${path}`);
      if (!route) {
        const allow = routes.methods.get(path) ?? [];
        const status = allow.length > 0 ? 405 : 404;
        const fallback = routes.fallbacks.find((f) => path.startsWith(f.prefix));
        if (fallback) {
          req.resume();
          await fallback.handle(req, res, status, allow);
          return;
        }
        if (status === 405) res.setHeader("allow", allow.join(", "));
        sendJson(res, status, { error: status === 405 ? "method_not_allowed" : "not_found" });
        return;
      }
      await route.handle(req, res);
    } catch (e) {
      logger.error({ event: "http_handler_failed", error: (e as Error)?.message }, "request failed");
      sendJson(res, 500, { error: "internal_error" });
    } finally {
      inFlight--;
      if (inFlight === 0) {
        for (const f of idle) f();
        idle = [];
      }
    }
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return {
    server,
    setRoutes(given, laterFallbacks = []) {
      if (table !== undefined) throw new Error("the routes are already set");
      table = given instanceof Error ? given : tableOf(given, laterFallbacks);
      for (const f of waiting) f();
      waiting = [];
    },
    drain: (timeoutMs) =>
      inFlight === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, timeoutMs);
            idle.push(() => {
              clearTimeout(timer);
              resolve();
            });
          }),
  };
}
