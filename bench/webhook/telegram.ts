/**
 * Telegram webhook under load: `POST /telegram` of the whole service
 * (`startApp`, Redis store, template explainer) in a child process, driven
 * by autocannon with thousands of users mid-conversation, the Bot API
 * pointed at the fake in this process. The route answers once the turn is
 * done and its reply sent (or after 2 s, for a slow explanation), as the
 * echo bot does; both the acknowledgements and the replies reaching the fake
 * are measured. The baseline is a bare grammY echo bot on the same harness.
 */
import { turn } from "../../core/dialogues/engine.ts";
import { renderReplies } from "../../bots/telegram/render.ts";
import { SECRET_HEADER } from "../../bots/telegram/webhook.ts";
import { FakeTelegramApi } from "../../test/helpers/fake-telegram-api.ts";
import { startChild } from "../lib/child.ts";
import { BENCH_TODAY, type Script, type ScriptStep } from "../lib/script.ts";
import { round, summarize } from "../lib/stats.ts";
import { fire, type LoadRequest, type LoadResult } from "./load.ts";
import { paced } from "./paced.ts";
import { ReplyTracker } from "./replies.ts";
import { ScriptedUsers } from "./users.ts";

/** The bot token the fake and the servers share. */
export const BENCH_BOT_TOKEN = "123456:bench-token";
/** The webhook secret. */
export const BENCH_WEBHOOK_SECRET = "bench-secret";
/** Chat ids start here (private chats: the chat id is the user id). */
const FIRST_CHAT_ID = 500_000_000;

/** One phase of load on one server. */
export interface PhaseResult {
  /** Acknowledgements (HTTP 2xx) as autocannon saw them. */
  ack: LoadResult;
  /** Updates whose whole reply reached the fake. */
  processed: number;
  /** Processed updates a second, from the start of the load to the last reply. */
  processedPerSecond: number;
  /** Processed updates a second during the load only. */
  processedDuringLoadPerSecond: number;
  /** Updates not yet answered when the load stopped. */
  backlogAtEnd: number;
  /** How long after the load the last reply came, ms. */
  drainMs: number;
  /** Whether every update got its reply in the end. */
  drained: boolean;
  /** Request built → last message of its reply at the fake, ms. */
  reply: { p50: number; p99: number; max: number };
}

/** Telegram messages each scripted answer is replied with, as the channel renders them. */
export async function replyLengths(scripts: Script[]): Promise<Map<ScriptStep, number>> {
  const lengths = new Map<ScriptStep, number>();
  for (const s of scripts) {
    for (const step of s.steps) {
      const out = await turn(step.state, { kind: "text", text: step.answer }, { today: BENCH_TODAY, platformLang: s.platformLang });
      lengths.set(step, renderReplies(out.replies).length);
    }
  }
  return lengths;
}

/** A Telegram text update from user `chatId`, as Telegram posts it. */
function textUpdate(updateId: number, chatId: number, text: string, languageCode: string): string {
  return JSON.stringify({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Bench" },
      from: { id: chatId, is_bot: false, first_name: "Bench", language_code: languageCode },
      text,
    },
  });
}

/** Sends each user's next answer to `url` and tracks its reply. */
export function telegramRequests(users: ScriptedUsers, tracker: ReplyTracker, lengths: Map<ScriptStep, number> | null, firstUpdateId: number) {
  let updateId = firstUpdateId;
  const headers = { "content-type": "application/json", [SECRET_HEADER]: BENCH_WEBHOOK_SECRET };
  return () => {
    const a = users.next();
    if (!a) throw new Error("every bench user sent its maximum; use more users or a shorter run");
    const chatId = FIRST_CHAT_ID + a.index;
    // The echo bot replies with one message; the assistant with what the script says.
    tracker.expect(chatId, lengths ? lengths.get(a.step)! : 1);
    return { path: "/telegram", headers, body: textUpdate(updateId++, chatId, a.text, a.script.platformLang) };
  };
}

/** The id of the user whose chat is `FIRST_CHAT_ID + index`. */
export function telegramUserId(index: number): string {
  return String(FIRST_CHAT_ID + index);
}

/** Runs one phase of load and waits for the replies to drain. */
export async function phase(url: string, tracker: ReplyTracker, next: () => LoadRequest, options: { connections: number; duration: number; rate?: number }): Promise<PhaseResult> {
  tracker.reset();
  const start = performance.now();
  // Closed loop (autocannon) without a rate; on schedule at `rate` a second otherwise.
  const ack = options.rate
    ? await paced({ url, next, connections: options.connections, duration: options.duration, rate: options.rate })
    : await fire({ url, next, connections: options.connections, duration: options.duration });
  const loadEnd = performance.now();
  const processedAtEnd = tracker.processed;
  const backlogAtEnd = tracker.backlog;
  const drained = await tracker.drained();
  const last = Math.max(tracker.lastReply, loadEnd);
  const s = summarize(tracker.latencies);
  return {
    ack,
    processed: tracker.processed,
    processedPerSecond: (tracker.processed * 1000) / (last - start),
    processedDuringLoadPerSecond: (processedAtEnd * 1000) / (loadEnd - start),
    backlogAtEnd,
    drainMs: round(Math.max(0, tracker.lastReply - loadEnd), 0),
    drained,
    reply: { p50: round(s.p50, 1), p99: round(s.p99, 1), max: round(s.max, 1) },
  };
}

/** Starts the echo baseline: a bare grammY bot pointed at `fake`, in its own child process. */
export function startEchoBot(fake: FakeTelegramApi) {
  return startChild<{ port: number }>(new URL("./serve-echo.ts", import.meta.url), {
    TELEGRAM_BOT_TOKEN: BENCH_BOT_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
  });
}
