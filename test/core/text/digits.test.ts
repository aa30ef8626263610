import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeDigits, normalizeDigitsMapped } from "../../../core/text/digits.ts";

describe("normalizeDigits", () => {
  it.each([
    ["Thai", "๐๑๒๓๔๕๖๗๘๙"],
    ["Lao", "໐໑໒໓໔໕໖໗໘໙"],
    ["Khmer", "០១២៣៤៥៦៧៨៩"],
    ["Burmese", "၀၁၂၃၄၅၆၇၈၉"],
    ["full-width", "０１２３４５６７８９"],
    ["Devanagari", "०१२३४५६७८९"],
    ["Arabic-Indic", "٠١٢٣٤٥٦٧٨٩"],
    ["Burmese Shan", "႐႑႒႓႔႕႖႗႘႙"],
    ["mathematical bold", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"],
    ["mathematical monospace", "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿"],
  ])("turns %s digits into 0-9", (_script, digits) => {
    expect(normalizeDigits(digits)).toBe("0123456789");
  });

  it("turns full-width punctuation, the full-width yuan sign and wide spaces into ASCII", () => {
    expect(normalizeDigits("１，２００．５０％")).toBe("1,200.50%");
    expect(normalizeDigits("￥３０万")).toBe("¥30万");
    expect(normalizeDigits("1\u00a0200\u202f000\u3000元")).toBe("1 200 000 元");
  });

  it("leaves letters of every script alone", () => {
    const text = "ກ ก ក က abc 中文 ạ ố";
    expect(normalizeDigits(text)).toBe(text);
  });

  it("reads digits inside words", () => {
    expect(normalizeDigits("๓ ล้าน")).toBe("3 ล้าน");
    expect(normalizeDigits("ပုဒ်မ ၁၃")).toBe("ပုဒ်မ 13");
  });

  it("knows where each normalised character came from, even for two-unit digits", () => {
    const mapped = normalizeDigitsMapped("a𝟏𝟐b");
    expect(mapped.text).toBe("a12b");
    expect(mapped.origin).toEqual([0, 1, 3, 5, 6]);
  });

  it("never throws, never lengthens, and keeps ASCII text as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = normalizeDigits(s);
        expect(out.length).toBeLessThanOrEqual(s.length);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (s) => normalizeDigits(s) === s));
  });
});
