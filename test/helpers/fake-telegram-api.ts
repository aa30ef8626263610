/**
 * A fake of the Telegram Bot API on loopback (node:http, random port), for
 * grammY's `apiRoot`: `getMe`, `setMyCommands`, `setWebhook`,
 * `deleteWebhook`, `sendMessage`, `editMessageText`,
 * `editMessageReplyMarkup`, `answerCallbackQuery`, and `getUpdates` as a
 * long poll over a queue tests push updates to. Every call is recorded
 * (unless started with `keep: false`, for load), and the fake builds realistic updates (messages, button presses on the
 * messages the bot sent) so that a whole conversation runs over real HTTP.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardMarkup, Update } from "grammy/types";

/** One Bot API call as the fake received it. */
export interface ApiCall {
  method: string;
  token: string;
  // `any`: payloads differ per method, and tests read just the fields they assert.
  payload: Record<string, any>;
}

/** Options of {@link FakeTelegramApi.start}. */
export interface FakeTelegramOptions {
  botUsername?: string;
  /**
   * False for load: calls and sent messages are not kept (edits of them are
   * refused as Telegram refuses edits of unknown messages), so that the heap
   * of the process that measures does not grow with every reply and its
   * garbage collection does not add to the latencies it measures. Default true.
   */
  keep?: boolean;
  /** Sees every call as it arrives (kept or not). */
  onCall?: (call: ApiCall) => void;
}

/** A message the bot sent (or edited), as the chat now shows it. */
export interface SentMessage {
  message_id: number;
  chatId: number;
  text: string;
  parseMode?: string;
  keyboard?: InlineKeyboardMarkup;
}

/** A user the fake sends updates as. */
export interface FakeUser {
  id: number;
  first_name?: string;
  language_code?: string;
}

/** The fake server; stop it with {@link FakeTelegramApi.close}. */
export class FakeTelegramApi {
  /** `http://127.0.0.1:<port>`, for `TELEGRAM_API_ROOT`. */
  readonly apiRoot: string;
  /** Every call, in arrival order. */
  readonly calls: ApiCall[] = [];
  /** Calls the fake refused for breaking a limit (not scripted failures), with Telegram's description. */
  readonly refused: { method: string; description: string }[] = [];
  /** Messages by id, with edits applied. */
  readonly messages = new Map<number, SentMessage>();
  private readonly queue: Update[] = [];
  private readonly waiting = new Set<() => void>();
  private readonly failures: { method: string; code: number; description: string }[] = [];
  private nextMessageId = 1000;
  private nextUpdateId = 1;
  private nextQueryId = 1;
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly botUsername: string,
    private readonly keep: boolean,
    private readonly onCall: ((call: ApiCall) => void) | undefined,
  ) {
    this.apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Starts a fake on a random loopback port. */
  static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegramApi> {
    const server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const fake = new FakeTelegramApi(server, options.botUsername ?? "policy_test_bot", options.keep ?? true, options.onCall);
    server.on("request", (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The calls of one method, in order. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The messages sent to `chatId` (sendMessage calls), in order. */
  sentTo(chatId: number): ApiCall[] {
    return this.callsOf("sendMessage").filter((c) => Number(c.payload.chat_id) === chatId);
  }

  /** The next call of `method` fails with this Bot API error. */
  failNext(method: string, code: number, description: string): void {
    this.failures.push({ method, code, description });
  }

  /** A new update id (for hand-built updates). */
  updateId(): number {
    return this.nextUpdateId++;
  }

  /** A text message update from `user` in their private chat. */
  textUpdate(user: FakeUser, text: string, extra: Record<string, unknown> = {}): Update {
    return {
      update_id: this.updateId(),
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.id, type: "private", first_name: user.first_name ?? "Test" },
        from: { id: user.id, is_bot: false, first_name: user.first_name ?? "Test", ...(user.language_code ? { language_code: user.language_code } : {}) },
        text,
        ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] } : {}),
        ...extra,
      },
    } as Update;
  }

  /** A non-text message (sticker, voice…) from `user`. */
  mediaUpdate(user: FakeUser, media: Record<string, unknown>): Update {
    const u = this.textUpdate(user, "");
    const message = { ...(u.message as unknown as Record<string, unknown>), ...media };
    delete message.text;
    return { update_id: u.update_id, message } as unknown as Update;
  }

  /** A press of the button with callback data `data` on message `messageId`, as `user`. */
  pressUpdate(user: FakeUser, messageId: number, data: string): Update {
    const m = this.messages.get(messageId);
    if (!m) throw new Error(`no message ${messageId}`);
    return {
      update_id: this.updateId(),
      callback_query: {
        id: String(this.nextQueryId++),
        chat_instance: "1",
        from: { id: user.id, is_bot: false, first_name: user.first_name ?? "Test", ...(user.language_code ? { language_code: user.language_code } : {}) },
        data,
        message: {
          message_id: m.message_id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: m.chatId, type: "private", first_name: user.first_name ?? "Test" },
          from: { id: 1, is_bot: true, first_name: "Bot", username: this.botUsername },
          text: m.text,
          ...(m.keyboard ? { reply_markup: m.keyboard } : {}),
        },
      },
    } as Update;
  }

  /** Queues updates for `getUpdates` (polling mode). */
  push(...updates: Update[]): void {
    this.queue.push(...updates);
    for (const wake of [...this.waiting]) wake();
  }

  /** Updates queued and not yet fetched. */
  get pending(): number {
    return this.queue.length;
  }

  /** Stops the server, ending any long poll. */
  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.waiting]) wake();
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close").catch(() => undefined);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (!m) return this.answer(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token = "", method = ""] = m;
    let payload: Record<string, unknown> = {};
    const raw = Buffer.concat(chunks).toString("utf8");
    if (raw) {
      try {
        payload = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return this.answer(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON" });
      }
    }
    const call = { method, token, payload };
    this.onCall?.(call);
    if (this.keep) this.calls.push(call);
    const failure = this.failures.findIndex((f) => f.method === method);
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      return this.answer(res, f!.code, { ok: false, error_code: f!.code, description: f!.description });
    }
    const result = await this.result(method, payload, res, token);
    if (res.statusCode === 400) this.refused.push({ method, description: this.lastRefusal });
    if (result === undefined) return;
    this.answer(res, 200, { ok: true, result });
  }

  private async result(method: string, p: Record<string, unknown>, res: ServerResponse, token: string): Promise<unknown> {
    switch (method) {
      case "getMe":
        // A bot's id is the part of its token before the colon.
        return { id: Number(/^(\d+):/.exec(token)?.[1] ?? 1), is_bot: true, first_name: "Policy Assistant", username: this.botUsername, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case "setMyCommands": {
        const refused = checkCommands(p.commands);
        if (refused) return this.answer(res, 400, refused);
        return true;
      }
      case "setWebhook":
      case "deleteWebhook":
      case "answerCallbackQuery":
        return true;
      case "sendMessage": {
        const text = checkText(p);
        if (typeof text !== "string") return this.answer(res, 400, text);
        const badKeyboard = checkKeyboard(p.reply_markup);
        if (badKeyboard) return this.answer(res, 400, badKeyboard);
        const sent: SentMessage = { message_id: this.nextMessageId++, chatId: Number(p.chat_id), text, ...(p.parse_mode ? { parseMode: String(p.parse_mode) } : {}), ...(p.reply_markup ? { keyboard: p.reply_markup as InlineKeyboardMarkup } : {}) };
        if (this.keep) this.messages.set(sent.message_id, sent);
        return { message_id: sent.message_id, date: Math.floor(Date.now() / 1000), chat: { id: sent.chatId, type: "private" }, text: sent.text };
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const m = this.messages.get(Number(p.message_id));
        if (!m) return this.answer(res, 400, { ok: false, error_code: 400, description: "Bad Request: message to edit not found" });
        const badKeyboard = checkKeyboard(p.reply_markup);
        if (badKeyboard) return this.answer(res, 400, badKeyboard);
        if (method === "editMessageText") {
          const text = checkText(p);
          if (typeof text !== "string") return this.answer(res, 400, text);
          m.text = text;
        }
        if (p.reply_markup && (p.reply_markup as InlineKeyboardMarkup).inline_keyboard.length) m.keyboard = p.reply_markup as InlineKeyboardMarkup;
        else delete m.keyboard;
        return { message_id: m.message_id, date: Math.floor(Date.now() / 1000), chat: { id: m.chatId, type: "private" }, text: m.text };
      }
      case "getUpdates":
        return this.getUpdates(p);
      default:
        return this.answer(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
  }

  /** Long poll: answers at once when updates are queued, else when one is pushed or the timeout passes. */
  private async getUpdates(p: Record<string, unknown>): Promise<Update[]> {
    const offset = Number(p.offset ?? 0);
    const limit = Math.max(1, Math.min(100, Number(p.limit ?? 100)));
    const timeoutMs = Math.min(Number(p.timeout ?? 0), 30) * 1000;
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      // Confirming an offset drops everything before it, as Telegram does.
      while (this.queue.length && this.queue[0]!.update_id < offset) this.queue.shift();
      if (this.queue.length) return this.queue.slice(0, limit);
      const left = deadline - Date.now();
      if (left <= 0) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        const wake = (): void => done();
        function done(): void {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        }
        const waiting = this.waiting;
        waiting.add(wake);
      });
    }
    return [];
  }

  private lastRefusal = "";

  private answer(res: ServerResponse, status: number, body: unknown): undefined {
    if (res.headersSent) return undefined;
    if (status === 400) this.lastRefusal = String((body as { description?: unknown }).description ?? "");
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return undefined;
  }
}

const TAG = /^<\/?(b|strong|i|em|u|ins|s|strike|del|span|tg-spoiler|a|code|pre|blockquote|tg-emoji)(\s[^<>]*)?>/;
const ENTITY = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;

/** A Bot API error answer. */
type ApiRefusal = { ok: false; error_code: number; description: string };
const refuse = (description: string): ApiRefusal => ({ ok: false, error_code: 400, description: `Bad Request: ${description}` });

/** Telegram's rules for a command menu: 1–100 commands, names 1–32 of [a-z0-9_], descriptions 1–256 characters. */
function checkCommands(commands: unknown): ApiRefusal | null {
  if (!Array.isArray(commands) || commands.length > 100) return refuse("BOT_COMMANDS_TOO_MUCH");
  for (const c of commands as { command?: unknown; description?: unknown }[]) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) return refuse("BOT_COMMAND_INVALID");
    const d = c.description;
    if (typeof d !== "string" || d.trim().length === 0 || [...d].length > 256) return refuse("BOT_COMMAND_DESCRIPTION_INVALID");
  }
  return null;
}

/** Telegram's rules for inline buttons: a text, and callback data of 1–64 bytes. */
function checkKeyboard(markup: unknown): ApiRefusal | null {
  if (markup === undefined || markup === null) return null;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return refuse("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays");
  for (const row of rows) {
    if (!Array.isArray(row)) return refuse("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays");
    for (const b of row as { text?: unknown; callback_data?: unknown }[]) {
      if (typeof b.text !== "string" || b.text === "") return refuse("BUTTON_TEXT_INVALID");
      if (b.callback_data !== undefined) {
        const n = typeof b.callback_data === "string" ? Buffer.byteLength(b.callback_data, "utf8") : 0;
        if (n < 1 || n > 64) return refuse("BUTTON_DATA_INVALID");
      }
    }
  }
  return null;
}

/** The tags of HTML text, each opened and closed in order, as Telegram's parser requires. */
function checkTagsNest(raw: string): ApiRefusal | null {
  const open: string[] = [];
  for (const m of raw.matchAll(/<(\/?)([a-z-]+)(?:\s[^<>]*)?>/g)) {
    const [, closing, name = ""] = m;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return refuse(`can't parse entities: can't find end tag corresponding to start tag "${name}"`);
  }
  return open.length ? refuse(`can't parse entities: can't find end tag corresponding to start tag "${open.at(-1)}"`) : null;
}

/** The visible text of a sendMessage/editMessageText payload, or the error Telegram would answer. */
function checkText(p: Record<string, unknown>): string | ApiRefusal {
  const raw = String(p.text ?? "");
  if (p.parse_mode === "HTML") {
    // Telegram refuses a stray "<" or "&" in HTML mode; this is what escaping must prevent.
    for (let i = 0; i < raw.length; i++) {
      const rest = raw.slice(i, i + 200);
      if ((raw[i] === "<" && !TAG.test(rest)) || (raw[i] === "&" && !ENTITY.test(rest))) {
        return { ok: false, error_code: 400, description: `Bad Request: can't parse entities: unexpected character at byte offset ${i}` };
      }
    }
    const unbalanced = checkTagsNest(raw);
    if (unbalanced) return unbalanced;
  }
  const text = visibleText(raw, p.parse_mode);
  if (!text.trim()) return { ok: false, error_code: 400, description: "Bad Request: message text is empty" };
  if (text.length > 4096) return { ok: false, error_code: 400, description: "Bad Request: message is too long" };
  return text;
}

/** The text a user sees: HTML entities decoded and tags dropped, as Telegram's HTML parse mode does. */
export function visibleText(text: string, parseMode: unknown): string {
  if (parseMode !== "HTML") return text;
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
