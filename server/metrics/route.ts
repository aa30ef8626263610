/** `GET /metrics`: the service's metrics in Prometheus' text format. */
import type { HttpRoute } from "../../bots/kit/channel.ts";
import type { Metrics } from "./metrics.ts";

/** The route that serves `metrics`. */
export function metricsRoute(metrics: Metrics): HttpRoute {
  return {
    method: "GET",
    path: "/metrics",
    handle: async (_req, res) => {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType, "content-length": Buffer.byteLength(text) });
      res.end(text);
    },
  };
}
