/**
 * The Slack channel alone, with a stand-in for the conversations: what the
 * engine is given, when Slack gets its acknowledgement, what shutdown waits
 * for, how replies are escaped, and how the channel chooses its transport.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createSlackChannel } from "../../../bots/slack/channel.ts";
import { SlackError } from "../../../bots/slack/errors.ts";
import type { Conversations } from "../../../core/dialogues/conversations.ts";
import type { Reply } from "../../../core/dialogues/types.ts";
import { TemplateExplainer } from "../../../core/explain/template-explainer.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { loadConfig, type AppConfig } from "../../../server/config.ts";
import { createLogger } from "../../../server/logger.ts";
import { buttonsOf, FakeSlackApi } from "../../helpers/fake-slack-api.ts";
import { postAction, postEvent, slackEnv, startChannel, stubConversations, type SlackChannelHarness } from "./harness.ts";

let harness: SlackChannelHarness | undefined;
let fake: FakeSlackApi | undefined;

afterEach(async () => {
  await harness?.close();
  await fake?.close();
  harness = undefined;
  fake = undefined;
});

const alice = { id: "U0ALICE" };
const text = (s: string): Reply => ({ kind: "text", text: s });

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

function depsOf(config: AppConfig) {
  return { config, conversations: stubConversations(() => []) as unknown as Conversations, store: new MemoryStore(), explainer: new TemplateExplainer(), logger: createLogger("silent") };
}

describe("The Slack channel", () => {
  it("gives the engine a direct message as text, with Slack's escapes and links read back", async () => {
    const conversations = stubConversations(() => [text("ok")]);
    harness = await startChannel(conversations);
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "R&amp;D costs &lt;2 million&gt; see <https://example.org|our site>"));
    expect(await h.channel.idle(5000)).toBe(true);
    expect(conversations.inputs).toEqual([{ userKey: "slack:T0TEST:U0ALICE", input: { kind: "text", text: "R&D costs <2 million> see our site" } }]);
  });

  it("gives the engine a mention without the mention, and a bare mention as the start event", async () => {
    const conversations = stubConversations(() => [text("ok")]);
    harness = await startChannel(conversations);
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.mentionEvent(alice, "what is m09?"));
    await postEvent(h.eventsUrl, h.fake.mentionEvent(alice, ""));
    expect(await h.channel.idle(5000)).toBe(true);
    expect(conversations.inputs.map((i) => i.input)).toEqual([{ kind: "text", text: "what is m09?" }, { kind: "start" }]);
  });

  it("gives the engine a button press as the choice id in the button's value, and closes the pressed buttons", async () => {
    const conversations = stubConversations((input) => (input.kind === "text" ? [{ kind: "choices", text: "Pick one", choices: [{ id: "a:yes", label: "Yes" }, { id: "a:no", label: "No" }] }] : [text("thanks")]));
    harness = await startChannel(conversations);
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "hi"));
    await h.channel.idle(5000);
    const question = h.fake.messagesIn(h.fake.imOf(alice))[0]!;
    expect(buttonsOf(question).map((b) => b.value)).toEqual(["a:yes", "a:no"]);
    expect((await postAction(h.eventsUrl, h.fake.pressPayload(alice, question, "a:no"))).status).toBe(200);
    expect(await h.channel.idle(5000)).toBe(true);
    expect(conversations.inputs.at(-1)).toEqual({ userKey: "slack:T0TEST:U0ALICE", input: { kind: "choice", id: "a:no" } });
    expect(buttonsOf(question)).toEqual([]);
    expect(question.blocks.at(-1)).toMatchObject({ type: "context", elements: [{ text: "» No" }] });
  });

  it("shows a multiple-choice toggle in the pressed message instead of posting a new one", async () => {
    const picker = (picked: boolean): Reply => ({ kind: "choices", multi: true, text: "Which?", choices: [{ id: "t:data", label: picked ? "✓ Data" : "Data" }, { id: "a:done", label: "Done" }] });
    const conversations = stubConversations((input) => [picker(input.kind === "choice")]);
    harness = await startChannel(conversations);
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "hi"));
    await h.channel.idle(5000);
    const question = h.fake.messagesIn(h.fake.imOf(alice))[0]!;
    await postAction(h.eventsUrl, h.fake.pressPayload(alice, question, "t:data"));
    await h.channel.idle(5000);
    expect(h.fake.messagesIn(h.fake.imOf(alice))).toHaveLength(1);
    expect(buttonsOf(question).map((b) => b.label)).toEqual(["✓ Data", "Done"]);
  });

  it("escapes what it posts, so that an echoed <@U123> or <!channel> pings nobody and & stays an ampersand", async () => {
    harness = await startChannel(stubConversations(() => [text("You said: <@U123> & <!channel> R&D")]));
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "hi"));
    await h.channel.idle(5000);
    const [call] = h.fake.callsOf("chat.postMessage");
    const blocks = JSON.parse(call!.args.blocks);
    expect(blocks[0].text).toEqual({ type: "mrkdwn", text: "You said: &lt;@U123&gt; &amp; &lt;!channel&gt; R&amp;D", verbatim: true });
    expect(call!.args.text).toBe("You said: &lt;@U123&gt; &amp; &lt;!channel&gt; R&amp;D");
  });

  it("acknowledges Slack at once while the turn is still running", async () => {
    const slow = gate();
    harness = await startChannel(stubConversations(async () => {
      await slow.opened;
      return [text("done")];
    }));
    const h = harness;
    const started = Date.now();
    expect((await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "hi"))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(h.fake.callsOf("chat.postMessage")).toHaveLength(0);
    slow.open();
    expect(await h.channel.idle(5000)).toBe(true);
    expect(h.fake.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it("waits in stop() for a turn in flight, and refuses new requests with 503 meanwhile", async () => {
    const slow = gate();
    harness = await startChannel(stubConversations(async () => {
      await slow.opened;
      return [text("done")];
    }));
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "hi"));
    let stopped = false;
    const stopping = h.channel.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    expect((await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "again"))).status).toBe(503);
    slow.open();
    await stopping;
    expect(h.fake.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it("runs one user's messages in the order they arrived", async () => {
    const first = gate();
    const conversations = stubConversations(async (input) => {
      if (input.kind === "text" && input.text === "one") await first.opened;
      return [text(input.kind === "text" ? input.text : "?")];
    });
    harness = await startChannel(conversations);
    const h = harness;
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "one"));
    await postEvent(h.eventsUrl, h.fake.messageEvent(alice, "two"));
    first.open();
    await h.channel.idle(5000);
    expect(h.fake.callsOf("chat.postMessage").map((c) => c.args.text)).toEqual(["one", "two"]);
  });
});

describe("How the Slack channel listens", () => {
  it("serves POST /slack/events in HTTP mode, when only the signing secret is set", async () => {
    fake = await FakeSlackApi.start();
    const channel = createSlackChannel(depsOf(loadConfig(slackEnv(fake, "http"))));
    expect(channel.mode).toBe("http");
    expect(channel.routes.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /slack/events"]);
  });

  it("uses Socket Mode when SLACK_APP_TOKEN is set, with no HTTP route and no call before start()", async () => {
    fake = await FakeSlackApi.start();
    const channel = createSlackChannel(depsOf(loadConfig({ ...slackEnv(fake, "socket"), SLACK_SIGNING_SECRET: "also-set" })));
    expect(channel.mode).toBe("socket");
    expect(channel.routes).toEqual([]);
    expect(fake.calls).toEqual([]);
    await channel.stop();
  });

  it("fails to start with BAD_TOKEN when Slack refuses the bot token", async () => {
    fake = await FakeSlackApi.start();
    fake.failNext("auth.test", "invalid_auth");
    const channel = createSlackChannel(depsOf(loadConfig(slackEnv(fake))));
    const failure = await channel.start().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SlackError);
    expect(failure).toMatchObject({ code: "BAD_TOKEN" });
    expect(String((failure as Error).message)).not.toContain("xoxb-");
  });

  it("refuses to be built without a bot token", () => {
    const config = { ...loadConfig({ PORT: "0" }), SLACK_SIGNING_SECRET: "s" } as AppConfig;
    expect(() => createSlackChannel(depsOf(config))).toThrow(SlackError);
  });
});
