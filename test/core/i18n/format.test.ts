import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatClause, formatCny, formatDate, formatDuration, formatNumber, formatPercent, parseHanNumber } from "../../../core/i18n/format.ts";
import { LANGS } from "../../../core/i18n/langs.ts";

/** Any digit that is not ASCII 0–9 (Burmese, Thai, Lao, Khmer, Arabic-Indic…). */
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;

describe("formatCny in Chinese", () => {
  it("writes whole amounts of 万 the way the policy does", () => {
    expect(formatCny("500000", "zh")).toBe("50万元");
    expect(formatCny("2000000", "zh")).toBe("200万元");
    expect(formatCny("50000000", "zh")).toBe("5000万元");
    expect(formatCny("10000", "zh")).toBe("1万元");
  });

  it("writes amounts of at least 1亿 in 亿 when they are whole 百万", () => {
    expect(formatCny("100000000", "zh")).toBe("1亿元");
    expect(formatCny("5000000000", "zh")).toBe("50亿元");
    expect(formatCny("150000000", "zh")).toBe("1.5亿元");
    expect(formatCny("123450000", "zh")).toBe("12345万元");
  });

  it("writes small and uneven amounts in 元 with separators and two decimals when not whole", () => {
    expect(formatCny("12345.67", "zh")).toBe("12,345.67元");
    expect(formatCny("1234.5", "zh")).toBe("1,234.50元");
    expect(formatCny("9999", "zh")).toBe("9,999元");
    expect(formatCny("15000", "zh")).toBe("15,000元");
    expect(formatCny("0", "zh")).toBe("0元");
  });

  it("rounds half up to the fen once, like the rules core", () => {
    expect(formatCny("0.005", "zh")).toBe("0.01元");
    expect(formatCny("499999.995", "zh")).toBe("50万元");
  });
});

describe("formatCny in other languages", () => {
  it("uses the ISO code where the locale puts it, with no decimals for whole amounts", () => {
    expect(formatCny("500000", "en")).toBe("CNY 500,000");
    expect(formatCny("500000", "vi")).toBe("500.000 CNY");
    expect(formatCny("500000", "id")).toBe("CNY 500.000");
    expect(formatCny("500000", "ms")).toBe("CNY 500,000");
    expect(formatCny("500000", "fil")).toBe("CNY 500,000");
  });

  it("shows two decimals for amounts that are not whole", () => {
    expect(formatCny("12345.67", "en")).toBe("CNY 12,345.67");
    expect(formatCny("12345.67", "vi")).toBe("12.345,67 CNY");
    expect(formatCny("12345.67", "id")).toBe("CNY 12.345,67");
    expect(formatCny("1234.5", "en")).toBe("CNY 1,234.50");
  });

  it("formats zero and 1亿 plainly", () => {
    expect(formatCny("0", "en")).toBe("CNY 0");
    expect(formatCny("100000000", "en")).toBe("CNY 100,000,000");
    expect(formatCny("100000000", "vi")).toBe("100.000.000 CNY");
  });

  it("keeps every digit of amounts too large for a float", () => {
    expect(formatCny("12345678901234567.89", "en")).toBe("CNY 12,345,678,901,234,567.89");
  });

  it("accepts a Decimal as well as a string", () => {
    expect(formatCny(new Decimal("2000000"), "en")).toBe("CNY 2,000,000");
  });

  it("keeps ASCII digits in every language, Burmese included", () => {
    for (const lang of LANGS) {
      const s = formatCny("12345.67", lang);
      expect(s, lang).toMatch(/12.345.67/u);
      expect(NON_ASCII_DIGIT.test(s), `${lang}: ${s}`).toBe(false);
    }
  });

  it("hands back something that is not a number unchanged instead of throwing", () => {
    expect(formatCny("n/a", "en")).toBe("n/a");
  });
});

describe("formatNumber", () => {
  it("groups digits the locale's way and keeps the decimals given", () => {
    expect(formatNumber("1234567.5", "en")).toBe("1,234,567.5");
    expect(formatNumber("1234567.5", "vi")).toBe("1.234.567,5");
    expect(formatNumber("1234567.5", "id")).toBe("1.234.567,5");
    expect(formatNumber(new Decimal(500), "zh")).toBe("500");
    expect(formatNumber(0, "fil")).toBe("0");
  });

  it("keeps ASCII digits for Burmese, Thai, Lao and Khmer", () => {
    for (const lang of ["my", "th", "lo", "km"] as const) expect(formatNumber("12345", lang), lang).toMatch(/^12[.,]345$/u);
  });

  it("rounds a decimal longer than Intl takes to 20 places instead of failing", () => {
    expect(formatNumber("0.1234567890123456789012345", "en")).toBe("0.1234567890123456789");
  });
});

describe("formatPercent", () => {
  it("turns rates into percentages", () => {
    expect(formatPercent("0.3", "en")).toBe("30%");
    expect(formatPercent(new Decimal("0.10"), "zh")).toBe("10%");
    expect(formatPercent("0.025", "en")).toBe("2.5%");
    expect(formatPercent("0", "vi")).toBe("0%");
  });

  it("keeps ASCII digits in every language", () => {
    for (const lang of LANGS) expect(formatPercent("0.3", lang), lang).toContain("30");
  });
});

describe("formatClause", () => {
  it("keeps the Chinese clause as printed", () => {
    expect(formatClause("（十三）", "zh")).toBe("（十三）");
    expect(formatClause("十三", "zh")).toBe("（十三）");
  });

  it("numbers the clause in each language's own word", () => {
    expect(formatClause("（十三）", "en")).toBe("Clause 13");
    expect(formatClause("（十三）", "vi")).toBe("Khoản 13");
    expect(formatClause("（二十二）", "id")).toBe("Butir 22");
    expect(formatClause("（一）", "ms")).toBe("Fasal 1");
    expect(formatClause("（二十）", "fil")).toBe("Seksiyon 20");
    expect(formatClause("（十）", "th")).toBe("ข้อ 10");
  });

  it("reads every clause number from one to twenty-two", () => {
    const han = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二"];
    expect(han.map(parseHanNumber)).toEqual(han.map((_, i) => i + 1));
  });

  it("hands back something that is not a clause number unchanged", () => {
    expect(formatClause("scope", "en")).toBe("scope");
    expect(parseHanNumber("")).toBeNull();
  });
});

describe("formatDate", () => {
  it("writes the long date of each locale", () => {
    expect(formatDate("2025-03-01", "zh")).toBe("2025年3月1日");
    expect(formatDate("2025-03-01", "en")).toBe("March 1, 2025");
    expect(formatDate("2027-12-31", "id")).toBe("31 Desember 2027");
  });

  it("keeps Gregorian years and ASCII digits for Thai and Burmese", () => {
    expect(formatDate("2025-03-01", "th")).toContain("2025");
    expect(formatDate("2025-03-01", "my")).toContain("2025");
    expect(NON_ASCII_DIGIT.test(formatDate("2025-03-01", "my"))).toBe(false);
  });

  it("does not shift the day whatever the machine's time zone", () => {
    expect(formatDate("2025-01-01T23:30:00+08:00", "en")).toBe("January 1, 2025");
  });

  it("hands back an invalid date unchanged", () => {
    expect(formatDate("2025-02-30", "en")).toBe("2025-02-30");
    expect(formatDate("soon", "en")).toBe("soon");
  });
});

describe("formatDuration", () => {
  it("uses each locale's own words for years, months and days", () => {
    expect(formatDuration("2", "year", "en")).toBe("2 years");
    expect(formatDuration("1", "year", "en")).toBe("1 year");
    expect(formatDuration("2", "year", "zh")).toBe("2年");
    expect(formatDuration("12", "month", "zh")).toBe("12个月");
    expect(formatDuration("15", "day", "vi")).toBe("15 ngày");
    expect(formatDuration("3", "year", "id")).toBe("3 tahun");
    expect(formatDuration("3", "year", "fil")).toBe("3 taon");
  });

  it("keeps ASCII digits and plain spaces in every language", () => {
    for (const lang of LANGS) {
      const s = formatDuration("15", "day", lang);
      expect(s, lang).toContain("15");
      expect(s, lang).not.toMatch(/[\u00A0\u202F]/u);
    }
  });
});
