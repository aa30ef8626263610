/**
 * Renders the engine's replies as Slack messages: every text as mrkdwn
 * sections (escaped, so nothing the engine says, nor anything a user typed
 * and the engine echoes, turns into a mention or a link), long texts split
 * under the section limit, choices as `actions` blocks of buttons whose
 * `value` is the choice id, and a `text` on every message for notifications.
 */
import type { types } from "@slack/bolt";
import type { Choice, Reply } from "../../core/dialogues/types.ts";
import { escapeMrkdwn, MAX_SECTION_CHARS, splitForSlack } from "./text.ts";

/** A Block Kit block as we send it. */
export type SlackBlock = types.KnownBlock;

/** One message to post: blocks, and their text for notifications and screen readers. */
export interface SlackMessage {
  /** Escaped mrkdwn, the same words as the blocks. */
  text: string;
  blocks: SlackBlock[];
}

/** Buttons per `actions` block: Slack allows 25; five keep a row readable on a phone. */
export const BUTTONS_PER_ROW = 5;

/** Slack's limit on a button's label, in characters. */
export const MAX_BUTTON_LABEL = 75;

/** Slack's limit on a button's value; the engine keeps choice ids under 40 bytes. */
const MAX_BUTTON_VALUE = 2000;

/**
 * Most section text in one message, in characters after escaping. Slack is
 * reported to refuse messages with about 13,000 characters of block text;
 * two full sections stay well inside.
 */
export const MAX_MESSAGE_BLOCK_CHARS = 6000;

/**
 * Longest `text` (the fallback shown in notifications), in characters after
 * escaping. Slack shows up to 4,000; a longer reply's fallback is its start
 * and an ellipsis (the blocks carry all of it).
 */
export const MAX_FALLBACK_CHARS = 3000;

/** The prefix of our buttons' `action_id`s, which the action listener matches. */
export const CHOICE_ACTION_PREFIX = "choice:";

/** Matches our buttons' `action_id`s, for `app.action`. */
export const CHOICE_ACTION_PATTERN = /^choice:\d+$/;

/** A mrkdwn section; `verbatim` keeps Slack from turning words into links or channel names. */
export function section(escaped: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text: escaped, verbatim: true } };
}

/** Shortens a label to Slack's limit, marking the cut. */
function buttonLabel(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_BUTTON_LABEL ? label : `${chars.slice(0, MAX_BUTTON_LABEL - 1).join("")}…`;
}

/**
 * The `actions` blocks for `choices`, {@link BUTTONS_PER_ROW} buttons each, in
 * the engine's order. Each button's `action_id` is unique in the message
 * (`choice:<n>`) and its `value` is the choice id. Choices whose id Slack
 * could not carry are left out (the engine never sends them).
 */
export function actionsOf(choices: readonly Choice[]): SlackBlock[] {
  const buttons: types.Button[] = [];
  for (const c of choices) {
    if (c.id === "" || c.id.length > MAX_BUTTON_VALUE) continue;
    buttons.push({
      type: "button",
      action_id: `${CHOICE_ACTION_PREFIX}${buttons.length}`,
      text: { type: "plain_text", text: buttonLabel(c.label || c.id), emoji: true },
      value: c.id,
    });
  }
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) {
    blocks.push({ type: "actions", block_id: `choices-${i / BUTTONS_PER_ROW}`, elements: buttons.slice(i, i + BUTTONS_PER_ROW) });
  }
  return blocks;
}

/**
 * One reply as the messages to post, in order. Text and result cards become
 * sections; a choices reply carries its buttons on its last message.
 */
export function renderReply(reply: Reply): SlackMessage[] {
  const parts = splitForSlack(reply.text, MAX_SECTION_CHARS).map(escapeMrkdwn);
  const hasButtons = reply.kind === "choices" && reply.choices.length > 0;
  // Slack refuses an empty message; buttons still need a line to hang on.
  if (parts.length === 0) {
    if (!hasButtons) return [];
    parts.push("…");
  }
  const messages: SlackMessage[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (chunk.length > 0) messages.push({ text: fallbackOf(chunk), blocks: chunk.map(section) });
    chunk = [];
    size = 0;
  };
  for (const part of parts) {
    if (size + part.length > MAX_MESSAGE_BLOCK_CHARS) flush();
    chunk.push(part);
    size += part.length;
  }
  flush();
  if (reply.kind === "result") messages[0]!.blocks.unshift({ type: "divider" });
  if (hasButtons) messages.at(-1)!.blocks.push(...actionsOf(reply.choices));
  return messages;
}

/** A message's fallback text: its sections, or their start and an ellipsis when that would pass {@link MAX_FALLBACK_CHARS}. */
function fallbackOf(escapedParts: string[]): string {
  const whole = escapedParts.join("\n");
  if (whole.length <= MAX_FALLBACK_CHARS) return whole;
  const plain = escapedParts.map(unescapeMrkdwn).join("\n");
  // Cut the words, not their escapes, so that no `&amp;` is left half.
  return `${escapeMrkdwn(splitForSlack(plain, MAX_FALLBACK_CHARS - 1)[0] ?? "").trimEnd()}…`;
}

function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Several replies as the messages to post, in order. */
export function renderReplies(replies: readonly Reply[]): SlackMessage[] {
  return replies.flatMap(renderReply);
}

/**
 * The blocks of a message whose button was pressed: its buttons removed and,
 * when known, the chosen label shown under the question, so that an
 * answered question cannot be answered again from an old message.
 */
export function closedBlocks(blocks: readonly unknown[], label: string | undefined): SlackBlock[] {
  const kept = blocks.filter((b): b is SlackBlock => typeof b === "object" && b !== null && (b as { type?: unknown }).type !== "actions");
  if (label) kept.push({ type: "context", elements: [{ type: "mrkdwn", text: `» ${escapeMrkdwn(label)}`, verbatim: true }] });
  return kept;
}
