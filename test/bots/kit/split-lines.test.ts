import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clustersOf, sizeOf, splitLines } from "../../../bots/kit/split-lines.ts";

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

  it("never cuts inside a Thai, Khmer, Lao or Burmese cluster, so no part starts with a mark on a dotted circle", () => {
    const samples = {
      th: "ผู้ประกอบการที่จดทะเบียนในหนานหนิงได้รับการสนับสนุน",
      km: "សហគ្រាសដែលបានចុះបញ្ជីនៅណាននីងទទួលបានការគាំទ្រ",
      lo: "ວິສາຫະກິດທີ່ຈົດທະບຽນຢູ່ໜານໜິງໄດ້ຮັບການສະໜັບສະໜູນ",
      my: "နန်နင်းတွင်မှတ်ပုံတင်ထားသောလုပ်ငန်းများအတွက်ထောက်ပံ့မှု",
    };
    for (const text of Object.values(samples)) {
      const clusters = clustersOf(text);
      // Each unit is at least a whole grapheme cluster, and none starts with a mark.
      expect(clusters.join("")).toBe(text);
      for (const c of clusters) expect(c).not.toMatch(/^\p{M}/u);
      const longest = Math.max(...clusters.map((c) => c.length));
      for (let max = longest; max <= longest + 10; max++) {
        const parts = splitLines(text, max, units);
        expect(parts.join("")).toBe(text);
        for (const p of parts) {
          expect(p).not.toMatch(/^\p{M}/u);
          expect(sizeOf(p, units)).toBeLessThanOrEqual(max);
        }
        // Every boundary between parts is a boundary between clusters.
        let at = 0;
        const boundaries = new Set(clusters.map((c) => (at += c.length)));
        let cut = 0;
        for (const p of parts.slice(0, -1)) expect(boundaries.has((cut += p.length))).toBe(true);
      }
    }
  });

  it("cuts a cluster larger than the limit between code points rather than sending it over the limit", () => {
    const pile = `a${"\u0301".repeat(10)}`;
    const parts = splitLines(pile, 4, units);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4);
    expect(parts.join("")).toBe(pile);
  });
});
