import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitUtf8 } from "../../../bots/wechat-adapter/split.ts";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

describe("splitting replies by UTF-8 bytes", () => {
  it("leaves a short reply whole and gives no part for empty text", () => {
    expect(splitUtf8("您好")).toEqual(["您好"]);
    expect(splitUtf8("")).toEqual([]);
  });

  it("counts a Chinese character as three bytes, not one", () => {
    const text = "南".repeat(1000); // 1,000 characters but 3,000 bytes
    const parts = splitUtf8(text);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => bytes(p) <= 2000)).toBe(true);
    expect(parts.join("")).toBe(text);
  });

  it("never cuts an emoji, a flag or a family sequence in half", () => {
    const family = "👨‍👩‍👧‍👦"; // 25 bytes, one grapheme
    const text = `${"😀🇨🇳".repeat(100)}${family.repeat(20)}`;
    const parts = splitUtf8(text, 30);
    expect(parts.join("")).toBe(text);
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(30);
      // No lone surrogate: re-encoding would change the part.
      expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
    }
    expect(parts.filter((p) => p.includes("\u200d")).every((p) => p === family)).toBe(true);
  });

  it("prefers to end a part at a line break", () => {
    const paragraph = `${"中".repeat(400)}\n`; // 1,201 bytes
    const parts = splitUtf8(paragraph.repeat(3));
    expect(parts).toEqual([paragraph, paragraph, paragraph]);
  });

  it("ends a part after a full stop when no line break is near", () => {
    const sentence = `${"中".repeat(299)}。`; // 900 bytes
    const parts = splitUtf8(sentence.repeat(3));
    expect(parts[0]).toBe(sentence.repeat(2));
  });

  it("does not waste a message on a tiny part just to end at a line break", () => {
    const text = `标题\n${"中".repeat(1000)}`;
    const parts = splitUtf8(text);
    expect(bytes(parts[0]!)).toBeGreaterThan(1900);
  });

  it("cuts an absurdly long grapheme between code points rather than exceed the limit", () => {
    const text = `e${"\u0301".repeat(2000)}`; // one grapheme of 4,001 bytes
    const parts = splitUtf8(text);
    expect(parts.join("")).toBe(text);
    expect(parts.every((p) => bytes(p) <= 2000)).toBe(true);
  });

  it("refuses a limit too small to hold any character", () => {
    expect(() => splitUtf8("x", 3)).toThrow(RangeError);
  });

  it.each(["grapheme", "binary"] as const)("always gives parts within the limit that join back into the text (%s)", (unit) => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 3000 }), fc.integer({ min: 4, max: 2100 }), (text, max) => {
        const parts = splitUtf8(text, max);
        expect(parts.join("")).toBe(text);
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          expect(bytes(part)).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 300 },
    );
  });
});
