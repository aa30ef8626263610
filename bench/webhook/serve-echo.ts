/**
 * Child process: the baseline, a bare grammY echo bot served by
 * `webhookCallback` on node:http and pointed at the same fake Bot API. It
 * answers each update inside the request, as grammY's webhook adapter does.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, webhookCallback } from "grammy";
import { serveChild } from "../lib/child.ts";

const token = process.env.TELEGRAM_BOT_TOKEN ?? "";
const apiRoot = process.env.TELEGRAM_API_ROOT ?? "";
const secret = process.env.TELEGRAM_WEBHOOK_SECRET ?? "";
const bot = new Bot(token, { client: { apiRoot } });
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
await bot.init();
const server = createServer(webhookCallback(bot, "http", { secretToken: secret }));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
serveChild({ port: (server.address() as AddressInfo).port }, async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
