/**
 * The Slack channel (Bolt): `createSlackChannel` is what the server mounts;
 * the rest is exported for tests and for other adapters to reuse.
 */

// Commonly used: the channel.
export { apiUrlOf, createSlackChannel, STOP_TIMEOUT_MS, type SlackChannel, type SlackMode } from "./channel.ts";
export { SlackError, type SlackErrorCode } from "./errors.ts";

// Convenience: rendering, text, reading events.
export { actionsOf, BUTTONS_PER_ROW, CHOICE_ACTION_PATTERN, CHOICE_ACTION_PREFIX, closedBlocks, MAX_BUTTON_LABEL, MAX_FALLBACK_CHARS, MAX_MESSAGE_BLOCK_CHARS, renderReplies, renderReply, section, type SlackBlock, type SlackMessage } from "./render.ts";
export { escapeMrkdwn, MAX_SECTION_CHARS, plainTextOf, splitForSlack } from "./text.ts";
export { dedupeKeyOf, turnOfAction, turnOfMention, turnOfMessage, userKeyOfTurn, type PressedButton, type SlackTurn } from "./inputs.ts";

// Advanced: the pieces the channel is built from.
export { ACK_DEADLINE_MS, ackOnce, EVENTS_PATH, MAX_REQUEST_BYTES, SlackHttpReceiver, type HttpReceiverOptions } from "./receiver.ts";
export { MAX_SIGNATURE_AGE_SECONDS, SIGNATURE_HEADER, signatureOf, TIMESTAMP_HEADER, verifySignature, type SignatureVerdict, type SignedRequest } from "./signature.ts";
export { parseSlackBody, retryNumOf, type SlackBody } from "./request.ts";
export { chatApiOf, DEDUPE_TTL_SECONDS, installListeners, type ListenerDeps } from "./listeners.ts";
export { createResponder, describeApiError, type ResponderDeps, type SlackChatApi, type SlackLogger } from "./respond.ts";
export { boltLoggerFor } from "./bolt-logger.ts";
