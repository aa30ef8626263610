import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { parseInteger } from "../../../core/text/integer.ts";

function integer(text: string, lang?: Lang): number | string {
  const r = parseInteger(text, lang);
  return r.ok ? r.value : r.error;
}

describe("parseInteger reads head counts as users type them", () => {
  it.each<[string, Lang | undefined, number]>([
    ["12", undefined, 12],
    ["十二", "zh", 12],
    ["１２", "zh", 12],
    ["๑๒", "th", 12],
    ["໑໒", "lo", 12],
    ["១២", "km", 12],
    ["၁၂", "my", 12],
    ["about 20", "en", 20],
    ["20人", "zh", 20],
    ["约20人左右", "zh", 20],
    ["二十名员工", "zh", 20],
    ["20 people", "en", 20],
    ["2万", "zh", 20000],
    ["1,200", "en", 1200],
    ["1.200", "id", 1200],
    ["1.5k", "en", 1500],
    ["khoảng 20 người", "vi", 20],
    ["20 คน", "th", 20],
    ["sekitar 20 orang", "id", 20],
    ["20 pekerja", "ms", 20],
    ["mga 20 tao", "fil", 20],
    ["២០ នាក់", "km", 20],
    ["20 ຄົນ", "lo", 20],
    ["၂၀ ယောက်", "my", 20],
    ["100 PFlops", "en", 100],
    ["0", undefined, 0],
  ])("%s (%s) is %d", (text, lang, expected) => {
    expect(integer(text, lang)).toBe(expected);
  });

  it.each<[string, Lang | undefined, string]>([
    ["", undefined, "empty"],
    ["1.5", "en", "not_integer"],
    ["2,5", "vi", "not_integer"],
    ["-3", "en", "negative"],
    ["many", "en", "not_a_number"],
    ["20元", "zh", "not_a_number"],
    ["1.200", "en", "ambiguous"],
    ["20多人", "zh", "ambiguous"],
    ["99999999999999999999", undefined, "too_large"],
  ])("%s (%s) is refused as %s", (text, lang, expected) => {
    expect(integer(text, lang)).toBe(expected);
  });

  it("never throws on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          parseInteger(s, "zh");
        }),
      );
    }
  });

  it("reads back any safe integer, in ASCII or Burmese digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(integer(String(n))).toBe(n);
        expect(integer(n.toLocaleString("my-MM"), "my")).toBe(n);
      }),
    );
  });
});
