/**
 * Web chat sessions without cookies: a random id the server signs with
 * `WEB_SESSION_SECRET` (HMAC-SHA-256), kept in the page's own storage and
 * sent back in the `X-Chat-Session` header. A token that does not verify
 * starts a new session; the id itself is the user id (`web:<id>`).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The header the page sends its token in. */
export const SESSION_HEADER = "x-chat-session";

/** Issues and checks session tokens with one secret. */
export class SessionTokens {
  readonly #secret: Buffer;
  constructor(secret: string | Buffer) {
    this.#secret = Buffer.isBuffer(secret) ? secret : Buffer.from(secret, "utf8");
  }

  #sign(id: string): string {
    return createHmac("sha256", this.#secret).update(`web-session:${id}`).digest("base64url");
  }

  /** A new session: its id and the token the page keeps. */
  issue(): { id: string; token: string } {
    const id = randomBytes(16).toString("base64url");
    return { id, token: `${id}.${this.#sign(id)}` };
  }

  /** The session id of a token signed with this secret, or null. */
  verify(token: string | undefined): string | null {
    if (!token || token.length > 200) return null;
    const m = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m) return null;
    const expected = Buffer.from(this.#sign(m[1]!));
    const given = Buffer.from(m[2]!);
    return given.length === expected.length && timingSafeEqual(given, expected) ? m[1]! : null;
  }
}
