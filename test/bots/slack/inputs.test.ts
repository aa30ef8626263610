import { describe, expect, it } from "vitest";
import { dedupeKeyOf, turnOfAction, turnOfCommand, turnOfMention, turnOfMessage, userKeyOfTurn } from "../../../bots/slack/inputs.ts";

const dm = (event: Record<string, unknown>) => ({ type: "event_callback", team_id: "T1", event_id: "Ev1", event: { type: "message", channel_type: "im", channel: "D1", user: "U1", text: "hi", ts: "1.000001", ...event } });
const press = (patch: Record<string, unknown> = {}) => ({
  type: "block_actions",
  trigger_id: "123.456",
  user: { id: "U1", team_id: "T1" },
  team: { id: "T1" },
  channel: { id: "D1" },
  container: { type: "message", message_ts: "1.000009", channel_id: "D1" },
  message: { ts: "1.000009", text: "Which?", blocks: [{ type: "section" }] },
  actions: [{ type: "button", action_id: "choice:1", block_id: "choices-0", value: "a:no", text: { type: "plain_text", text: "No" }, action_ts: "2.5" }],
  ...patch,
});

describe("Reading Slack events", () => {
  it("reads a slash command as its text in the conversation it was typed in, a bare one as the start event", () => {
    const cmd = { command: "/policy", text: "50万 &amp; more", user_id: "U1", team_id: "T1", channel_id: "C7" };
    expect(turnOfCommand(cmd)).toEqual({ teamId: "T1", userId: "U1", channel: "C7", input: { kind: "text", text: "50万 & more" } });
    expect(turnOfCommand({ ...cmd, text: "  " })?.input).toEqual({ kind: "start" });
    expect(turnOfCommand({ ...cmd, user_id: "" })).toBeNull();
    expect(turnOfCommand({ ...cmd, command: undefined })).toBeNull();
  });

  it("reads a direct message as text in its conversation, and its thread when it has one", () => {
    expect(turnOfMessage(dm({}))).toEqual({ teamId: "T1", userId: "U1", channel: "D1", input: { kind: "text", text: "hi" } });
    expect(turnOfMessage(dm({ thread_ts: "0.5" }))?.threadTs).toBe("0.5");
  });

  it("reads a file shared without a comment as an empty text, which the engine answers", () => {
    expect(turnOfMessage(dm({ subtype: "file_share", text: "" }))?.input).toEqual({ kind: "text", text: "" });
  });

  it("ignores bots, the bot itself, edits, deletions and messages outside direct messages", () => {
    expect(turnOfMessage(dm({ bot_id: "B1" }))).toBeNull();
    expect(turnOfMessage(dm({ user: "U0BOT" }), "U0BOT")).toBeNull();
    expect(turnOfMessage(dm({ subtype: "message_changed" }))).toBeNull();
    expect(turnOfMessage(dm({ subtype: "message_deleted" }))).toBeNull();
    expect(turnOfMessage(dm({ channel_type: "channel" }))).toBeNull();
    expect(turnOfMessage(dm({ user: undefined }))).toBeNull();
  });

  it("names the session by the user's own workspace, so that a guest from another workspace is someone else", () => {
    const turn = turnOfMessage(dm({ user_team: "T2" }))!;
    expect(userKeyOfTurn(turn)).toBe("slack:T2:U1");
  });

  it("reads a mention without the bot's mention, in a thread under it", () => {
    const body = { type: "event_callback", team_id: "T1", event: { type: "app_mention", user: "U1", channel: "C1", text: "<@U0BOT> how much for data?", ts: "5.1" } };
    expect(turnOfMention(body, "U0BOT")).toEqual({ teamId: "T1", userId: "U1", channel: "C1", threadTs: "5.1", input: { kind: "text", text: "how much for data?" } });
  });

  it("reads a press of one of our buttons as the choice in its value, with the pressed message", () => {
    expect(turnOfAction(press())).toEqual({
      teamId: "T1",
      userId: "U1",
      channel: "D1",
      input: { kind: "choice", id: "a:no" },
      pressed: { messageTs: "1.000009", value: "a:no", label: "No", blocks: [{ type: "section" }], text: "Which?" },
    });
  });

  it("ignores presses of buttons that are not ours, and presses without a value", () => {
    expect(turnOfAction(press({ actions: [{ type: "button", action_id: "other", value: "a:no" }] }))).toBeNull();
    expect(turnOfAction(press({ actions: [{ type: "button", action_id: "choice:0" }] }))).toBeNull();
    expect(turnOfAction(press({ actions: [{ type: "static_select", action_id: "choice:0", value: "x" }] }))).toBeNull();
  });

  it("marks deliveries by event_id and by trigger_id, so that retries and replays run once", () => {
    expect(dedupeKeyOf(dm({}))).toBe("slack:-:T1:event:Ev1");
    expect(dedupeKeyOf(press())).toBe("slack:-:T1:action:123.456");
    expect(dedupeKeyOf(press({ trigger_id: undefined }))).toMatch(/^slack:-:T1:action:[0-9a-f]{32}:2\.5$/);
    expect(dedupeKeyOf(press({ trigger_id: undefined }))).not.toContain("U1");
    expect(dedupeKeyOf({ type: "url_verification" })).toBeNull();
  });

  it("keeps the same event_id apart for two apps, and for two workspaces of one app", () => {
    const a = dedupeKeyOf({ ...dm({}), api_app_id: "A1" });
    expect(a).toBe("slack:A1:T1:event:Ev1");
    expect(a).not.toBe(dedupeKeyOf({ ...dm({}), api_app_id: "A2" }));
    expect(a).not.toBe(dedupeKeyOf({ ...dm({}), api_app_id: "A1", team_id: "T2" }));
    expect(dedupeKeyOf({ ...press(), api_app_id: "A1" })).not.toBe(dedupeKeyOf({ ...press(), api_app_id: "A2" }));
  });
});
