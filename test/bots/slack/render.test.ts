import { describe, expect, it } from "vitest";
import { actionsOf, closedBlocks, MAX_BUTTON_LABEL, MAX_FALLBACK_CHARS, MAX_MESSAGE_BLOCK_CHARS, renderReplies, renderReply } from "../../../bots/slack/render.ts";
import type { Choice, Reply } from "../../../core/dialogues/types.ts";
import { resultRepliesByLang } from "../../helpers/result-cards.ts";

const choices = (n: number): Choice[] => Array.from({ length: n }, (_, i) => ({ id: `a:o${i}`, label: `Option ${i}` }));
// `any`: tests read Block Kit fields directly.
const buttonsIn = (blocks: any[]) => blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements);

describe("Rendering replies for Slack", () => {
  it("escapes &, < and > in text, so that <@U123> and <!here> reach nobody", () => {
    const [m] = renderReply({ kind: "text", text: "Tell <@U123> & <!here> about R&D > 5" });
    expect(m!.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: "Tell &lt;@U123&gt; &amp; &lt;!here&gt; about R&amp;D &gt; 5", verbatim: true } }]);
    expect(m!.text).toBe("Tell &lt;@U123&gt; &amp; &lt;!here&gt; about R&amp;D &gt; 5");
  });

  it("splits a long text into sections of at most 3,000 characters after escaping, losing no word", () => {
    const line = "R&D costs & more < less > none. ";
    const text = Array.from({ length: 400 }, (_, i) => `${i} ${line}`).join("\n");
    const messages = renderReply({ kind: "text", text });
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === "section") as any[];
    expect(sections.length).toBeGreaterThan(4);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(3000);
    const back = sections.map((s) => s.text.text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).join("\n");
    expect(back.trim().split(/\s+/)).toEqual(text.trim().split(/\s+/));
  });

  it("cuts a line with no spaces without breaking a character in two", () => {
    const [m] = renderReply({ kind: "text", text: "😀".repeat(2000) });
    const sections = m!.blocks as any[];
    expect(sections.map((s) => s.text.text).join("")).toBe("😀".repeat(2000));
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(3000);
  });

  it("puts choices as buttons five to an actions block, with the choice id as value and action ids unique in the message", () => {
    const [m] = renderReply({ kind: "choices", text: "Which?", choices: choices(12) });
    const actions = m!.blocks.filter((b) => b.type === "actions") as any[];
    expect(actions.map((a) => a.elements.length)).toEqual([5, 5, 2]);
    const buttons = buttonsIn(m!.blocks);
    expect(buttons.map((b: any) => b.value)).toEqual(choices(12).map((c) => c.id));
    expect(new Set(buttons.map((b: any) => b.action_id)).size).toBe(12);
    expect(new Set(actions.map((a) => a.block_id)).size).toBe(3);
    expect(buttons[0]).toEqual({ type: "button", action_id: "choice:0", text: { type: "plain_text", text: "Option 0", emoji: true }, value: "a:o0" });
  });

  it("never puts more than 25 buttons in one actions block", () => {
    for (const b of actionsOf(choices(60)) as any[]) expect(b.elements.length).toBeLessThanOrEqual(25);
  });

  it("shortens a label past Slack's 75 characters and marks the cut", () => {
    const [b] = buttonsIn(actionsOf([{ id: "a:x", label: "x".repeat(100) }]));
    expect([...b.text.text]).toHaveLength(MAX_BUTTON_LABEL);
    expect(b.text.text.endsWith("…")).toBe(true);
  });

  it("keeps buttons on the last message of a long question", () => {
    const messages = renderReply({ kind: "choices", text: "word ".repeat(8000), choices: choices(2) });
    expect(messages.length).toBeGreaterThan(1);
    expect(buttonsIn(messages.at(-1)!.blocks)).toHaveLength(2);
    for (const m of messages.slice(0, -1)) expect(buttonsIn(m.blocks)).toHaveLength(0);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(50);
  });

  it("gives buttons without a question a line to hang on, and drops an empty text", () => {
    expect(renderReply({ kind: "choices", text: "", choices: choices(1) })[0]!.text).toBe("…");
    expect(renderReply({ kind: "text", text: "  " })).toEqual([]);
  });

  it("renders a result card as sections after a divider, with its text for notifications", () => {
    const card: Reply = { kind: "result", text: "Your estimated results:\n1. Data & compute: up to CNY 500,000", items: [], total: "", totalCNY: "0", disclaimer: "" };
    const [m] = renderReplies([card]);
    expect(m!.blocks[0]).toEqual({ type: "divider" });
    expect((m!.blocks[1] as any).text.text).toContain("Data &amp; compute: up to CNY 500,000");
    expect(m!.text).toContain("CNY 500,000");
  });

  it("closes a pressed question: its buttons go, the chosen label shows under it, escaped", () => {
    const [m] = renderReply({ kind: "choices", text: "Which?", choices: choices(3) });
    const closed = closedBlocks(m!.blocks, "R&D <team>");
    expect(closed.some((b) => b.type === "actions")).toBe(false);
    expect(closed.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "» R&amp;D &lt;team&gt;", verbatim: true }] });
  });
});

describe("Slack's limits on a result card, in every language", () => {
  it("keeps the fallback text under 4,000 characters and each message's block text well under 12,000", async () => {
    const cards = await resultRepliesByLang();
    expect(cards.size).toBe(10);
    for (const [lang, replies] of cards) {
      for (const m of renderReplies(replies)) {
        const blockText = (m.blocks as any[]).reduce((n, b) => n + (b.type === "section" ? b.text.text.length : 0), 0);
        expect(m.text.length, lang).toBeLessThanOrEqual(MAX_FALLBACK_CHARS);
        expect(m.text.length, lang).toBeLessThan(4000);
        expect(blockText, lang).toBeLessThanOrEqual(MAX_MESSAGE_BLOCK_CHARS);
        expect(m.blocks.length, lang).toBeLessThanOrEqual(50);
      }
    }
  });

  it("shortens a long reply's fallback to its start and an ellipsis, never cutting an escape in two", () => {
    const text = Array.from({ length: 300 }, (_, i) => `${i} R&D <costs> & more`).join("\n");
    const messages = renderReply({ kind: "text", text });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.text.length).toBeLessThanOrEqual(MAX_FALLBACK_CHARS);
      expect(m.text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(messages.map((m) => (m.blocks as any[]).map((b) => b.text.text).join("\n")).join("\n")).toContain("299 R&amp;D &lt;costs&gt;");
  });
});
