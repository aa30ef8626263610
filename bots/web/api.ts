/**
 * `POST /web/api/turn`: one message of the web chat. JSON in
 * (`{ input, lang? }`), JSON out (`{ token?, lang, replies, ui }`): the
 * engine's `Reply[]` as they are, for the page to render as text (never as
 * HTML), and the page's own labels in the user's language. A request
 * without a valid `X-Chat-Session` token starts a session and gets its
 * token back.
 *
 * A request that accepts `text/event-stream` gets server-sent events when the
 * explainer can stream (an LLM is configured): `draft` events carry an
 * explanation as it improves (the curated template at once, then the model's
 * guarded text), and one `turn` event carries the answer above.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import * as z from "zod";
import { COMMANDS, type Input } from "../../core/dialogues/types.ts";
import type { Conversations, MessageMeta } from "../../core/dialogues/conversations.ts";
import type { Explainer } from "../../core/explain/explainer.ts";
import { canStream } from "../../core/explain/streaming.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { t } from "../../core/i18n/messages/index.ts";
import { userKeyOf } from "../../core/store/session-store.ts";
import { BodyTooLargeError, readBody } from "../kit/body.ts";
import { sendJson } from "../kit/http.ts";
import { SESSION_HEADER, type SessionTokens } from "./session.ts";

/** Largest request body accepted. */
export const MAX_BODY_BYTES = 8 * 1024;

/** What the page may send. */
const TurnRequest = z.strictObject({
  input: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("text"), text: z.string().max(4000) }),
    z.strictObject({ kind: z.literal("choice"), id: z.string().min(1).max(64) }),
    z.strictObject({ kind: z.literal("command"), name: z.enum(COMMANDS), arg: z.string().max(100).optional() }),
    z.strictObject({ kind: z.literal("start") }),
  ]),
  /** The browser's language (`navigator.language`), a hint for a new session. */
  lang: z.string().max(35).optional(),
});

/** The page's labels in `lang`. */
export function uiStrings(lang: Lang): Record<string, string> {
  return {
    title: t(lang, "web.title"),
    log: t(lang, "web.log"),
    input: t(lang, "web.input"),
    send: t(lang, "web.send"),
    language: t(lang, "web.language"),
    print: t(lang, "web.print"),
  };
}

/** The turn handler. */
export function turnHandler(conversations: Conversations, tokens: SessionTokens, explainer?: Explainer) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") {
      req.resume();
      return sendJson(res, 415, { error: "unsupported_media_type" });
    }
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLargeError) return sendJson(res, 413, { error: "body_too_large" });
      throw e;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return sendJson(res, 400, { error: "invalid_json" });
    }
    const parsed = TurnRequest.safeParse(json);
    if (!parsed.success) return sendJson(res, 400, { error: "invalid_request", field: parsed.error.issues[0]?.path.join(".") ?? "" });

    const header = req.headers[SESSION_HEADER];
    let id = tokens.verify(Array.isArray(header) ? header[0] : header);
    let token: string | undefined;
    if (!id) ({ id, token } = tokens.issue());
    let lang: Lang = "en";
    const meta: MessageMeta = { ...(parsed.data.lang ? { platformLang: parsed.data.lang } : {}), onLanguage: (l) => (lang = l) };
    const stream = explainer && canStream(explainer) && String(req.headers.accept ?? "").includes("text/event-stream") ? explainer : null;
    if (stream) {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", "x-accel-buffering": "no" });
      if (token) event(res, "session", { token });
      meta.explainer = { explain: (request, options) => stream.explainStream(request, (e) => event(res, "draft", { text: e.text }), options) };
    }
    const replies = await conversations.handle(userKeyOf("web", id), parsed.data.input as Input, meta);
    const answer = { ...(token ? { token } : {}), lang, replies, ui: uiStrings(lang) };
    if (!stream) return sendJsonNoStore(res, answer);
    event(res, "turn", answer);
    res.end();
  };
}

/** Writes one server-sent event (JSON data on one line). */
function event(res: ServerResponse, name: string, data: unknown): void {
  if (!res.writableEnded) res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** A JSON answer no cache keeps (it holds what the user said and was told). */
function sendJsonNoStore(res: ServerResponse, body: unknown): void {
  res.setHeader("cache-control", "no-store");
  sendJson(res, 200, body);
}
