import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, HttpError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotApiFetch } from "../../../bots/telegram/bot-api-fetch.ts";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.ts";

const TOKEN = "123456:bot-api-fetch-test";

describe("grammY's Bot API calls over undici (createBotApiFetch)", () => {
  let fake: FakeTelegramApi;
  const http = createBotApiFetch();
  const botFor = (apiRoot: string, timeoutSeconds = 10) => new Bot(TOKEN, { client: { apiRoot, fetch: http.fetch as never, timeoutSeconds } });
  beforeAll(async () => {
    fake = await FakeTelegramApi.start();
  });
  afterAll(async () => {
    await http.close();
    await fake.close();
  });

  it("sends a message with its text, buttons and parse mode, and reads the message Telegram returns", async () => {
    const bot = botFor(fake.apiRoot);
    const sent = await bot.api.sendMessage(42, "<b>你好</b> — xin chào", {
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "是", callback_data: "a:yes" }]] },
    });
    expect(sent.chat.id).toBe(42);
    const call = fake.sentTo(42).at(-1)!;
    expect(call.payload.text).toBe("<b>你好</b> — xin chào");
    expect(call.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "是", callback_data: "a:yes" }]] });
  });

  it("turns a refusal into grammY's GrammyError with Telegram's code and description", async () => {
    const bot = botFor(fake.apiRoot);
    fake.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
    const error = await bot.api.sendMessage(42, "hi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(403);
    expect((error as GrammyError).description).toBe("Forbidden: bot was blocked by the user");
  });

  it("turns an answer that is not JSON (a proxy's error page) into an HttpError that does not name the token", async () => {
    const proxy = await listen(createServer((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>")));
    try {
      const error = await botFor(urlOf(proxy)).api.getMe().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect(String((error as Error).message)).not.toContain(TOKEN);
    } finally {
      proxy.close();
    }
  });

  it("gives up on a server that never answers after grammY's timeout", async () => {
    const silent = await listen(createServer(() => undefined));
    try {
      const started = Date.now();
      const error = await botFor(urlOf(silent), 1).api.getMe().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("closes its connections once, however often the channel is stopped", async () => {
    const own = createBotApiFetch();
    const bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot, fetch: own.fetch as never } });
    expect((await bot.api.getMe()).is_bot).toBe(true);
    await expect(Promise.all([own.close(), own.close()])).resolves.toEqual([undefined, undefined]);
    await expect(bot.api.getMe()).rejects.toBeInstanceOf(HttpError);
  });
});

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
