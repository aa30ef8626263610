/**
 * Who is asking, for the per-client rate limit: the socket's address, or,
 * behind proxies you run (`TRUST_PROXY`), the address the nearest trusted
 * proxy saw. A client cannot choose its own address by sending the header:
 * without TRUST_PROXY it is ignored, and with it only the addresses the
 * trusted proxies appended are read.
 */
import type { IncomingMessage } from "node:http";

/** The client's address for `req`, trusting `trustedHops` proxies in front of the server. */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (trustedHops <= 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const list = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((a) => a.trim()).filter(Boolean);
  if (list.length === 0) return socket;
  // Each trusted proxy appends the address it received from: the client is `trustedHops` from the right.
  return list[Math.max(0, list.length - trustedHops)]!;
}
