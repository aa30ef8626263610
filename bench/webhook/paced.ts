/**
 * Open-loop load at a steady rate, for latency at a given throughput.
 * autocannon's `overallRate` lets each connection send its quota for the
 * second at once and then wait (see its lib/httpClient.js), so its "1,000 a
 * second" arrives in bursts; this sends request i at start + i/rate instead,
 * and times each from its scheduled moment, so a slow server cannot hide its
 * delay by slowing the sender (coordinated omission).
 */
import { Agent, request } from "node:http";
import { summarize } from "../lib/stats.ts";
import type { LoadRequest, LoadResult } from "./load.ts";

/** Options of {@link paced}. */
export interface PacedOptions {
  /** `http://host:port`. */
  url: string;
  /** Requests a second. */
  rate: number;
  /** Seconds. */
  duration: number;
  /** Most sockets at once (Telegram's default `max_connections` is 40). */
  connections: number;
  next: () => LoadRequest;
}

/** Sends `rate × duration` requests on schedule and reports as {@link fire} does. */
export async function paced(options: PacedOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const total = Math.round(options.rate * options.duration);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  let settled = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const send = (scheduledAt: number): void => {
      const r = options.next();
      const req = request({ agent, host: hostname, port, method: "POST", path: r.path, headers: { ...r.headers, "content-length": Buffer.byteLength(r.body) } }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - scheduledAt);
          statusCodes[res.statusCode ?? 0] = (statusCodes[res.statusCode ?? 0] ?? 0) + 1;
          done();
        });
      });
      req.on("error", () => {
        errors++;
        done();
      });
      req.end(r.body);
    };
    const done = (): void => {
      if (++settled === total) resolve();
    };
    const tick = (): void => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * options.rate) + 1);
      while (sent < due) send(start + (sent++ * 1000) / options.rate);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  const ok = Object.entries(statusCodes).reduce((a, [code, n]) => a + (code.startsWith("2") ? n : 0), 0);
  const s = summarize(latencies);
  return {
    okPerSecond: ok / seconds,
    ok,
    non2xx: latencies.length - ok,
    errors,
    timeouts: 0,
    p50: Math.round(s.p50 * 10) / 10,
    p99: Math.round(s.p99 * 10) / 10,
    max: Math.round(s.max * 10) / 10,
    seconds,
    statusCodes,
  };
}
