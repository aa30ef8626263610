import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, HttpError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotApiHttp } from "../../../bots/telegram/bot-api-http.ts";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.ts";

const TOKEN = "123456:bot-api-http-test";

/** A bot wired as the channel wires it: grammY's fetch and the transformer on one pool. */
function botOn(apiRoot: string, timeoutSeconds = 10) {
  const http = createBotApiHttp({ apiRoot, token: TOKEN, timeoutSeconds });
  const bot = new Bot(TOKEN, { client: { apiRoot, timeoutSeconds, fetch: http.fetch as never } });
  bot.api.config.use(http.transformer);
  return { bot, http };
}

describe("grammY's Bot API calls over undici (createBotApiHttp)", () => {
  let fake: FakeTelegramApi;
  let wired: ReturnType<typeof botOn>;
  beforeAll(async () => {
    fake = await FakeTelegramApi.start();
    wired = botOn(fake.apiRoot);
  });
  afterAll(async () => {
    await wired.http.close();
    await fake.close();
  });

  it("sends a message with its text, buttons and parse mode, and reads the message Telegram returns", async () => {
    const sent = await wired.bot.api.sendMessage(42, "<b>你好</b> — xin chào", {
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "是", callback_data: "a:yes" }]] },
    });
    expect(sent.chat.id).toBe(42);
    const call = fake.sentTo(42).at(-1)!;
    expect(call.payload.text).toBe("<b>你好</b> — xin chào");
    expect(call.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "是", callback_data: "a:yes" }]] });
  });

  it("leaves out null values, as grammY does, and sends the word null in a text as it is", async () => {
    await wired.bot.api.sendMessage(43, "null is not a number", { reply_parameters: null as never });
    const call = fake.sentTo(43).at(-1)!;
    expect(call.payload.text).toBe("null is not a number");
    expect("reply_parameters" in call.payload).toBe(false);
  });

  it("turns a refusal into grammY's GrammyError with Telegram's code and description, on both ways in", async () => {
    fake.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
    const sent = await wired.bot.api.sendMessage(42, "hi").catch((e: unknown) => e);
    expect(sent).toBeInstanceOf(GrammyError);
    expect((sent as GrammyError).error_code).toBe(403);
    expect((sent as GrammyError).description).toBe("Forbidden: bot was blocked by the user");
    // getMe is not a turn's call: grammY sends it, through the fetch.
    fake.failNext("getMe", 401, "Unauthorized");
    const me = await wired.bot.api.getMe().catch((e: unknown) => e);
    expect(me).toBeInstanceOf(GrammyError);
    expect((me as GrammyError).error_code).toBe(401);
  });

  it("sends a call that carries an abort signal through grammY, which honours it", async () => {
    const sent = await wired.bot.api.sendMessage(44, "with a signal", undefined, new AbortController().signal as never);
    expect(sent.chat.id).toBe(44);
    const aborted = new AbortController();
    aborted.abort();
    await expect(wired.bot.api.sendMessage(44, "never sent", undefined, aborted.signal as never)).rejects.toBeInstanceOf(HttpError);
    expect(fake.sentTo(44).map((c) => c.payload.text)).toEqual(["with a signal"]);
  });

  it("turns an answer that is not JSON (a proxy's error page) into an HttpError that does not name the token", async () => {
    const proxy = await listen(createServer((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>")));
    const { bot, http } = botOn(urlOf(proxy));
    try {
      for (const call of [() => bot.api.sendMessage(42, "hi"), () => bot.api.getMe()]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect(String((error as Error).message)).not.toContain(TOKEN);
      }
    } finally {
      await http.close();
      proxy.close();
    }
  });

  it("keeps the path of a Bot API root behind a proxy (TELEGRAM_API_ROOT with a path), on both ways in", async () => {
    const seen: string[] = [];
    const message = { message_id: 1, date: 0, chat: { id: 42, type: "private" }, text: "hi" };
    const me = { id: 123456, is_bot: true, first_name: "Bench", username: "bench_bot" };
    const proxy = await listen(
      createServer((req, res) => {
        seen.push(`${req.method} ${req.url}`);
        req.resume();
        req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result: req.url!.endsWith("/getMe") ? me : message })));
      }),
    );
    const { bot, http } = botOn(`${urlOf(proxy)}/telegram-api`);
    try {
      expect((await bot.api.sendMessage(42, "hi")).chat.id).toBe(42);
      expect((await bot.api.getMe()).username).toBe("bench_bot");
      expect(seen.map((r) => r.replace(TOKEN, "TOKEN"))).toEqual(["POST /telegram-api/botTOKEN/sendMessage", "POST /telegram-api/botTOKEN/getMe"]);
    } finally {
      await http.close();
      proxy.close();
    }
  });

  it("gives up on a server that never answers once the timeout has passed, on both ways in", async () => {
    const silent = await listen(createServer(() => undefined));
    const { bot, http } = botOn(urlOf(silent), 1);
    try {
      for (const call of [() => bot.api.sendMessage(42, "hi"), () => bot.api.getMe()]) {
        const started = Date.now();
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect(Date.now() - started).toBeLessThan(8_000);
      }
    } finally {
      silent.closeAllConnections();
      silent.close();
      await http.close();
    }
  });

  it("closes its connections once, however often the channel is stopped, and sends nothing after", async () => {
    const { bot, http } = botOn(fake.apiRoot);
    expect((await bot.api.getMe()).is_bot).toBe(true);
    await expect(Promise.all([http.close(), http.close()])).resolves.toEqual([undefined, undefined]);
    await expect(bot.api.sendMessage(45, "after close")).rejects.toBeInstanceOf(HttpError);
    await expect(bot.api.getMe()).rejects.toBeInstanceOf(HttpError);
  });
});

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
