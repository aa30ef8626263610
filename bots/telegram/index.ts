/**
 * The Telegram channel (grammY): `createTelegramChannel` is what the server
 * mounts; the rest is exported for tests and for other adapters to reuse.
 */

// Commonly used: the channel.
export { createTelegramChannel, STOP_TIMEOUT_MS, type TelegramChannel } from "./channel.ts";
export { TelegramError, type TelegramErrorCode } from "./errors.ts";

// Convenience: rendering, reading updates, command menus.
export { escapeHtml, keyboardOf, MAX_MESSAGE_CHARS, renderReplies, renderReply, splitText, type OutgoingMessage } from "./render.ts";
export { ALLOWED_UPDATES, botIdOf, chatKeyOf, dedupeKeyOf, inputOfText, readUpdate, type PressedButton, type TelegramTurn } from "./updates.ts";
export { commandMenu, commandMenuCalls, MENU_COMMANDS, telegramLanguageCode, type CommandMenuCall } from "./commands.ts";

// Advanced: the pieces the channel is built from.
export { createResponder, describeApiError, type ResponderDeps, type TelegramLogger } from "./respond.ts";
export { DEDUPE_TTL_SECONDS, MAX_UPDATE_BYTES, parseUpdate, SECRET_HEADER, secretMatches, WEBHOOK_PATH, webhookRoute, type WebhookDeps } from "./webhook.ts";
export { ChatQueue } from "../chat-queue.ts";
