import { describe, expect, it } from "vitest";
import { escapeHtml, keyboardOf, MAX_MESSAGE_CHARS, renderReplies, renderReply, splitText } from "../../../bots/telegram/render.ts";
import type { Reply } from "../../../core/dialogues/types.ts";

describe("escapeHtml", () => {
  it("escapes ampersands and angle brackets so user text never becomes markup", () => {
    expect(escapeHtml("<b>50万</b> & 5 > 3")).toBe("&lt;b&gt;50万&lt;/b&gt; &amp; 5 &gt; 3");
  });

  it("escapes an ampersand that already looks like an entity, so it shows as typed", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});

describe("splitText", () => {
  it("keeps a short text whole", () => {
    expect(splitText("Hello\nworld")).toEqual(["Hello\nworld"]);
  });

  it("splits a 10,000-character reply into parts under Telegram's 4,096 on line boundaries", () => {
    const line = "Measure (1): rent-free office space for three years.".padEnd(100, ".");
    const text = Array.from({ length: 100 }, () => line).join("\n");
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    const parts = splitText(text);
    expect(parts.length).toBe(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(p.length).toBeLessThan(4096);
      expect(p.split("\n").every((l) => l === line)).toBe(true);
    }
    expect(parts.join("\n")).toBe(text);
  });

  it("cuts a single over-long line at a space", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(" ");
    const parts = splitText(words, 1000);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join(" ")).toBe(words);
  });

  it("never cuts an emoji or other astral character in half", () => {
    const text = "😀".repeat(3000);
    const parts = splitText(text, 1001);
    expect(parts.every((p) => p.length <= 1001 && !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(parts.join("")).toBe(text);
  });
});

describe("keyboardOf", () => {
  it("puts two short labels on a row and a long one alone, in the engine's order", () => {
    const kb = keyboardOf([
      { id: "a:yes", label: "Yes" },
      { id: "a:no", label: "No" },
      { id: "a:long", label: "Forum, summit, exhibition or contest held in an ASEAN country" },
      { id: "c:back", label: "Back" },
      { id: "c:skip", label: "Don't know" },
    ]);
    expect(kb.inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([
      ["Yes", "No"],
      ["Forum, summit, exhibition or contest held in an ASEAN country"],
      ["Back", "Don't know"],
    ]);
  });

  it("uses the choice id as callback data", () => {
    const kb = keyboardOf([{ id: "l:zh", label: "中文" }]);
    expect(kb.inline_keyboard[0]![0]).toEqual({ text: "中文", callback_data: "l:zh" });
  });

  it("counts Chinese characters double, so a long Chinese label gets its own row", () => {
    const kb = keyboardOf([
      { id: "a:x", label: "在东盟国家举办的论坛、峰会、展览" },
      { id: "a:y", label: "否" },
    ]);
    expect(kb.inline_keyboard.length).toBe(2);
  });

  it("leaves out a button whose id would not fit Telegram's 64-byte callback data", () => {
    const kb = keyboardOf([{ id: "x".repeat(65), label: "Too long" }, { id: "a:ok", label: "OK" }]);
    expect(kb.inline_keyboard.flat().map((b) => b.text)).toEqual(["OK"]);
  });
});

describe("renderReply", () => {
  it("renders a choices reply as escaped text with its keyboard", () => {
    const reply: Reply = { kind: "choices", text: "Pick <one> & go", choices: [{ id: "a:1", label: "One" }] };
    const [m] = renderReply(reply);
    expect(m!.html).toBe("Pick &lt;one&gt; &amp; go");
    expect(m!.keyboard?.inline_keyboard[0]![0]).toMatchObject({ callback_data: "a:1" });
  });

  it("puts the keyboard of a long choices reply on its last part only", () => {
    const text = Array.from({ length: 120 }, (_, i) => `line ${i} `.padEnd(80, "x")).join("\n");
    const parts = renderReply({ kind: "choices", text, choices: [{ id: "a:1", label: "One" }] });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(0, -1).every((p) => p.keyboard === undefined)).toBe(true);
    expect(parts.at(-1)!.keyboard).toBeDefined();
  });

  it("renders a result card as its text", () => {
    const reply: Reply = { kind: "result", text: "Your estimated results:\n• (1) up to CNY 500,000", items: [], total: "CNY 500,000", totalCNY: "500000.00", disclaimer: "Estimates." };
    expect(renderReply(reply)).toEqual([{ html: "Your estimated results:\n• (1) up to CNY 500,000" }]);
  });

  it("sends nothing for an empty text, which Telegram would refuse", () => {
    expect(renderReplies([{ kind: "text", text: "  " }, { kind: "text", text: "Hi" }])).toEqual([{ html: "Hi" }]);
  });
});
