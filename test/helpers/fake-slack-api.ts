/**
 * A fake of Slack on loopback (node:http, random port): the Web API methods
 * the Slack channel calls (`auth.test`, `chat.postMessage`, `chat.update`,
 * `users.info`; any other method answers `unknown_method`), every
 * call recorded, messages kept with their edits; and the other direction,
 * what Slack sends to an app: Events API callbacks and `block_actions`
 * payloads for buttons on the messages the bot posted, signed with the
 * signing secret as Slack signs them.
 */
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call as the fake received it. */
export interface SlackApiCall {
  method: string;
  /** The bearer token the call carried. */
  token: string;
  // `any`: arguments differ per method, and tests read just the fields they assert.
  args: Record<string, any>;
}

/** A message the bot posted, as the conversation now shows it (edits applied). */
export interface PostedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  // `any`: Block Kit blocks as posted; tests read the fields they assert.
  blocks: any[];
  /** How many times `chat.update` changed it. */
  updates: number;
}

/** A button on a posted message. */
export interface PostedButton {
  blockId: string;
  actionId: string;
  value: string;
  label: string;
}

/** A person the fake sends events as. */
export interface FakeSlackUser {
  id: string;
  /** Defaults to the fake's workspace. */
  teamId?: string;
}

/** Signs `body` the way Slack does: headers for a request sent at `nowSeconds`. */
export function signedHeaders(secret: string, body: string, nowSeconds: number = Math.floor(Date.now() / 1000)): Record<string, string> {
  const timestamp = String(nowSeconds);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": timestamp, "x-slack-signature": signature };
}

/** What a Slack client shows for mrkdwn: the three entities unescaped. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The buttons of a message, in order. */
export function buttonsOf(message: PostedMessage): PostedButton[] {
  return message.blocks
    .filter((b) => b?.type === "actions")
    .flatMap((b) => (b.elements as any[]).filter((e) => e?.type === "button").map((e) => ({ blockId: String(b.block_id), actionId: String(e.action_id), value: String(e.value), label: String(e.text?.text) })));
}

/** The text a person reads in a message: its sections and context lines, unescaped. */
export function visibleText(message: PostedMessage): string {
  const lines: string[] = [];
  for (const b of message.blocks) {
    if (b?.type === "section" && b.text?.text) lines.push(unescapeMrkdwn(String(b.text.text)));
    if (b?.type === "context") for (const e of b.elements ?? []) if (e?.text) lines.push(unescapeMrkdwn(String(e.text)));
  }
  return lines.join("\n");
}

/** The fake; stop it with {@link FakeSlackApi.close}. */
export class FakeSlackApi {
  /** `http://127.0.0.1:<port>/api/`, for `SLACK_API_URL`. */
  readonly apiUrl: string;
  /** Every call, in arrival order. */
  readonly calls: SlackApiCall[] = [];
  /** Calls the fake refused for breaking a limit (not scripted failures), with Slack's error. */
  readonly refused: { method: string; error: string }[] = [];
  /** Posted messages by `<channel> <ts>`, in posting order. */
  readonly messages = new Map<string, PostedMessage>();
  private readonly failures: { method: string; error: string }[] = [];
  private nextTs = 100;
  private nextEvent = 1;
  private nextTrigger = 1;

  private constructor(
    private readonly server: Server,
    /** The workspace the bot is installed in. */
    readonly teamId: string,
    /** The bot's own user id (`auth.test`'s `user_id`). */
    readonly botUserId: string,
    /** The app the deliveries are for (`api_app_id`). */
    readonly appId: string = "A0TEST",
  ) {
    this.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  }

  /** Starts a fake on a random loopback port. */
  static async start(options: { teamId?: string; botUserId?: string; appId?: string } = {}): Promise<FakeSlackApi> {
    const server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const fake = new FakeSlackApi(server, options.teamId ?? "T0TEST", options.botUserId ?? "U0BOT", options.appId);
    server.on("request", (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The calls of one method, in order. */
  callsOf(method: string): SlackApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The messages posted in `channel`, in order. */
  messagesIn(channel: string): PostedMessage[] {
    return [...this.messages.values()].filter((m) => m.channel === channel);
  }

  /** The next call of `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.failures.push({ method, error });
  }

  /** The direct-message channel of `user` with the bot. */
  imOf(user: FakeSlackUser): string {
    return `D${user.id}`;
  }

  /**
   * An Events API callback with a new `event_id`: a direct message by
   * default; `options` make it another kind of message.
   */
  messageEvent(user: FakeSlackUser, text: string, options: { channel?: string; channelType?: string; subtype?: string; botId?: string; threadTs?: string } = {}): Record<string, any> {
    const ts = this.ts();
    return this.callback({
      type: "message",
      ...(options.subtype ? { subtype: options.subtype } : {}),
      ...(options.botId ? { bot_id: options.botId } : {}),
      user: user.id,
      team: user.teamId ?? this.teamId,
      text,
      ts,
      event_ts: ts,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      channel: options.channel ?? this.imOf(user),
      channel_type: options.channelType ?? "im",
    });
  }

  /** An `app_mention` callback: `text` is what follows the mention of the bot. */
  mentionEvent(user: FakeSlackUser, text: string, channel = "C0GENERAL"): Record<string, any> {
    const ts = this.ts();
    return this.callback({ type: "app_mention", user: user.id, team: user.teamId ?? this.teamId, text: `<@${this.botUserId}> ${text}`.trimEnd(), ts, event_ts: ts, channel });
  }

  /** A `block_actions` payload: `user` pressed the button whose value is `value` on `message`. */
  pressPayload(user: FakeSlackUser, message: PostedMessage, value: string): Record<string, any> {
    const button = buttonsOf(message).find((b) => b.value === value);
    if (!button) throw new Error(`no button with value ${value} on message ${message.ts}`);
    const team = user.teamId ?? this.teamId;
    return {
      type: "block_actions",
      user: { id: user.id, username: user.id.toLowerCase(), name: user.id.toLowerCase(), team_id: team },
      api_app_id: this.appId,
      token: "verification-token-unused",
      container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
      trigger_id: `${this.nextTrigger++}.1.trigger`,
      team: { id: team, domain: "test" },
      is_enterprise_install: false,
      channel: { id: message.channel, name: "directmessage" },
      message: { type: "message", user: this.botUserId, ts: message.ts, text: message.text, blocks: message.blocks, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
      actions: [{ type: "button", block_id: button.blockId, action_id: button.actionId, value: button.value, text: { type: "plain_text", text: button.label, emoji: true }, action_ts: this.ts() }],
    };
  }

  /** Stops the server. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private ts(): string {
    // Slack's ts: seconds and a six-digit sequence, unique in a channel.
    return `1700000000.${String(this.nextTs++).padStart(6, "0")}`;
  }

  private callback(event: Record<string, any>): Record<string, any> {
    const id = this.nextEvent++;
    return {
      token: "verification-token-unused",
      team_id: this.teamId,
      api_app_id: this.appId,
      event,
      type: "event_callback",
      event_id: `Ev${String(id).padStart(8, "0")}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.teamId, user_id: this.botUserId, is_bot: true, is_enterprise_install: false }],
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const method = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/api\//, "");
    const args = parseArgs(req.headers["content-type"], raw);
    const token = String(req.headers.authorization ?? "").replace(/^Bearer /, "") || String(args.token ?? "");
    this.calls.push({ method, token, args });
    const failure = this.failures.findIndex((f) => f.method === method);
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      return send(res, { ok: false, error: f!.error });
    }
    send(res, this.answer(method, args));
  }

  private answer(method: string, args: Record<string, any>): Record<string, any> {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://test.slack.com/", team: "Test", user: "policy-bot", team_id: this.teamId, user_id: this.botUserId, bot_id: "B0BOT", is_enterprise_install: false };
      case "chat.postMessage": {
        const refused = checkMessage(args);
        if (refused) {
          this.refused.push({ method, error: refused });
          return { ok: false, error: refused };
        }
        const ts = this.ts();
        const message: PostedMessage = { channel: String(args.channel), ts, text: String(args.text ?? ""), blocks: blocksOf(args.blocks), updates: 0, ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}) };
        this.messages.set(`${message.channel} ${ts}`, message);
        return { ok: true, channel: message.channel, ts, message: { type: "message", user: this.botUserId, text: message.text, ts, blocks: message.blocks } };
      }
      case "chat.update": {
        const message = this.messages.get(`${args.channel} ${args.ts}`);
        if (!message) return { ok: false, error: "message_not_found" };
        const refused = checkMessage(args);
        if (refused) {
          this.refused.push({ method, error: refused });
          return { ok: false, error: refused };
        }
        message.text = String(args.text ?? message.text);
        if (args.blocks !== undefined) message.blocks = blocksOf(args.blocks);
        message.updates++;
        return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
      }
      case "users.info":
        return { ok: true, user: { id: String(args.user), team_id: this.teamId, is_bot: false, ...(args.include_locale ? { locale: "en-US" } : {}) } };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}

/** Slack's limits on a message, as the fake enforces them. */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** A section's text, in characters. */
  sectionText: 3000,
  /** A button's label, in characters. */
  buttonText: 75,
  /** A button's value, in characters. */
  buttonValue: 2000,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Block text Slack is reported to refuse past about 13,000 characters; the fake refuses at 12,000. */
  blockText: 12_000,
  /** The fallback `text` Slack shows; longer is cut, so the fake refuses it. */
  fallbackText: 4000,
} as const;

/** The error Slack would answer for a message's text and blocks, or null when it would take it. */
function checkMessage(args: Record<string, any>): string | null {
  const blocks = args.blocks === undefined ? [] : blocksOf(args.blocks);
  const text = String(args.text ?? "");
  if (blocks.length === 0 && text.trim() === "") return "no_text";
  if ([...text].length > SLACK_LIMITS.fallbackText) return "msg_too_long";
  if (blocks.length > SLACK_LIMITS.blocks) return "invalid_blocks";
  const actionIds = new Set<string>();
  let blockText = 0;
  for (const b of blocks) {
    if (b?.type === "section") {
      const n = [...String(b.text?.text ?? "")].length;
      if (n === 0 || n > SLACK_LIMITS.sectionText) return "invalid_blocks";
      blockText += n;
    }
    if (b?.type === "context") for (const e of b.elements ?? []) blockText += [...String(e?.text ?? "")].length;
    if (b?.type === "actions") {
      const elements: any[] = b.elements ?? [];
      if (elements.length === 0 || elements.length > SLACK_LIMITS.actionsElements) return "invalid_blocks";
      for (const e of elements) {
        const label = [...String(e?.text?.text ?? "")].length;
        if (label === 0 || label > SLACK_LIMITS.buttonText) return "invalid_blocks";
        if (e?.value !== undefined && [...String(e.value)].length > SLACK_LIMITS.buttonValue) return "invalid_blocks";
        const id = String(e?.action_id ?? "");
        if (id === "" || actionIds.has(id)) return "invalid_blocks";
        actionIds.add(id);
        blockText += label;
      }
    }
  }
  return blockText > SLACK_LIMITS.blockText ? "invalid_blocks" : null;
}

/** Arguments of a Web API call: a form (nested values as JSON, as the Web API client sends them) or JSON. */
function parseArgs(contentType: string | undefined, raw: string): Record<string, any> {
  if ((contentType ?? "").startsWith("application/json")) return raw ? (JSON.parse(raw) as Record<string, any>) : {};
  const args: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) args[k] = v;
  return args;
}

function blocksOf(value: unknown): any[] {
  if (typeof value === "string") return JSON.parse(value) as any[];
  return Array.isArray(value) ? value : [];
}

function send(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
