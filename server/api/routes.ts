/**
 * The JSON API on the shared HTTP server: `/api/v1/check`, `/ask`,
 * `/measures`, `/schema` and `/openapi.json`. Every request passes, in
 * order: CORS (configured origins only), the API key when one is set, the
 * per-client rate limit, and for a POST the content type, the size limit and
 * JSON parsing. Every error is `application/problem+json` (RFC 9457).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { HttpFallback, HttpRoute } from "../../bots/kit/channel.ts";
import { BodyTooLargeError, readBody } from "../../bots/kit/body.ts";
import type { KeyValueStore } from "../../core/store/key-value-store.ts";
import { clientAddress } from "./client.ts";
import { type ApiConfig, corsOrigins } from "./config.ts";
import { type Endpoint, endpoints } from "./endpoints.ts";
import { problem, sendProblem } from "./problem.ts";
import { ApiRateLimit } from "./rate-limit.ts";

/** What the API is built from. */
export interface ApiDeps {
  config: ApiConfig;
  store: Pick<KeyValueStore, "increment">;
  logger: Logger;
  /** The service's version, for the OpenAPI document. */
  version: string;
  /** Called once per answered request with its route (the path template, never a user's value) and status. */
  observe?: (route: string, method: string, status: number) => void;
}

const ALLOWED_HEADERS = "content-type, authorization, x-api-key";

/** The API's routes, preflight (OPTIONS) included. */
export function createApiRoutes(deps: ApiDeps): HttpRoute[] {
  const limit = new ApiRateLimit(deps.store, deps.config.API_RATE_LIMIT_PER_MINUTE);
  const origins = corsOrigins(deps.config);
  const keyHash = deps.config.API_KEY ? sha256(deps.config.API_KEY) : undefined;

  const cors = (req: IncomingMessage, res: ServerResponse): void => {
    const origin = req.headers.origin;
    if (!origin) return;
    res.setHeader("vary", "Origin");
    if (origins === "*" || origins.includes(origin)) {
      res.setHeader("access-control-allow-origin", origins === "*" ? "*" : origin);
      res.setHeader("access-control-expose-headers", "retry-after");
    }
  };

  const authorized = (req: IncomingMessage): boolean => {
    if (!keyHash) return true;
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const given = bearer ?? (typeof req.headers["x-api-key"] === "string" ? req.headers["x-api-key"] : undefined);
    return given !== undefined && timingSafeEqual(sha256(given.trim()), keyHash);
  };

  const serve = (endpoint: Endpoint): HttpRoute => ({
    method: endpoint.method,
    path: endpoint.path,
    handle: async (req, res) => {
      res.once("finish", () => deps.observe?.(endpoint.path, endpoint.method, res.statusCode));
      cors(req, res);
      if (!authorized(req)) {
        sendProblem(res, problem(401, "send the API key as Authorization: Bearer <key> or X-API-Key"), { "www-authenticate": 'Bearer realm="policy-assistant"' });
        return;
      }
      const verdict = await limit.take(clientAddress(req, deps.config.TRUST_PROXY));
      if (!verdict.ok) {
        req.resume();
        sendProblem(res, problem(429, `at most ${deps.config.API_RATE_LIMIT_PER_MINUTE} requests a minute; try again in ${verdict.retryAfterSeconds} s`), { "retry-after": String(verdict.retryAfterSeconds) });
        return;
      }
      let body: unknown;
      if (endpoint.method === "POST") {
        const read = await readJson(req, deps.config.API_BODY_LIMIT_BYTES);
        if (!read.ok) {
          sendProblem(res, read.problem);
          return;
        }
        body = read.body;
      }
      const answer = await endpoint.answer(body);
      if ("problem" in answer) sendProblem(res, answer.problem);
      else sendJsonBody(res, answer.status, answer.body);
    },
  });

  const preflight = (path: string, method: string): HttpRoute => ({
    method: "OPTIONS",
    path,
    handle: async (req, res) => {
      res.once("finish", () => deps.observe?.(path, "OPTIONS", res.statusCode));
      cors(req, res);
      res.setHeader("access-control-allow-methods", `${method}, OPTIONS`);
      res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
      res.setHeader("access-control-max-age", "600");
      res.writeHead(204).end();
    },
  });

  const list = endpoints(deps.version);
  return [...list.map(serve), ...list.map((e) => preflight(e.path, e.method))];
}

/**
 * Answers an unknown path under `/api/v1/` (404) or a known one asked with
 * another method (405, with `Allow`) as problem+json, like every other API
 * error, naming the paths that exist.
 */
export function apiFallback(version: string): HttpFallback {
  const paths = endpoints(version).map((e) => `${e.method} ${e.path}`).join(", ");
  return {
    prefix: "/api/",
    handle: (_req, res, status, allow) => {
      if (status === 405) sendProblem(res, problem(405, `this path takes ${allow.join(", ")}`), { allow: allow.join(", ") });
      else sendProblem(res, problem(404, `no such API path; the API has ${paths} (see GET /api/v1/openapi.json)`));
    },
  };
}

type JsonRead = { ok: true; body: unknown } | { ok: false; problem: ReturnType<typeof problem> };

/** Reads a JSON body: 415 for another content type, 413 past the limit, 400 for text that is not JSON. */
async function readJson(req: IncomingMessage, limit: number): Promise<JsonRead> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !/^application\/[\w.+-]+\+json$/.test(type)) {
    req.resume();
    return { ok: false, problem: problem(415, "send the body as application/json") };
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, limit);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return { ok: false, problem: problem(413, `the body must be at most ${limit} bytes`) };
    throw e;
  }
  try {
    return { ok: true, body: JSON.parse(raw.toString("utf8")) };
  } catch (e) {
    return { ok: false, problem: problem(400, `the body is not valid JSON: ${(e as Error).message}`) };
  }
}

function sendJsonBody(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
