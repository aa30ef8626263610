/**
 * `POST /slack/events` in the whole service, over real HTTP: what Slack's
 * signed requests get, what forged, stale, oversized and repeated ones get,
 * and which messages are answered.
 */
import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../../core/i18n/messages/index.ts";
import { signedHeaders, visibleText } from "../../helpers/fake-slack-api.ts";
import { BOT_TOKEN, post, postAction, postEvent, recordingLogger, SIGNING_SECRET, startSlackApp, type SlackApp } from "./harness.ts";

let slack: SlackApp | undefined;

afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

const alice = { id: "U0ALICE" };
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Posts, waits for the turns, and returns how many messages the bot posted in all. */
async function postedAfter(s: SlackApp, send: () => Promise<{ status: number }>, status = 200): Promise<number> {
  expect((await send()).status).toBe(status);
  expect(await s.channel.idle(10_000)).toBe(true);
  return s.fake.callsOf("chat.postMessage").length;
}

describe("Slack's requests to POST /slack/events", () => {
  it("answers the url_verification handshake with its challenge", async () => {
    slack = await startSlackApp();
    const res = await postEvent(slack.eventsUrl, { token: "unused", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("answers a signed direct message with 200 and greets the user in that conversation", async () => {
    slack = await startSlackApp();
    const s = slack;
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "hello")))).toBeGreaterThan(0);
    const seen = s.fake.messagesIn(s.fake.imOf(alice)).map(visibleText).join("\n");
    expect(seen).toContain(t("en", "greeting"));
    expect(s.fake.callsOf("chat.postMessage").every((c) => c.token === BOT_TOKEN && c.args.channel === s.fake.imOf(alice))).toBe(true);
  });

  it("refuses a request signed with another secret with 401 and posts nothing", async () => {
    slack = await startSlackApp();
    const s = slack;
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "hello"), { secret: "not-the-signing-secret" }), 401)).toBe(0);
  });

  it("refuses a request without signature headers with 401", async () => {
    slack = await startSlackApp();
    const s = slack;
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "hello"), { unsigned: true }), 401)).toBe(0);
  });

  it("refuses a correctly signed request from more than five minutes ago with 401", async () => {
    slack = await startSlackApp();
    const s = slack;
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "hello"), { nowSeconds: nowSeconds() - 6 * 60 }), 401)).toBe(0);
  });

  it("refuses a body whose signature was made for another body", async () => {
    slack = await startSlackApp();
    const s = slack;
    const signed = JSON.stringify(s.fake.messageEvent(alice, "hello"));
    const headers = { "content-type": "application/json", ...signedHeaders(SIGNING_SECRET, signed) };
    expect((await post(s.eventsUrl, signed.replace("hello", "hellO"), headers)).status).toBe(401);
  });

  it("answers an event Slack retries (same event_id, x-slack-retry-num) only once", async () => {
    slack = await startSlackApp();
    const s = slack;
    const event = s.fake.messageEvent(alice, "hello");
    const once = await postedAfter(s, () => postEvent(s.eventsUrl, event));
    expect(once).toBeGreaterThan(0);
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, event, { retryNum: 1 }))).toBe(once);
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, event, { retryNum: 2 }))).toBe(once);
  });

  it("runs a replayed button press only once", async () => {
    slack = await startSlackApp();
    const s = slack;
    await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "hello")));
    const menu = s.fake.messagesIn(s.fake.imOf(alice)).at(-1)!;
    const press = s.fake.pressPayload(alice, menu, "m:check");
    const once = await postedAfter(s, () => postAction(s.eventsUrl, press));
    expect(await postedAfter(s, () => postAction(s.eventsUrl, press))).toBe(once);
  });

  it("refuses a body over 1 MB with 413", async () => {
    slack = await startSlackApp();
    const s = slack;
    const huge = s.fake.messageEvent(alice, "x".repeat(1024 * 1024 + 1));
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, huge), 413)).toBe(0);
  });

  it("refuses a signed body that is not JSON with 400", async () => {
    slack = await startSlackApp();
    const s = slack;
    const res = await post(s.eventsUrl, "{not json", { "content-type": "application/json", ...signedHeaders(SIGNING_SECRET, "{not json") });
    expect(res.status).toBe(400);
  });

  it("does not answer bots, edits, or messages in channels it was not mentioned in", async () => {
    slack = await startSlackApp();
    const s = slack;
    const url = s.eventsUrl;
    expect(await postedAfter(s, () => postEvent(url, s.fake.messageEvent(alice, "hello", { botId: "B0OTHER" })))).toBe(0);
    expect(await postedAfter(s, () => postEvent(url, s.fake.messageEvent(alice, "hello", { subtype: "message_changed" })))).toBe(0);
    expect(await postedAfter(s, () => postEvent(url, s.fake.messageEvent(alice, "hello", { channel: "C0GENERAL", channelType: "channel" })))).toBe(0);
    expect(await postedAfter(s, () => postEvent(url, s.fake.messageEvent({ id: s.fake.botUserId }, "hello")))).toBe(0);
  });

  it("answers a slash command at once, then in the conversation it was typed in: bare starts, with text asks", async () => {
    slack = await startSlackApp();
    const s = slack;
    const command = (text: string) => {
      const form = new URLSearchParams({ command: "/policy", text, user_id: alice.id, team_id: s.fake.teamId, channel_id: s.fake.imOf(alice), response_url: "http://127.0.0.1:9/unused", trigger_id: "1.2.3" }).toString();
      return post(s.eventsUrl, form, { "content-type": "application/x-www-form-urlencoded", ...signedHeaders(SIGNING_SECRET, form) });
    };
    expect(await postedAfter(s, () => command(""))).toBeGreaterThan(0);
    expect(s.fake.messagesIn(s.fake.imOf(alice)).map(visibleText).join("\n")).toContain(t("en", "greeting"));
    const before = s.fake.messagesIn(s.fake.imOf(alice)).length;
    expect(await postedAfter(s, () => command("how much is the housing support for core staff?"))).toBeGreaterThan(before);
    const answer = s.fake.messagesIn(s.fake.imOf(alice)).slice(before).map(visibleText).join("\n");
    expect(answer).toContain("Talent apartments and graduate stays (Clause 3)");
  });

  it("answers a mention in a channel in a thread under it", async () => {
    slack = await startSlackApp();
    const s = slack;
    const mention = s.fake.mentionEvent(alice, "hello", "C0GENERAL");
    expect(await postedAfter(s, () => postEvent(s.eventsUrl, mention))).toBeGreaterThan(0);
    const replies = s.fake.messagesIn("C0GENERAL");
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((m) => m.thread_ts === mention.event.ts)).toBe(true);
  });

  it("keeps what users wrote, the bot token and the signing secret out of the logs", async () => {
    const { logger, records } = recordingLogger();
    slack = await startSlackApp({ logger });
    const s = slack;
    await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "my secret plan 12345")));
    await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "my secret plan 12345"), { secret: "wrong" }), 401);
    s.fake.failNext("chat.postMessage", "channel_not_found");
    await postedAfter(s, () => postEvent(s.eventsUrl, s.fake.messageEvent(alice, "another secret 67890")));
    const logged = JSON.stringify(records);
    expect(logged).toContain("slack_request_refused");
    expect(logged).toContain("channel_not_found");
    for (const secret of ["secret plan", "12345", "67890", BOT_TOKEN, SIGNING_SECRET]) expect(logged).not.toContain(secret);
  });
});
