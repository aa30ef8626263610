/**
 * The structured logger (pino). Message contents and secrets are never
 * logged: redaction covers the usual places secrets travel, and the code
 * logs events with codes and counts, not text.
 */
import { pino, type Logger } from "pino";

export type { Logger } from "pino";

/** Creates the service logger at `level` (silent in tests unless LOG_LEVEL says otherwise), writing to stdout or to the file descriptor `fd`. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info", fd = 1): Logger {
  const options = {
    level,
    base: { service: "policy-assistant" },
    redact: {
      paths: ["token", "secret", "apiKey", "*.token", "*.secret", "*.apiKey", "req.headers.authorization", "req.headers['x-telegram-bot-api-secret-token']", "text", "*.text", "content", "*.content"],
      censor: "[redacted]",
    },
  };
  return fd === 1 ? pino(options) : pino(options, pino.destination(fd));
}
