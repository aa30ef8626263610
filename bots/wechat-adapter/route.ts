/**
 * `GET /wechat` (URL verification) and `POST /wechat` (pushes) on node's
 * HTTP server: transport only. Refusals carry a status and a bare word,
 * never a detail an attacker could use.
 */
import type { IncomingMessage as HttpRequest, ServerResponse } from "node:http";
import type { HttpRoute } from "../kit/channel.ts";
import { BodyTooLargeError, readBody } from "../kit/body.ts";
import { MAX_BODY_BYTES, decodePost, encodeReply, verifyGet, type HttpAnswer, type WechatEndpointConfig } from "./request.ts";
import type { ResponderLogger, WechatResponder } from "./responder.ts";

/** The path WeChat's server configuration points at. */
export const WECHAT_PATH = "/wechat";

const TEXT = "text/plain; charset=utf-8";
const REFUSAL: Record<number, string> = { 400: "bad request", 401: "unauthorized", 413: "payload too large" };

/** Options of {@link wechatRoutes}. */
export interface WechatRoutesOptions {
  endpoint: WechatEndpointConfig;
  responder: Pick<WechatResponder, "respond">;
  logger: ResponderLogger;
  now?: () => number;
}

function write(res: ServerResponse, answer: HttpAnswer, afterSent?: () => void): void {
  if (res.headersSent || res.destroyed) {
    // WeChat gave up on this request; what follows still goes out.
    afterSent?.();
    return;
  }
  if (afterSent) {
    // "finish" when the reply is handed over, "close" when the connection went first: either way, once.
    let fired = false;
    const fire = () => {
      if (fired) return;
      fired = true;
      afterSent();
    };
    res.once("finish", fire);
    res.once("close", fire);
  }
  res.writeHead(answer.status, { "content-type": answer.contentType, "content-length": Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

function refuse(res: ServerResponse, status: 400 | 401 | 413): void {
  write(res, { status, contentType: TEXT, body: REFUSAL[status]! });
}

function queryOf(req: HttpRequest): URLSearchParams {
  return new URL(req.url ?? "/", "http://localhost").searchParams;
}

/** The two routes of the WeChat channel. */
export function wechatRoutes(options: WechatRoutesOptions): HttpRoute[] {
  const { endpoint, responder, logger } = options;
  const now = options.now ?? Date.now;
  return [
    {
      method: "GET",
      path: WECHAT_PATH,
      async handle(req, res) {
        const answer = verifyGet(queryOf(req), endpoint.token);
        if (answer.status !== 200) logger.info({ event: "wechat_refused", status: answer.status }, "verification refused");
        write(res, answer);
      },
    },
    {
      method: "POST",
      path: WECHAT_PATH,
      async handle(req, res) {
        const arrivedAt = now();
        let body: Buffer;
        try {
          body = await readBody(req, MAX_BODY_BYTES);
        } catch (error) {
          refuse(res, error instanceof BodyTooLargeError ? 413 : 400);
          return;
        }
        const decoded = decodePost({ query: queryOf(req), body, config: endpoint, now: arrivedAt });
        if (!decoded.ok) {
          logger.info({ event: "wechat_refused", status: decoded.status, code: decoded.code }, "push refused");
          refuse(res, decoded.status);
          return;
        }
        const answer = await responder.respond(decoded.message, arrivedAt);
        const reply = encodeReply({ mode: decoded.mode, message: decoded.message, content: answer.content, config: endpoint });
        write(res, reply, () => answer.afterReply());
      },
    },
  ];
}
