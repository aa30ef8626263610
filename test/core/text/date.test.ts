import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANG_LOCALES, LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { parseDate } from "../../../core/text/date.ts";

function date(text: string, lang?: Lang, today?: string): string {
  const r = parseDate(text, lang, today);
  if (!r.ok) return r.error;
  return r.note ? `${r.value} (${r.note})` : r.value;
}

describe("parseDate reads dates as users type them", () => {
  it.each<[string, Lang | undefined, string]>([
    // year first, any language
    ["2025-03-01", undefined, "2025-03-01"],
    ["2025/3/1", undefined, "2025-03-01"],
    ["2025.3.1", undefined, "2025-03-01"],
    ["20250301", undefined, "2025-03-01"],
    ["2025-03-01T09:30:00Z", undefined, "2025-03-01"],
    // zh
    ["2025年3月1日", "zh", "2025-03-01"],
    ["2025年3月1号", "zh", "2025-03-01"],
    ["二〇二五年三月一日", "zh", "2025-03-01"],
    ["２０２５年３月１日", "zh", "2025-03-01"],
    ["2025年3月", "zh", "2025-03-01 (first_of_month)"],
    // day first
    ["1/3/2025", "zh", "2025-03-01"],
    ["01.03.2025", "vi", "2025-03-01"],
    ["1-3-25", "id", "2025-03-01"],
    ["15/3/2025", "en", "2025-03-15"],
    ["3/15/2025", "en", "2025-03-15"],
    ["3/15/2025", "vi", "2025-03-15"],
    ["3/2025", undefined, "2025-03-01 (first_of_month)"],
    // en
    ["March 1, 2025", "en", "2025-03-01"],
    ["1 March 2025", "en", "2025-03-01"],
    ["1st of March, 2025", "en", "2025-03-01"],
    ["Mar 1 2025", "en", "2025-03-01"],
    ["March 2025", "en", "2025-03-01 (first_of_month)"],
    // vi
    ["ngày 1 tháng 3 năm 2025", "vi", "2025-03-01"],
    ["1 tháng 3, 2025", "vi", "2025-03-01"],
    ["Ngày 01/03/2025", "vi", "2025-03-01"],
    ["tháng 3/2025", "vi", "2025-03-01 (first_of_month)"],
    // id, ms
    ["1 Maret 2025", "id", "2025-03-01"],
    ["17 Agustus 2025", "id", "2025-08-17"],
    ["tanggal 1 Maret 2025", "id", "2025-03-01"],
    ["1 Mac 2025", "ms", "2025-03-01"],
    ["31 Ogos 2025", "ms", "2025-08-31"],
    ["25 Disember 2025", "ms", "2025-12-25"],
    // fil
    ["Marso 1, 2025", "fil", "2025-03-01"],
    ["ika-1 ng Marso 2025", "fil", "2025-03-01"],
    ["Agosto 15, 2025", "fil", "2025-08-15"],
    // th
    ["1 มีนาคม 2568", "th", "2025-03-01"],
    ["1 มีนาคม พ.ศ. 2568", undefined, "2025-03-01"],
    ["วันที่ 1 มี.ค. 68", "th", "2025-03-01"],
    ["1/3/2568", "th", "2025-03-01"],
    ["๑ มีนาคม ๒๕๖๘", "th", "2025-03-01"],
    ["1 มีนาคม ค.ศ. 2025", "th", "2025-03-01"],
    // km
    ["ថ្ងៃទី ១ ខែមីនា ឆ្នាំ ២០២៥", "km", "2025-03-01"],
    ["1 មីនា 2025", "km", "2025-03-01"],
    // lo
    ["ວັນທີ 1 ເດືອນມີນາ 2025", "lo", "2025-03-01"],
    ["1 ມີນາ 2568", "lo", "2025-03-01"],
    // my
    ["၂၀၂၅ ခုနှစ် မတ်လ ၁ ရက်", "my", "2025-03-01"],
    ["၂၀၂၅ မတ် ၁", "my", "2025-03-01"],
  ])("%s (%s) is %s", (text, lang, expected) => {
    expect(date(text, lang)).toBe(expected);
  });

  it("reads today, yesterday and tomorrow in the ten languages from the given day", () => {
    const today = "2025-12-31";
    for (const word of ["today", "今天", "hôm nay", "วันนี้", "hari ini", "ngayon", "ថ្ងៃនេះ", "ມື້ນີ້", "ယနေ့"]) {
      expect(date(word, undefined, today)).toBe("2025-12-31");
    }
    for (const word of ["yesterday", "昨天", "hôm qua", "เมื่อวาน", "kemarin", "semalam", "kahapon", "ម្សិលមិញ", "ມື້ວານ", "မနေ့က"]) {
      expect(date(word, undefined, today)).toBe("2025-12-30");
    }
    for (const word of ["tomorrow", "明天", "ngày mai", "พรุ่งนี้", "besok", "esok", "bukas", "ថ្ងៃស្អែក", "ມື້ອື່ນ", "မနက်ဖြန်"]) {
      expect(date(word, undefined, today)).toBe("2026-01-01");
    }
  });

  it("takes today in China when no day is given", () => {
    expect(date("today")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("parseDate refuses what is not one real date", () => {
  it.each<[string, Lang | undefined, string]>([
    ["", undefined, "empty"],
    ["next week", "en", "not_a_date"],
    ["hello", "en", "not_a_date"],
    ["2025-02-29", undefined, "invalid_date"],
    ["2024-02-29", undefined, "2024-02-29"],
    ["31/4/2025", "vi", "invalid_date"],
    ["2025-13-01", undefined, "invalid_date"],
    ["13/13/2025", undefined, "invalid_date"],
    ["1 March 1850", "en", "invalid_date"],
    ["1 មីនា 2568", "km", "invalid_date"],
    ["1/3/2025", "en", "ambiguous"],
    ["1/3/2025", "fil", "ambiguous"],
    ["3月1日", "zh", "incomplete"],
    ["1/3", undefined, "incomplete"],
    ["March 1", "en", "incomplete"],
    ["2025年", "zh", "incomplete"],
    ["1 March 2025 2026", "en", "not_a_date"],
  ])("%s (%s) is %s", (text, lang, expected) => {
    expect(date(text, lang)).toBe(expected);
  });

  it("reads 1/3/2025 day first in every language but English and Filipino", () => {
    for (const lang of LANGS.filter((l) => l !== "en" && l !== "fil")) expect(date("1/3/2025", lang)).toBe("2025-03-01");
  });
});

describe("parseDate properties", () => {
  const day = fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
  const iso = (d: Date): string => d.toISOString().slice(0, 10);

  it("never throws on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          parseDate(s, "th", "2025-06-01");
        }),
      );
    }
  });

  it("reads back any ISO date", () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(date(iso(d))).toBe(iso(d));
      }),
    );
  });

  it("reads back any date as each language's own long and medium formats print it", () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...LANGS), fc.constantFrom("long", "medium") , (d, lang, style) => {
        const written = new Intl.DateTimeFormat(LANG_LOCALES[lang], { dateStyle: style, timeZone: "UTC" }).format(d);
        expect(date(written, lang)).toBe(iso(d));
      }),
      { numRuns: 500 },
    );
  });
});
