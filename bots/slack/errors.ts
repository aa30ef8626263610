/**
 * The one error class of the Slack channel, raised at start-up when Slack
 * cannot be set up. It carries a code and a short text, never a token,
 * the signing secret or anything a user said.
 */

/** Why the Slack channel could not start. */
export type SlackErrorCode =
  /** `SLACK_BOT_TOKEN`, or both `SLACK_SIGNING_SECRET` and `SLACK_APP_TOKEN`, are missing. */
  | "NOT_CONFIGURED"
  /** Slack refused the bot token (`auth.test`: invalid_auth, not_authed, token_revoked…). */
  | "BAD_TOKEN"
  /** `auth.test` or the Socket Mode connection failed for another reason. */
  | "SETUP_FAILED";

/** A failed start of the Slack channel. */
export class SlackError extends Error {
  /**
   * @param code what went wrong
   * @param message a short English text without secrets
   */
  constructor(
    readonly code: SlackErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SlackError";
  }
}
