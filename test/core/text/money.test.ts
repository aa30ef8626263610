import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { parseMoney } from "../../../core/text/money.ts";

/** The amount as a plain decimal string, or the error code (with its hint). */
function money(text: string, lang?: Lang): string {
  const r = parseMoney(text, lang);
  if (r.ok) return r.value.toFixed();
  return r.hint ? `${r.error}/${r.hint}` : r.error;
}

/** Writes an integer below 10^12 in Chinese numerals, the way a cheque does. */
function toChinese(n: number): string {
  const digits = "零一二三四五六七八九";
  const section = (m: number): string => {
    let out = "";
    let zero = false;
    String(m)
      .padStart(4, "0")
      .split("")
      .forEach((ch, i) => {
        const d = Number(ch);
        if (d === 0) {
          if (out) zero = true;
          return;
        }
        if (zero) out += "零";
        zero = false;
        out += (digits[d] ?? "") + (["千", "百", "十", ""][i] ?? "");
      });
    return out;
  };
  if (n === 0) return "零";
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = yi ? `${section(yi)}亿` : "";
  if (wan) out += (out && wan < 1000 ? "零" : "") + `${section(wan)}万`;
  if (rest) out += (out && rest < 1000 ? "零" : "") + section(rest);
  return out;
}

describe("parseMoney reads amounts as users type them", () => {
  it.each<[string, Lang | undefined, string]>([
    // zh
    ["50万", "zh", "500000"],
    ["50万元", "zh", "500000"],
    ["五十万元", "zh", "500000"],
    ["一百二十万", "zh", "1200000"],
    ["1.2亿", "zh", "120000000"],
    ["一亿二千万", "zh", "120000000"],
    ["三十万块", "zh", "300000"],
    ["一万五", "zh", "15000"],
    ["伍拾万元整", "zh", "500000"],
    ["RMB 30万", "zh", "300000"],
    ["人民币300万元", "zh", "3000000"],
    ["300000元", "zh", "300000"],
    ["约50万左右", "zh", "500000"],
    ["５０万", "zh", "500000"],
    ["50w", "zh", "500000"],
    ["¥300,000", "zh", "300000"],
    ["￥３００，０００", "zh", "300000"],
    // en
    ["500k", "en", "500000"],
    ["500K", "en", "500000"],
    ["2 million", "en", "2000000"],
    ["2m", "en", "2000000"],
    ["2.5 million yuan", "en", "2500000"],
    ["1,200,000", "en", "1200000"],
    ["1 200 000", "en", "1200000"],
    ["CNY 300000", "en", "300000"],
    ["about 1.5 million", "en", "1500000"],
    ["¥ 300,000.00", "en", "300000"],
    ["1 billion", "en", "1000000000"],
    ["0", "en", "0"],
    // vi
    ["2 triệu", "vi", "2000000"],
    ["2,5 triệu", "vi", "2500000"],
    ["500 nghìn", "vi", "500000"],
    ["500 ngàn", "vi", "500000"],
    ["1 tỷ", "vi", "1000000000"],
    ["1 tỉ", "vi", "1000000000"],
    ["1 tỷ 2", "vi", "1200000000"],
    ["1 tỷ 200 triệu", "vi", "1200000000"],
    ["2tr", "vi", "2000000"],
    ["1.200.000", "vi", "1200000"],
    ["1.200.000,50", "vi", "1200000.5"],
    ["khoảng 3 triệu nhân dân tệ", "vi", "3000000"],
    // id
    ["5 juta", "id", "5000000"],
    ["2,5 juta", "id", "2500000"],
    ["500 ribu", "id", "500000"],
    ["1 miliar", "id", "1000000000"],
    ["1.200.000", "id", "1200000"],
    ["5 ratus ribu", "id", "500000"],
    ["sekitar 5 jt", "id", "5000000"],
    // ms
    ["5 juta", "ms", "5000000"],
    ["500 ribu", "ms", "500000"],
    ["2 bilion", "ms", "2000000000"],
    ["1,200,000", "ms", "1200000"],
    // fil
    ["2 milyon", "fil", "2000000"],
    ["500 libo", "fil", "500000"],
    ["mga 3 milyon", "fil", "3000000"],
    // th
    ["3 ล้าน", "th", "3000000"],
    ["5 แสน", "th", "500000"],
    ["2 หมื่น", "th", "20000"],
    ["๓ ล้าน", "th", "3000000"],
    ["๓ ล้าน ๕ แสน", "th", "3500000"],
    ["1 พันล้าน", "th", "1000000000"],
    ["ประมาณ 3 ล้านหยวน", "th", "3000000"],
    ["๑,๒๐๐,๐๐๐", "th", "1200000"],
    // lo
    ["3 ລ້ານ", "lo", "3000000"],
    ["໓ ລ້ານ", "lo", "3000000"],
    ["5 ແສນ", "lo", "500000"],
    // km
    ["3 លាន", "km", "3000000"],
    ["៣ លាន", "km", "3000000"],
    ["5 សែន", "km", "500000"],
    // my
    ["၅၀ သိန်း", "my", "5000000"],
    ["သိန်း ၅၀", "my", "5000000"],
    ["၂ သန်း", "my", "2000000"],
    ["3 သန်း", "my", "3000000"],
  ])("%s (%s) is %s", (text, lang, expected) => {
    expect(money(text, lang)).toBe(expected);
  });
});

describe("parseMoney reads small numbers spelled before a multiplier", () => {
  it.each<[string, Lang, string]>([
    ["two million", "en", "2000000"],
    ["a million", "en", "1000000"],
    ["twenty-five million", "en", "25000000"],
    ["two hundred thousand", "en", "200000"],
    ["hai triệu", "vi", "2000000"],
    ["lima juta", "id", "5000000"],
    ["sejuta", "ms", "1000000"],
    ["seratus ribu", "ms", "100000"],
    ["dalawang milyon", "fil", "2000000"],
    ["apat na milyon", "fil", "4000000"],
    ["สามล้าน", "th", "3000000"],
    ["สามสิบล้านหยวน", "th", "30000000"],
    ["ສາມລ້ານ", "lo", "3000000"],
    ["បីលាន", "km", "3000000"],
    ["သုံးသန်း", "my", "3000000"],
    ["ငါးဆယ် သိန်း", "my", "5000000"],
  ])("%s (%s) is %s", (text, lang, expected) => {
    expect(money(text, lang)).toBe(expected);
  });

  it("does not read a spelled number alone: hai is also hi, and ba starts baht", () => {
    expect(money("hai", "vi")).toBe("not_a_number");
    expect(money("two", "en")).toBe("not_a_number");
    expect(money("a", "en")).toBe("not_a_number");
  });
});

describe("parseMoney decides what a lone separator means by language", () => {
  it("reads 1,200 as 1,200 in comma-grouping languages and with no language", () => {
    expect(money("1,200", "en")).toBe("1200");
    expect(money("1,200", "zh")).toBe("1200");
    expect(money("1,200")).toBe("1200");
  });

  it("reads 1.200 as 1,200 in Indonesian, Vietnamese and Lao", () => {
    expect(money("1.200", "id")).toBe("1200");
    expect(money("1.200", "vi")).toBe("1200");
    expect(money("1.200", "lo")).toBe("1200");
  });

  it("asks again when a separator could be read either way", () => {
    expect(money("1.200", "en")).toBe("ambiguous/separator");
    expect(money("1.200")).toBe("ambiguous/separator");
    expect(money("1,200", "vi")).toBe("ambiguous/separator");
  });

  it("reads a separator before one or two digits as a decimal sign in every language", () => {
    expect(money("1.5", "en")).toBe("1.5");
    expect(money("1,5", "id")).toBe("1.5");
    expect(money("1,5 triệu", "en")).toBe("1500000");
  });
});

describe("parseMoney refuses what is not an amount in CNY", () => {
  it.each<[string, Lang | undefined, string]>([
    ["", undefined, "empty"],
    ["   ", undefined, "empty"],
    ["none", "en", "not_a_number"],
    ["无", "zh", "not_a_number"],
    ["没有", "zh", "not_a_number"],
    ["không có", "vi", "not_a_number"],
    ["a lot", "en", "not_a_number"],
    ["50万 per year", "en", "not_a_number"],
    ["30%", "en", "not_a_number"],
    ["50万-100万", "zh", "not_a_number"],
    ["1,20,000", "en", "not_a_number"],
    ["-500", "en", "negative"],
    ["−500", "en", "negative"],
    ["负50万", "zh", "negative"],
    ["2万亿", "zh", "too_large"],
    ["1,000,000,000,001", "en", "too_large"],
    ["$500", "en", "ambiguous/currency"],
    ["5 juta rupiah", "id", "ambiguous/currency"],
    ["3 ล้านบาท", "th", "ambiguous/currency"],
    ["500.000đ", "vi", "ambiguous/currency"],
    ["RM 5 juta", "ms", "ambiguous/currency"],
    ["1M", "id", "ambiguous/multiplier"],
    ["2 triệu 500", "vi", "ambiguous/multiplier"],
    ["50多万", "zh", "ambiguous/vague"],
    ["十几万", "zh", "ambiguous/vague"],
    ["500k+", "en", "ambiguous/vague"],
    ["more than 2 million", "en", "ambiguous/vague"],
  ])("%s (%s) is %s", (text, lang, expected) => {
    expect(money(text, lang)).toBe(expected);
  });

  it("accepts exactly 10^12 CNY and nothing above", () => {
    expect(money("1万亿")).toBe("1000000000000");
    expect(money("1000000000000.01")).toBe("too_large");
  });
});

describe("parseMoney properties", () => {
  it("never throws on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, fc.constantFrom<Lang | undefined>(undefined, "zh", "en", "vi", "id", "th", "my"), (s, lang) => {
          parseMoney(s, lang);
        }),
      );
    }
  });

  it("never throws on strings made of number parts", () => {
    const part = fc.constantFrom("1", "20", "300", ",", ".", " ", "万", "亿", "十", "百", "零", "k", "million", "triệu", "ล้าน", "-", "元", "¥", "多");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        parseMoney(parts.join(""));
      }),
    );
  });

  const amount = fc.bigInt({ min: 0n, max: 10n ** 12n });

  it("reads back any integer amount written with comma thousands", () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(money(n.toLocaleString("en-US"), "en")).toBe(n.toString());
        expect(money(`¥${n.toLocaleString("en-US")}`)).toBe(n.toString());
      }),
    );
  });

  it("reads back any integer amount written with dot thousands in Indonesian and Vietnamese", () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(money(n.toLocaleString("id-ID"), "id")).toBe(n.toString());
        expect(money(n.toLocaleString("vi-VN"), "vi")).toBe(n.toString());
      }),
    );
  });

  it("reads back any amount written with 万", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        expect(money(`${n}万`)).toBe(String(n * 10_000));
        expect(money(`${n}万元`)).toBe(String(n * 10_000));
      }),
    );
  });

  it("reads back any integer amount written in Thai digits", () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(money(n.toLocaleString("th-TH-u-nu-thai"), "th")).toBe(n.toString());
        expect(money(n.toString().replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d), "th")).toBe(n.toString());
      }),
    );
  });

  it("reads back any integer amount written in Chinese numerals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(money(`${toChinese(n)}元`)).toBe(String(n));
      }),
    );
  });

  it("reads back any amount in millions with a decimal comma or dot", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 }), (m, tenth) => {
        const expected = String(m * 1_000_000 + tenth * 100_000);
        expect(money(`${m},${tenth} triệu`, "vi")).toBe(expected);
        expect(money(`${m}.${tenth} million`, "en")).toBe(expected);
        expect(money(`${m},${tenth} juta`, "id")).toBe(expected);
      }),
    );
  });
});
