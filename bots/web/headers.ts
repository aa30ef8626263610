/**
 * The security headers of the web chat's pages: a Content-Security-Policy
 * that allows only our own scripts, styles and API (no inline script, no
 * external request), and the sites that may frame the chat.
 */
import type { ServerResponse } from "node:http";

/** The CSP of our pages; `frameAncestors` are the origins allowed to embed them besides our own. */
export function contentSecurityPolicy(frameAncestors: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(" ")}`,
  ].join("; ");
}

/** Sends a page or an asset with the security headers. */
export function sendAsset(res: ServerResponse, status: number, type: string, body: string | Buffer, options: { csp?: string; cache?: string } = {}): void {
  if (res.headersSent) return;
  const headers: Record<string, string | number> = {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": options.cache ?? "no-store",
  };
  if (options.csp) headers["content-security-policy"] = options.csp;
  res.writeHead(status, headers);
  res.end(body);
}
