/**
 * Bolt's logger, bound to ours. Bolt and its Web API client log request
 * bodies at debug level, so debug is dropped; for the other levels only
 * Bolt's own message strings pass (cut short), and errors by their name and
 * code: no body, token or user text reaches our logs.
 */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { SlackLogger } from "./respond.ts";

/** Longest Bolt message kept. */
const MAX_NOTE_CHARS = 200;

/** What can be logged of Bolt's arguments. */
function noteOf(args: unknown[]): Record<string, unknown> {
  const first = args[0];
  if (typeof first === "string") return { note: first.slice(0, MAX_NOTE_CHARS) };
  if (first instanceof Error) {
    const code: unknown = (first as Error & { code?: unknown }).code;
    return { error: first.name, ...(typeof code === "string" ? { code } : {}) };
  }
  return {};
}

/** A Bolt `Logger` writing to `logger`. */
export function boltLoggerFor(logger: SlackLogger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => logger.info({ event: "slack_bolt", ...noteOf(args) }, "bolt"),
    warn: (...args: unknown[]) => logger.warn({ event: "slack_bolt", ...noteOf(args) }, "bolt"),
    error: (...args: unknown[]) => logger.error({ event: "slack_bolt", ...noteOf(args) }, "bolt"),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
