import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clauseMentions } from "../../../core/text/clause-mentions.ts";

describe("clauseMentions", () => {
  it.each([
    ["符合（十三）的条件", ["m13"]],
    ["见(13)", ["m13"]],
    ["第十三条和第5条", ["m13", "m05"]],
    ["措施十三", ["m13"]],
    ["m13", ["m13"]],
    ["See clause 13.", ["m13"]],
    ["Measure No. 7 and measures 13 and 14", ["m07", "m13", "m14"]],
    ["clauses 1 to 4", ["m01", "m02", "m03", "m04"]],
    ["m01–m04", ["m01", "m02", "m03", "m04"]],
    ["Điều 13", ["m13"]],
    ["khoản 13", ["m13"]],
    ["biện pháp số 9", ["m09"]],
    ["ข้อ 13", ["m13"]],
    ["ข้อที่ ๑๓", ["m13"]],
    ["มาตรการที่ 9", ["m09"]],
    ["Pasal 13", ["m13"]],
    ["Pasal 2, 3 dan 4", ["m02", "m03", "m04"]],
    ["Perkara 13", ["m13"]],
    ["Seksyen 13", ["m13"]],
    ["Artikulo 13", ["m13"]],
    ["មាត្រា ១៣", ["m13"]],
    ["វិធានការទី ៩", ["m09"]],
    ["ມາດຕາ 13", ["m13"]],
    ["ຂໍ້ 13", ["m13"]],
    ["ပုဒ်မ ၁၃", ["m13"]],
  ])("finds the measure in %s", (text, ids) => {
    expect(clauseMentions(text)).toEqual(ids);
  });

  it("lists each measure once, in order of first mention", () => {
    expect(clauseMentions("(5) doubles (1); see clause 5 again and m01")).toEqual(["m05", "m01"]);
  });

  it("reads a worded number followed by an amount as an amount, not a clause", () => {
    expect(clauseMentions("khoản 30 triệu")).toEqual([]);
    expect(clauseMentions("khoản 3 triệu")).toEqual([]);
  });

  it("names no measure for numbers outside 1-22", () => {
    expect(clauseMentions("第二十五条, clause 30, m23, (2025)")).toEqual([]);
  });

  it("ignores words that only contain a clause word", () => {
    expect(clauseMentions("ข้อมูล 2 ชุด, điều kiện 3, subclause")).toEqual([]);
  });

  it("never throws on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          clauseMentions(s);
        }),
      );
    }
  });
});
