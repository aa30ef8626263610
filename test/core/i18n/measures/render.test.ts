import { describe, expect, it } from "vitest";
import { formatCny } from "../../../../core/i18n/format.ts";
import { LANGS } from "../../../../core/i18n/langs.ts";
import { MEASURE_TEXTS } from "../../../../core/i18n/measures/index.ts";
import type { MeasureTexts } from "../../../../core/i18n/measures/types.ts";
import { fillSummary, formatParam, measureText, placeholdersOf, UnknownPlaceholderError } from "../../../../core/i18n/measures/render.ts";
import { MEASURE_BY_ID } from "../../../../core/rules/measures/index.ts";
import { MEASURE_IDS } from "../../../../core/rules/types.ts";

const measure = (id: (typeof MEASURE_IDS)[number]) => MEASURE_BY_ID.get(id)!;

describe("measureText", () => {
  it("shows the start-up funding caps in 万元 in Chinese and with the CNY code in English", () => {
    const zh = measureText("m02", "zh").summary;
    for (const s of ["50万元", "200万元", "500万元"]) expect(zh).toContain(s);
    const en = measureText("m02", "en").summary;
    for (const s of ["CNY 500,000", "CNY 2,000,000", "CNY 5,000,000"]) expect(en).toContain(s);
  });

  it("formats amounts the way each locale groups digits", () => {
    expect(measureText("m02", "vi").summary).toContain("5.000.000 CNY");
    expect(measureText("m09", "id").summary).toContain("CNY 50.000.000");
    expect(measureText("m21", "ms").summary).toContain("CNY 5,000,000");
    expect(measureText("m20", "zh").summary).toContain("50亿元");
    expect(measureText("m09", "zh").summary).toContain("5000万元");
  });

  it("writes areas, head counts, durations and rates with the locale's unit words", () => {
    expect(measureText("m01", "zh").summary).toContain("累计最高500平方米");
    expect(measureText("m01", "en").summary).toContain("up to 15 m² per person");
    expect(measureText("m03", "en").summary).toContain("for up to 2 years and for up to 20 people");
    expect(measureText("m03", "fil").summary).toContain("hanggang 15 araw");
    expect(measureText("m04", "vi").summary).toContain("tối đa 12 tháng");
    expect(measureText("m12", "id").summary).toContain("500 orang");
    expect(measureText("m15", "en").summary).toContain("100 PFlops");
    expect(measureText("m04", "zh").summary).toContain("30%");
    expect(measureText("m05", "zh").summary).toContain("最大2倍支持");
    expect(measureText("m05", "ms").summary).toContain("2 kali ganda");
  });

  it("writes the tax relief years as ordinal years, not durations", () => {
    expect(measureText("m19", "zh").summary).toContain("前5年免征、第6年至第10年减半征收");
    expect(measureText("m19", "en").summary).toContain("for the first 5 years, and half of it from year 6 to year 10");
    expect(measureText("m19", "id").summary).toContain("tahun ke-6 sampai tahun ke-10");
  });

  it("fills every placeholder in every language, with ASCII digits only", () => {
    for (const lang of LANGS) {
      for (const id of MEASURE_IDS) {
        const { summary } = measureText(id, lang);
        expect(summary, `${lang} ${id}`).not.toMatch(/[{}]/u);
        expect(summary, `${lang} ${id}`).not.toMatch(/(?![0-9])\p{Nd}/u);
      }
    }
  });

  it("shows, in every language, each amount the Chinese summary shows", () => {
    for (const lang of LANGS) {
      for (const id of MEASURE_IDS) {
        const m = measure(id);
        const rendered = measureText(id, lang).summary;
        for (const name of placeholdersOf(MEASURE_TEXTS[lang][id].summary)) {
          const p = m.params[name];
          if (p?.unit === "CNY") expect(rendered, `${lang} ${id} ${name}`).toContain(formatCny(p.value, lang));
        }
      }
    }
  });

  it("gives the curated title and keywords unchanged", () => {
    const t = measureText("m09", "en");
    expect(t.title).toBe(MEASURE_TEXTS.en.m09.title);
    expect(t.keywords).toContain("GPU");
  });

  it("falls back to English when a language's text is broken, rather than failing the user", () => {
    const vi = MEASURE_TEXTS.vi;
    const original = vi.m01;
    vi.m01 = { ...original, summary: "Văn phòng {noSuchParam}" };
    try {
      expect(measureText("m01", "vi").summary).toBe(measureText("m01", "en").summary);
    } finally {
      vi.m01 = original;
    }
  });

  it("falls back to English for a measure missing from a language, rather than failing the user", () => {
    const texts: Partial<MeasureTexts> = MEASURE_TEXTS.th;
    const saved = texts.m02!;
    delete texts.m02;
    try {
      expect(measureText("m02", "th").summary).toContain("CNY 5,000,000");
    } finally {
      texts.m02 = saved;
    }
  });
});

describe("fillSummary", () => {
  it("throws a coded error naming an unknown placeholder, so a test catches it before users do", () => {
    expect(() => fillSummary("Up to {capp}.", measure("m06"), "en")).toThrow(UnknownPlaceholderError);
    try {
      fillSummary("Up to {capp}.", measure("m06"), "en");
    } catch (e) {
      expect(e).toMatchObject({ code: "unknown_placeholder", measure: "m06", names: ["capp"] });
    }
  });

  it("renders {clause} as the clause number in the language", () => {
    expect(fillSummary("See {clause}.", measure("m13"), "en")).toBe("See Clause 13.");
    expect(fillSummary("见{clause}", measure("m13"), "zh")).toBe("见（十三）");
  });
});

describe("formatParam", () => {
  it("formats each unit for the locale", () => {
    expect(formatParam(measure("m01"), "areaCap", "en")).toBe("500 m²");
    expect(formatParam(measure("m03"), "apartmentPlacesCap", "vi")).toBe("20 người");
    expect(formatParam(measure("m05"), "multiplier", "en")).toBe("2 times");
    expect(formatParam(measure("m17"), "rate", "fil")).toBe("10%");
    expect(formatParam(measure("m17"), "years", "ms")).toBe("3 tahun");
  });

  it("returns undefined for a parameter the measure does not have", () => {
    expect(formatParam(measure("m16"), "cap", "en")).toBeUndefined();
  });
});
