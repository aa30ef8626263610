import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../../core/text/chinese-numerals.ts";

const read = (s: string): string | null => parseChineseNumber(s)?.toFixed() ?? null;

describe("parseChineseNumber", () => {
  it.each([
    ["十", "10"],
    ["十二", "12"],
    ["二十", "20"],
    ["一百零五", "105"],
    ["一千零五十", "1050"],
    ["五十万", "500000"],
    ["一百二十万", "1200000"],
    ["一亿二千万", "120000000"],
    ["一万亿", "1000000000000"],
    ["两千五百", "2500"],
    ["廿五", "25"],
    ["伍拾万", "500000"],
    ["壹佰贰拾万", "1200000"],
    ["貳萬", "20000"],
    ["二〇二五", "2025"],
    ["零", "0"],
    ["1.2亿", "120000000"],
    ["3千万", "30000000"],
    ["1亿2000万", "120000000"],
  ])("reads %s as %s", (text, value) => {
    expect(read(text)).toBe(value);
  });

  it("reads a last digit one place below the unit before it, as people say amounts", () => {
    expect(read("一万五")).toBe("15000");
    expect(read("两千五")).toBe("2500");
    expect(read("一百二")).toBe("120");
    expect(read("一亿二")).toBe("120000000");
    expect(read("1万5")).toBe("15000");
    expect(read("1万5000")).toBe("15000");
  });

  it("keeps a digit after 零 in its own place", () => {
    expect(read("一万零五")).toBe("10005");
  });

  it("rejects what is not a number", () => {
    expect(read("二十三百")).toBeNull();
    expect(read("五五万")).toBeNull();
    expect(read("十四五")).toBeNull();
    expect(read("万万")).toBeNull();
    expect(read("1万50")).toBeNull();
    expect(read("1万50000")).toBeNull();
    expect(read("三个")).toBeNull();
    expect(read("")).toBeNull();
  });
});
