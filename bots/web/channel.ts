/**
 * The web chat: the page at `/`, its scripts and stylesheet, the widget
 * loader (`/web/widget.js`) and the JSON endpoint `POST /web/api/turn`, on
 * the shared HTTP server. Same engine, sessions and rate limit as every
 * other channel; sessions are signed tokens the page keeps, not cookies, so
 * the chat also works inside an iframe where third-party cookies are blocked.
 */
import { randomBytes } from "node:crypto";
import type { Channel, ChannelDeps } from "../kit/channel.ts";
import { turnHandler } from "./api.ts";
import type { WebConfig } from "./config.ts";
import { contentSecurityPolicy, sendAsset } from "./headers.ts";
import { chatPage } from "./page.ts";
import { assetRoutes } from "./asset-routes.ts";
import { SessionTokens } from "./session.ts";

/** Builds the web chat. Without `WEB_SESSION_SECRET` it makes a random one and warns: sessions then end with the process and do not cross instances. */
export function createWebChannel(deps: ChannelDeps<WebConfig>): Channel {
  const { config, conversations, logger } = deps;
  let secret: string | Buffer | undefined = config.WEB_SESSION_SECRET;
  if (!secret) {
    secret = randomBytes(32);
    logger.warn({ event: "web_session_secret_random" }, "WEB_SESSION_SECRET is not set: using a random secret, so web chat sessions end when this process stops and are not shared with other instances");
  }
  const tokens = new SessionTokens(secret);
  const csp = contentSecurityPolicy(config.WEB_FRAME_ANCESTORS ?? []);
  const page = chatPage();
  return {
    name: "web",
    routes: [
      { method: "GET", path: "/", handle: async (_req, res) => sendAsset(res, 200, "text/html; charset=utf-8", page, { csp }) },
      { method: "POST", path: "/web/api/turn", handle: turnHandler(conversations, tokens, deps.explainer) },
      ...assetRoutes(),
    ],
    start: async () => {},
    stop: async () => {},
  };
}
