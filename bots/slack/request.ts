/**
 * Reads a verified request body into the object Bolt expects: Events API
 * callbacks come as JSON; interactivity (button presses) as a form with one
 * `payload` field holding JSON; slash commands as a plain form.
 */

/** A request body as Bolt's `processEvent` takes it. */
export type SlackBody = Record<string, unknown>;

/**
 * Parses `raw` by its content type; null when it is neither JSON nor a form
 * Slack would send, or when its JSON is not an object.
 */
export function parseSlackBody(contentType: string | undefined, raw: Buffer): SlackBody | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const text = raw.toString("utf8");
  if (type === "application/json") return objectOf(text);
  if (type !== "application/x-www-form-urlencoded") return null;
  const form = new URLSearchParams(text);
  const payload = form.get("payload");
  if (payload !== null) return objectOf(payload);
  const fields: SlackBody = {};
  for (const [k, v] of form) fields[k] = v;
  return Object.keys(fields).length > 0 ? fields : null;
}

function objectOf(text: string): SlackBody | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as SlackBody) : null;
  } catch {
    return null;
  }
}

/** The `x-slack-retry-num` header as a number, when Slack says this is a retry. */
export function retryNumOf(header: string | string[] | undefined): number | undefined {
  const n = typeof header === "string" ? Number.parseInt(header, 10) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
