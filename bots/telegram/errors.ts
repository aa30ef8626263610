/**
 * The one error class of the Telegram channel, raised at start-up when
 * Telegram cannot be set up. It carries a code and a short text, never the
 * token or anything a user said.
 */

/** Why the Telegram channel could not start. */
export type TelegramErrorCode =
  /** `TELEGRAM_BOT_TOKEN` (or the webhook secret in webhook mode) is missing. */
  | "NOT_CONFIGURED"
  /** Telegram refused the token (401 on getMe). */
  | "BAD_TOKEN"
  /** getMe or setWebhook failed for another reason (network, Telegram's answer). */
  | "SETUP_FAILED";

/** A failed start of the Telegram channel. */
export class TelegramError extends Error {
  /**
   * @param code what went wrong
   * @param message a short English text without secrets
   */
  constructor(
    readonly code: TelegramErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TelegramError";
  }
}
