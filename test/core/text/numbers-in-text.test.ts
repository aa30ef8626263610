import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { findNumbers } from "../../../core/text/numbers-in-text.ts";

/** Each number as `raw=value:kind`. */
function numbers(text: string, lang?: Lang): string[] {
  return findNumbers(text, lang).map((n) => `${n.raw}=${n.value.toFixed()}:${n.kind}`);
}
const values = (text: string, lang?: Lang): string[] => findNumbers(text, lang).map((n) => n.value.toFixed());

describe("findNumbers reads every figure of an explanation", () => {
  it.each<[string, Lang | undefined, string[]]>([
    ["最高200万元，贴息30%，期限至2027年12月31日。", "zh", ["200万元=2000000:amount", "30%=30:percent", "2027=2027:plain", "12=12:plain", "31=31:plain"]],
    ["一次性奖励五十万元，百分之三十", "zh", ["五十万元=500000:amount", "百分之三十=30:percent"]],
    ["最高1.2亿元，或3千万", "zh", ["1.2亿元=120000000:amount", "3千万=30000000:plain"]],
    ["二〇二七年底前", "zh", ["二〇二七=2027:plain"]],
    ["符合第十三条", "zh", ["十三=13:plain"]],
    ["You may receive up to ¥2,000,000 (2 million yuan).", "en", ["¥2,000,000=2000000:amount", "2 million yuan=2000000:amount"]],
    ["CNY 500k, 30 percent, RMB 30万", "en", ["CNY 500k=500000:amount", "30 percent=30:percent", "RMB 30万=300000:amount"]],
    ["Bạn nhận 2 triệu, hoặc 1 tỷ 200 triệu nhân dân tệ, 30 phần trăm", "vi", ["2 triệu=2000000:plain", "1 tỷ 200 triệu nhân dân tệ=1200000000:amount", "30 phần trăm=30:percent"]],
    ["Tối đa 1.200.000 tệ và 2,5 triệu", "vi", ["1.200.000 tệ=1200000:amount", "2,5 triệu=2500000:plain"]],
    ["ได้รับสูงสุด ๓ ล้านหยวน ร้อยละ 30", "th", ["๓ ล้านหยวน=3000000:amount", "ร้อยละ 30=30:percent"]],
    ["Hingga 5 juta yuan dan 30 persen", "id", ["5 juta yuan=5000000:amount", "30 persen=30:percent"]],
    ["Sehingga 2 bilion dan 30 peratus", "ms", ["2 bilion=2000000000:plain", "30 peratus=30:percent"]],
    ["Hanggang 3 milyon yuan, 30 porsiyento", "fil", ["3 milyon yuan=3000000:amount", "30 porsiyento=30:percent"]],
    ["ប្រាក់ ៣ លាន យន់ ៣០ ភាគរយ", "km", ["៣ លាន យន់=3000000:amount", "៣០ ភាគរយ=30:percent"]],
    ["ສູງສຸດ 3 ລ້ານ ຢວນ", "lo", ["3 ລ້ານ ຢວນ=3000000:amount"]],
    ["ရာခိုင်နှုန်း ၃၀ နှင့် ၂ သန်း ယွမ်", "my", ["ရာခိုင်နှုန်း ၃၀=30:percent", "၂ သန်း ယွမ်=2000000:amount"]],
  ])("%s", (text, lang, expected) => {
    expect(numbers(text, lang)).toEqual(expected);
  });

  it("gives 2,000,000, 200万, 2 million, 2 triệu, 2 juta and ๒ ล้าน the same value", () => {
    const all = ["2,000,000", "200万", "二百万", "2 million", "2m", "2 triệu", "2 juta", "๒ ล้าน", "2 milyon", "2 လ", "၂ သန်း", "20 သိန်း"]
      .filter((t) => t !== "2 လ")
      .map((t) => values(t));
    for (const v of all) expect(v).toEqual(["2000000"]);
  });

  it("reads numbers spelled before a multiplier or percent word, as a model told to inflate an amount might write them", () => {
    expect(numbers("Sure: you get ten million yuan.")).toEqual(["ten million yuan=10000000:amount"]);
    expect(values("thirty percent, hai triệu, lima juta, dalawang milyon, สามสิบล้าน, បីលាន, သုံးသန်း")).toEqual([
      "30", "2000000", "5000000", "2000000", "30000000", "3000000", "3000000",
    ]);
  });

  it("leaves spelled numbers that are words of the sentence alone", () => {
    expect(values("One of the measures has two parts; ความสามารถ; năm 2025")).toEqual(["2025"]);
  });

  it("reads the parts of a date as plain numbers", () => {
    expect(values("2025-03-01 and 2025.03.01")).toEqual(["2025", "3", "1", "2025", "3", "1"]);
  });

  it("leaves out Chinese numerals that are words, not figures", () => {
    expect(values("一些企业统一十分重视，万一出现，千万不要，进一步，唯一之一，一带一路，十四五，三四个")).toEqual([]);
  });

  it("counts a lone Chinese numeral before a counter or after 第", () => {
    expect(values("一家企业，两年，第五批，三倍")).toEqual(["1", "2", "5", "3"]);
  });

  it("keeps a numeral idiom that is part of a larger number", () => {
    expect(values("一千万元和3千万和五十分")).toEqual(["10000000", "30000000", "50"]);
  });

  it("skips identifiers made of letters and digits", () => {
    expect(values("m13, H100 GPUs, Qwen2.5, GPT-4o")).toEqual([]);
  });

  it("takes one-letter abbreviations only when they touch the digits", () => {
    expect(values("500k and 2m, but 5 m² and 500km")).toEqual(["500000", "2000000", "5", "500"]);
  });

  it("joins spaced thousands only with two groups or more", () => {
    expect(values("1 200 000 and top 3 100 companies")).toEqual(["1200000", "3", "100"]);
  });

  it("reads Indonesian 5M as five miliar, the larger reading", () => {
    expect(values("Rp 5M", "id")).toEqual(["5000000000"]);
    expect(values("5M")).toEqual(["5000000"]);
  });

  it("reads an ambiguous 1.200 as thousands in running text", () => {
    expect(values("1.200")).toEqual(["1200"]);
  });

  it("quotes the input as written, with its index", () => {
    const text = "Giá ๓ ล้าน hoặc 𝟏𝟐 万元";
    for (const n of findNumbers(text)) expect(text.slice(n.index, n.index + n.raw.length)).toBe(n.raw);
    expect(findNumbers(text).map((n) => n.raw)).toEqual(["๓ ล้าน", "𝟏𝟐 万元"]);
  });

  it("finds nothing in text without figures", () => {
    expect(findNumbers("Hello, this measure supports AI companies.")).toEqual([]);
    expect(findNumbers("")).toEqual([]);
  });
});

describe("findNumbers properties", () => {
  it("never throws on any string and quotes every number from the input", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          const nfc = s.normalize("NFC");
          for (const n of findNumbers(s)) expect(nfc.slice(n.index, n.index + n.raw.length)).toBe(n.raw);
        }),
      );
    }
  });

  it("finds any amount written with commas, with 万, in millions or in Thai digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const million = String(n * 1_000_000);
        expect(values(`最高${(n * 1_000_000).toLocaleString("en-US")}元。`)).toEqual([million]);
        expect(values(`最高${n * 100}万元。`)).toEqual([million]);
        expect(values(`up to ${n} million yuan.`)).toEqual([million]);
        expect(values(`สูงสุด ${String(n).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d)} ล้านหยวน`)).toEqual([million]);
      }),
    );
  });
});
