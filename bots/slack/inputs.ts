/**
 * Slack events → the engine's `Input`. A direct message is text; a mention
 * in a channel is text without the mention (a bare mention is the start
 * event, which greets or resumes); a button press is the choice whose id is
 * the button's value; a slash command (`/policy how much for housing?`) is
 * its text, answered where it was typed (a bare command is the start event). Bots, edits, deletions and channel chatter are not
 * answered. Works on the plain request bodies, so that both transports
 * (HTTP and Socket Mode) read them alike.
 */
import type { Input } from "../../core/dialogues/types.ts";
import { userKeyOf } from "../../core/store/session-store.ts";
import { pseudonymOf } from "../../core/store/user-keys.ts";
import { CHOICE_ACTION_PATTERN } from "./render.ts";
import { plainTextOf } from "./text.ts";

/** The button a user pressed, and the message it sat on. */
export interface PressedButton {
  /** The message's `ts`, for `chat.update`. */
  messageTs: string;
  /** The button's value, i.e. the engine's choice id. */
  value: string;
  /** The button's label, shown under the question once answered. */
  label?: string;
  /** The message's blocks and text as Slack holds them (escaped). */
  blocks: unknown[];
  text: string;
}

/** One event read for the engine. */
export interface SlackTurn {
  /** The user's workspace and id: together they name the session. */
  teamId: string;
  userId: string;
  /** Where replies go, and the thread, when the conversation is in one. */
  channel: string;
  threadTs?: string;
  input: Input;
  pressed?: PressedButton;
}

/** Message subtypes a person sends; every other subtype (edits, joins, bots…) is not an answer. */
const PERSON_SUBTYPES = new Set<string | undefined>([undefined, "file_share"]);

// The readers take loose objects: Slack adds fields over time, and a missing one must give null, not a crash.
type Loose = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const obj = (v: unknown): Loose | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Loose) : undefined);

/** The session key of a turn's user. */
export function userKeyOfTurn(turn: Pick<SlackTurn, "teamId" | "userId">): string {
  return userKeyOf("slack", `${turn.teamId}:${turn.userId}`);
}

/** The team a person in an event belongs to: their own in shared channels, else the workspace's. */
function teamOfEvent(body: Loose, event: Loose): string | undefined {
  return str(event.user_team) ?? str(event.team) ?? str(body.team_id);
}

/**
 * A direct message (`message` in an `im` channel) as a turn, or null for
 * anything that is not a person writing to the bot.
 */
export function turnOfMessage(body: Loose, botUserId?: string): SlackTurn | null {
  const event = obj(body.event);
  if (!event || event.type !== "message" || event.channel_type !== "im") return null;
  const subtype = str(event.subtype);
  if (!PERSON_SUBTYPES.has(subtype) || event.bot_id !== undefined || event.hidden === true) return null;
  const userId = str(event.user);
  const channel = str(event.channel);
  const teamId = teamOfEvent(body, event);
  if (!userId || !channel || !teamId || userId === botUserId) return null;
  const threadTs = str(event.thread_ts);
  return { teamId, userId, channel, ...(threadTs ? { threadTs } : {}), input: { kind: "text", text: plainTextOf(str(event.text) ?? "", botUserId) } };
}

/**
 * An `app_mention` as a turn: the text without the mention, answered in a
 * thread under it so that the channel stays quiet. A bare mention is the
 * start event.
 */
export function turnOfMention(body: Loose, botUserId?: string): SlackTurn | null {
  const event = obj(body.event);
  if (!event || event.type !== "app_mention" || event.bot_id !== undefined) return null;
  const userId = str(event.user);
  const channel = str(event.channel);
  const teamId = teamOfEvent(body, event);
  const ts = str(event.thread_ts) ?? str(event.ts);
  if (!userId || !channel || !teamId || userId === botUserId) return null;
  const text = plainTextOf(str(event.text) ?? "", botUserId);
  return { teamId, userId, channel, ...(ts ? { threadTs: ts } : {}), input: text ? { kind: "text", text } : { kind: "start" } };
}

/**
 * A slash command as a turn: its text (empty → the start event), answered in
 * the conversation it was typed in. Slack sends commands as a form, so every
 * field is a string; null when one that names the user or place is missing.
 */
export function turnOfCommand(body: Loose): SlackTurn | null {
  const userId = str(body.user_id);
  const teamId = str(body.team_id);
  const channel = str(body.channel_id);
  if (!str(body.command) || !userId || !teamId || !channel) return null;
  const text = plainTextOf(str(body.text) ?? "");
  return { teamId, userId, channel, input: text ? { kind: "text", text } : { kind: "start" } };
}

/** A press of one of our buttons (`block_actions`) as a turn, or null. */
export function turnOfAction(body: Loose): SlackTurn | null {
  if (body.type !== "block_actions" || !Array.isArray(body.actions)) return null;
  const action = obj(body.actions[0]);
  const value = str(action?.value);
  if (!action || action.type !== "button" || !CHOICE_ACTION_PATTERN.test(str(action.action_id) ?? "") || !value) return null;
  const user = obj(body.user);
  const userId = str(user?.id);
  const teamId = str(user?.team_id) ?? str(obj(body.team)?.id);
  const container = obj(body.container);
  const channel = str(obj(body.channel)?.id) ?? str(container?.channel_id);
  if (!userId || !teamId || !channel) return null;
  const message = obj(body.message);
  const messageTs = str(message?.ts) ?? str(container?.message_ts);
  const threadTs = str(message?.thread_ts) ?? str(container?.thread_ts);
  const label = str(obj(action.text)?.text);
  const turn: SlackTurn = { teamId, userId, channel, ...(threadTs ? { threadTs } : {}), input: { kind: "choice", id: value } };
  if (messageTs) {
    turn.pressed = {
      messageTs,
      value,
      ...(label ? { label } : {}),
      blocks: Array.isArray(message?.blocks) ? message.blocks : [],
      text: str(message?.text) ?? "",
    };
  }
  return turn;
}

/**
 * The key that marks a delivery as taken, so that Slack's retries (same
 * `event_id`) and replayed button presses (same `trigger_id`) run once;
 * null for bodies that carry no identity (they are not answered anyway).
 * The app and the workspace are part of the key, so that two apps (or one
 * app in two workspaces) sharing one store never take each other's
 * deliveries; a user id, where one is needed, goes in as a pseudonym, so
 * that no key outlives `/forget` with it.
 */
export function dedupeKeyOf(body: Loose): string | null {
  const app = str(body.api_app_id) ?? "-";
  const team = str(body.team_id) ?? str(obj(body.team)?.id) ?? str(obj(body.user)?.team_id) ?? "-";
  const scope = `slack:${app}:${team}`;
  const eventId = str(body.event_id);
  if (body.type === "event_callback" && eventId) return `${scope}:event:${eventId}`;
  if (body.type === "block_actions") {
    const trigger = str(body.trigger_id);
    if (trigger) return `${scope}:action:${trigger}`;
    const action = obj(Array.isArray(body.actions) ? body.actions[0] : undefined);
    const at = str(action?.action_ts);
    const user = str(obj(body.user)?.id);
    if (at && user) return `${scope}:action:${pseudonymOf(userKeyOf("slack", `${team}:${user}`))}:${at}`;
  }
  return null;
}
