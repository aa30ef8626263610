/** The routes of the web pages' stylesheet and scripts, shared by the chat page and the results page. */
import type { HttpRoute } from "../kit/channel.ts";
import { bundle } from "./assets.ts";
import { sendAsset } from "./headers.ts";
import { APP_CSS } from "./styles.ts";

/** The stylesheet and the scripts, shared by the chat page and the results page. */
export function assetRoutes(): HttpRoute[] {
  const cache = "public, max-age=300";
  const js = (name: "app.js" | "widget.js"): HttpRoute => ({
    method: "GET",
    path: `/web/${name}`,
    handle: async (_req, res) => {
      const code = bundle(name);
      if (code === null) return sendAsset(res, 503, "text/plain; charset=utf-8", "the web chat's scripts are not built: run npm run build");
      sendAsset(res, 200, "text/javascript; charset=utf-8", code, { cache });
    },
  });
  return [{ method: "GET", path: "/web/app.css", handle: async (_req, res) => sendAsset(res, 200, "text/css; charset=utf-8", APP_CSS, { cache }) }, js("app.js"), js("widget.js")];
}
