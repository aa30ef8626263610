/**
 * One autocannon run on loopback with a fresh body per request (updates and
 * pushes must be unique, or the server's deduplication drops them).
 */
import autocannon, { type AutocannonRequest, type AutocannonResult } from "autocannon";

/** A request to send: path, headers and body. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Options of {@link fire}. */
export interface FireOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Builds the next request; called once per request sent. */
  next: () => LoadRequest;
}

/** What a run measured. */
export interface LoadResult {
  /** 2xx answers a second over the run. */
  okPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
  statusCodes: Record<string, number>;
}

/** Runs autocannon against `url` with requests from `next`. */
export async function fire(options: FireOptions): Promise<LoadResult> {
  const request: AutocannonRequest = {
    method: "POST",
    setupRequest: (req) => {
      const r = options.next();
      return { ...req, path: r.path, headers: r.headers, body: r.body };
    },
  };
  const result: AutocannonResult = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    timeout: 10,
    requests: [request],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(s.count);
  return {
    okPerSecond: result["2xx"] / result.duration,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    seconds: result.duration,
    statusCodes,
  };
}
