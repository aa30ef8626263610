import { describe, expect, it } from "vitest";
import { escapeMrkdwn, plainTextOf, splitForSlack } from "../../../bots/slack/text.ts";

describe("Text between Slack and the engine", () => {
  it("escapes exactly the three characters mrkdwn reads as markup", () => {
    expect(escapeMrkdwn("<@U123> & <!channel> *bold* 50%")).toBe("&lt;@U123&gt; &amp; &lt;!channel&gt; *bold* 50%");
  });

  it("reads a message as the user wrote it: entities unescaped, links by their label, mentions by name", () => {
    expect(plainTextOf("R&amp;D &lt;3 &gt; 2 <https://example.org|our site> <mailto:a@b.org|a@b.org> <https://x.org>")).toBe("R&D <3 > 2 our site a@b.org https://x.org");
    expect(plainTextOf("ask <@U42|maria> in <#C1|general>, <!here>")).toBe("ask @maria in #general, @here");
  });

  it("drops the mention of the bot itself, wherever it stands", () => {
    expect(plainTextOf("<@U0BOT> 50万 please", "U0BOT")).toBe("50万 please");
    expect(plainTextOf("hey <@U0BOT>", "U0BOT")).toBe("hey");
    expect(plainTextOf("<@U0BOT>", "U0BOT")).toBe("");
  });

  it("does not split a text that fits, and splits on lines before spaces", () => {
    expect(splitForSlack("short")).toEqual(["short"]);
    expect(splitForSlack("aaaa\nbbbb\ncccc", 9)).toEqual(["aaaa\nbbbb", "cccc"]);
    expect(splitForSlack("aaaa bbbb cccc", 9)).toEqual(["aaaa bbbb", "cccc"]);
  });

  it("counts the escaped length, so that ampersands cannot push a section over the limit", () => {
    const parts = splitForSlack("&".repeat(1000), 3000);
    expect(parts.map((p) => escapeMrkdwn(p).length).every((n) => n <= 3000)).toBe(true);
    expect(parts.join("")).toBe("&".repeat(1000));
  });
});
