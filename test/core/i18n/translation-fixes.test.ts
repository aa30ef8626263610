/**
 * Translation fixes found by readers of each language: each is checked in
 * every language it concerns, on the text a user actually sees.
 */
import { describe, expect, it } from "vitest";
import { formatCny, formatDuration, formatNumber, formatPercent } from "../../../core/i18n/format.ts";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { t } from "../../../core/i18n/messages/index.ts";

describe("the talent-station stay (（三）, 15天)", () => {
  const NIGHTS: Partial<Record<Lang, RegExp>> = { th: /15\s*คืน/u, km: /15\s*យប់/u, lo: /15\s*ຄືນ/u, my: /15\s*ည/u };
  const DAYS: Partial<Record<Lang, string>> = { th: "15 วัน", km: "15 ថ្ងៃ", lo: "15 ມື້", my: "15 ရက်" };

  for (const lang of ["th", "km", "lo", "my"] as const) {
    it(`is counted in days in the ${lang} result line, as in the ${lang} measure text`, () => {
      const line = t(lang, "benefit.talent_station_stay", { q: formatNumber("15", lang) });
      expect(line).toContain(DAYS[lang]);
      expect(line).not.toMatch(NIGHTS[lang]!);
      // The measure text says the same stay in the same unit.
      expect(measureText("m03", lang).summary).toContain(formatDuration("15", "day", lang));
    });
  }
});

describe("Burmese （五）", () => {
  it("names housing support, not a residence permit", () => {
    const summary = measureText("m05", "my").summary;
    expect(summary).not.toContain("နေထိုင်ခွင့်");
    expect(summary).toContain("နေထိုင်စရာနေရာ");
  });
});

describe("（十八） newly hired talent (新招用)", () => {
  it("says newly hired in Malay", () => {
    expect(measureText("m18", "ms").summary).toContain("baru diambil bekerja");
  });

  it("says newly hired in Filipino", () => {
    expect(measureText("m18", "fil").summary).toContain("bagong kinuhang talent");
  });
});

describe("（二十一） the interest subsidy is up to 2 percentage points of the loan rate", () => {
  const POINTS: Record<Lang, string> = {
    zh: "最高2个百分点的利息贴息", en: "up to 2 percentage points of the loan rate", vi: "tối đa 2 điểm phần trăm", th: "สูงสุด 2 จุดเปอร์เซ็นต์",
    id: "2 poin persentase dari suku bunga pinjaman", ms: "2 mata peratusan daripada kadar faedah pinjaman", fil: "2 percentage point ng interest rate",
    km: "អតិបរមា 2 ពិន្ទុភាគរយ", lo: "ສູງສຸດ 2 ຈຸດສ່ວນຮ້ອຍ", my: "အများဆုံး 2 ရာခိုင်နှုန်းအမှတ်",
  };
  const A_YEAR: Record<Lang, RegExp> = {
    zh: /贴息率最高2%/u, en: /2% a year/u, vi: /2% mỗi năm/u, th: /2% ต่อปี/u, id: /2% per tahun/u, ms: /2% setahun/u, fil: /2% kada taon/u,
    km: /2% ក្នុងមួយឆ្នាំ/u, lo: /2% ຕໍ່ປີ/u, my: /တစ်နှစ်လျှင် အများဆုံး 2%/u,
  };
  for (const lang of LANGS) {
    it(`says percentage points in ${lang}`, () => {
      const summary = measureText("m21", lang).summary;
      expect(summary).toContain(POINTS[lang]);
      expect(summary).not.toMatch(A_YEAR[lang]);
      // The 50% share of the interest is still a plain percentage.
      expect(summary).toContain(formatPercent("0.5", lang));
    });
  }
});

describe("Thai amounts", () => {
  it("are written as Thai readers write them, the figure then หยวน", () => {
    expect(formatCny("500000", "th")).toBe("500,000 หยวน");
    expect(formatCny("1234.5", "th")).toBe("1,234.50 หยวน");
    expect(measureText("m02", "th").summary).toContain("500,000 หยวน");
    expect(measureText("m02", "th").summary).not.toContain("CNY");
  });
});

describe("above designated size (规上)", () => {
  const REVENUE: Record<Lang, string> = {
    zh: "年营业收入", en: "annual revenue", vi: "doanh thu hằng năm", th: "รายได้ต่อปี", id: "pendapatan tahunan", ms: "hasil tahunan",
    fil: "taunang kita", km: "ចំណូលប្រចាំឆ្នាំ", lo: "ລາຍຮັບຕໍ່ປີ", my: "နှစ်စဉ်ဝင်ငွေ",
  };
  for (const lang of LANGS) {
    it(`is explained in plain words in ${lang} where it first appears: the measure text and the check's question`, () => {
      expect(measureText("m18", lang).summary).toContain(REVENUE[lang]);
      expect(t(lang, "q.aboveScale")).toContain(REVENUE[lang]);
    });
  }
});
