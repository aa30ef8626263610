import { describe, expect, it } from "vitest";
import { parseSlackBody, retryNumOf } from "../../../bots/slack/request.ts";

describe("Reading Slack request bodies", () => {
  it("reads an Events API callback from JSON", () => {
    expect(parseSlackBody("application/json; charset=utf-8", Buffer.from('{"type":"event_callback","event_id":"Ev1"}'))).toEqual({ type: "event_callback", event_id: "Ev1" });
  });

  it("reads a button press from the JSON in the form's payload field", () => {
    const form = new URLSearchParams({ payload: JSON.stringify({ type: "block_actions", actions: [{ value: "a:yes" }] }) }).toString();
    expect(parseSlackBody("application/x-www-form-urlencoded", Buffer.from(form))).toEqual({ type: "block_actions", actions: [{ value: "a:yes" }] });
  });

  it("reads a slash command's fields from the form", () => {
    expect(parseSlackBody("application/x-www-form-urlencoded", Buffer.from("command=%2Fpolicy&text=check&user_id=U1"))).toEqual({ command: "/policy", text: "check", user_id: "U1" });
  });

  it("gives null for what Slack never sends: broken JSON, arrays, other content types, an empty form", () => {
    expect(parseSlackBody("application/json", Buffer.from("{nope"))).toBeNull();
    expect(parseSlackBody("application/json", Buffer.from("[1,2]"))).toBeNull();
    expect(parseSlackBody("text/plain", Buffer.from("{}"))).toBeNull();
    expect(parseSlackBody(undefined, Buffer.from("{}"))).toBeNull();
    expect(parseSlackBody("application/x-www-form-urlencoded", Buffer.from(""))).toBeNull();
    expect(parseSlackBody("application/x-www-form-urlencoded", Buffer.from("payload=%7Bnope"))).toBeNull();
  });

  it("reads the retry number only when it is a number", () => {
    expect(retryNumOf("2")).toBe(2);
    expect(retryNumOf(undefined)).toBeUndefined();
    expect(retryNumOf("x")).toBeUndefined();
  });
});
