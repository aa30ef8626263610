import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sizeOf, splitLines } from "../../../bots/kit/split-lines.ts";

const units = (ch: string) => ch.length;

describe("splitting long text for a platform's limit", () => {
  it("keeps text that fits whole, and drops blank text", () => {
    expect(splitLines("short", 10, units)).toEqual(["short"]);
    expect(splitLines("   ", 10, units)).toEqual([]);
  });

  it("cuts on line breaks first, then on spaces", () => {
    expect(splitLines("aaaa\nbbbb\ncccc", 9, units)).toEqual(["aaaa\nbbbb", "cccc"]);
    expect(splitLines("one two three four", 9, units)).toEqual(["one two", "three", "four"]);
  });

  it("never cuts inside an emoji, and counts as the platform does", () => {
    const parts = splitLines("😀".repeat(10), 5, units);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(5);
    expect(parts.join("")).toBe("😀".repeat(10));
    const escaped = (ch: string) => (ch === "&" ? 5 : ch.length);
    expect(splitLines("&&&&", 10, escaped)).toEqual(["&&", "&&"]);
  });

  it("keeps every part within the limit and every character of the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (text, max) => {
        const parts = splitLines(text, max, units);
        for (const p of parts) expect(sizeOf(p, units)).toBeLessThanOrEqual(max);
        expect(parts.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
    );
  });
});
