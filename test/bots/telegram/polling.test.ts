import { afterEach, describe, expect, it } from "vitest";
import { dedupeKeyOf } from "../../../bots/telegram/updates.ts";
import type { Reply } from "../../../core/dialogues/types.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { startChannel, stubConversations, waitFor, type ChannelHarness } from "./harness.ts";

let h: ChannelHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const echo = () => stubConversations(async (input): Promise<Reply[]> => {
  const text = input.kind === "text" ? input.text : input.kind;
  // The first message of each chat is the slowest, so that order is really tested.
  if (text.endsWith("#1")) await new Promise((r) => setTimeout(r, 120));
  return [{ kind: "text", text: `re: ${text}` }];
});

describe("Telegram long polling", () => {
  it("removes any webhook and registers the command menus before polling", async () => {
    h = await startChannel("polling", echo());
    await waitFor(() => h!.fake.callsOf("getUpdates").length > 0, 5000, "getUpdates");
    const methods = h.fake.calls.map((c) => c.method);
    expect(methods.indexOf("deleteWebhook")).toBeGreaterThan(-1);
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
    expect(h.fake.callsOf("setMyCommands")).toHaveLength(11);
    expect(h.fake.callsOf("setWebhook")).toEqual([]);
    expect(h.fake.callsOf("getUpdates")[0]!.payload.allowed_updates).toEqual(["message", "callback_query"]);
  });

  it("answers pushed updates, in order within each chat", async () => {
    h = await startChannel("polling", echo());
    const a = { id: 42 };
    const b = { id: 7 };
    h.fake.push(
      h.fake.textUpdate(a, "a#1"),
      h.fake.textUpdate(b, "b#1"),
      h.fake.textUpdate(a, "a#2"),
      h.fake.textUpdate(a, "a#3"),
      h.fake.textUpdate(b, "b#2"),
    );
    await waitFor(() => h!.fake.callsOf("sendMessage").length === 5, 5000, "five replies");
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["re: a#1", "re: a#2", "re: a#3"]);
    expect(h.fake.sentTo(7).map((c) => c.payload.text)).toEqual(["re: b#1", "re: b#2"]);
  });

  it("skips an update another instance already took", async () => {
    const store = new MemoryStore();
    const stub = echo();
    h = await startChannel("polling", stub, store);
    const taken = h.fake.textUpdate({ id: 42 }, "taken");
    await store.setIfAbsent(dedupeKeyOf("123456", taken.update_id), "1", 60);
    h.fake.push(taken, h.fake.textUpdate({ id: 42 }, "fresh"));
    await waitFor(() => h!.fake.callsOf("sendMessage").length === 1, 5000, "one reply");
    await h.channel.idle(1000);
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["re: fresh"]);
    expect(stub.inputs.map((i) => i.input)).toEqual([{ kind: "text", text: "fresh" }]);
  });

  it("stops polling on stop, after finishing the turn in flight", async () => {
    h = await startChannel("polling", echo());
    h.fake.push(h.fake.textUpdate({ id: 42 }, "bye#1"));
    await waitFor(() => h!.fake.pending === 0 && h!.fake.callsOf("getUpdates").length >= 2, 5000, "the update fetched");
    await h.channel.stop();
    expect(h.fake.sentTo(42).map((c) => c.payload.text)).toEqual(["re: bye#1"]);
    const polls = h.fake.callsOf("getUpdates").length;
    h.fake.push(h.fake.textUpdate({ id: 42 }, "too late"));
    await new Promise((r) => setTimeout(r, 150));
    expect(h.fake.callsOf("getUpdates").length).toBe(polls);
    expect(h.fake.sentTo(42)).toHaveLength(1);
  });
});
