import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { parseDecimal, parsePercent } from "../../../core/text/percent.ts";

function rate(text: string, lang?: Lang): string {
  const r = parsePercent(text, lang);
  return r.ok ? r.value.toFixed() : r.error;
}

function decimal(text: string, lang?: Lang): string {
  const r = parseDecimal(text, lang);
  return r.ok ? r.value.toFixed() : r.error;
}

describe("parsePercent gives rates as fractions of 1", () => {
  it.each<[string, Lang | undefined, string]>([
    ["3.5%", "en", "0.035"],
    ["3.5 percent", "en", "0.035"],
    ["3,5%", "vi", "0.035"],
    ["3,5 phần trăm", "vi", "0.035"],
    ["百分之三", "zh", "0.03"],
    ["３．５％", "zh", "0.035"],
    ["ร้อยละ 3.5", "th", "0.035"],
    ["๓.๕ เปอร์เซ็นต์", "th", "0.035"],
    ["3,5 persen", "id", "0.035"],
    ["3.5 peratus", "ms", "0.035"],
    ["3.5 porsiyento", "fil", "0.035"],
    ["៣.៥ ភាគរយ", "km", "0.035"],
    ["3,5 ເປີເຊັນ", "lo", "0.035"],
    ["ရာခိုင်နှုန်း ၃.၅", "my", "0.035"],
    ["3.5", "en", "0.035"],
    ["0.035", "en", "0.035"],
    ["0.5%", "en", "0.005"],
    ["100%", "en", "1"],
    ["about 4%", "en", "0.04"],
  ])("%s (%s) is %s", (text, lang, expected) => {
    expect(rate(text, lang)).toBe(expected);
  });

  it.each<[string, string]>([
    ["", "empty"],
    ["150%", "out_of_range"],
    ["-3%", "negative"],
    ["high", "not_a_number"],
  ])("refuses %s as %s", (text, expected) => {
    expect(rate(text, "en")).toBe(expected);
  });
});

describe("parseDecimal", () => {
  it.each<[string, Lang | undefined, string]>([
    ["99.5", "en", "99.5"],
    ["1,000", "en", "1000"],
    ["99,5", "id", "99.5"],
    ["๙๙.๕", "th", "99.5"],
    ["about 120", "en", "120"],
  ])("reads %s (%s) as %s", (text, lang, expected) => {
    expect(decimal(text, lang)).toBe(expected);
  });

  it("refuses text, negatives and ambiguous separators", () => {
    expect(decimal("lots", "en")).toBe("not_a_number");
    expect(decimal("-1", "en")).toBe("negative");
    expect(decimal("1.500", "en")).toBe("ambiguous");
  });
});

describe("percent and decimal properties", () => {
  it("never throw on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          parsePercent(s, "vi");
          parseDecimal(s, "vi");
        }),
      );
    }
  });

  it("read back any percentage with two decimals written with a % sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const written = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}%`;
        expect(parsePercent(written, "en")).toMatchObject({ ok: true });
        const r = parsePercent(written, "en");
        if (r.ok) expect(r.value.times(10_000).toNumber()).toBe(hundredths);
      }),
    );
  });
});
