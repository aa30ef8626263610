import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { detectLanguage, visibleLength } from "../../../../core/i18n/detect/index.ts";
import { LANGS, type Lang } from "../../../../core/i18n/langs.ts";
import { SAMPLES } from "./samples.ts";

const MIN_ACCURACY = 0.95;
const report: string[] = [];

afterAll(() => {
  // Printed so that a drop in one language shows up in the CI log before it fails the bar.
  console.info(`Language detection accuracy on messages of 20+ characters:\n${report.join("\n")}`);
});

describe("detectLanguage on realistic user messages", () => {
  it.each(LANGS.map((l) => [l]))("recognises at least 95% of %s messages of 20 characters or more", (lang: Lang) => {
    const messages = SAMPLES[lang].filter((m) => visibleLength(m) >= 20);
    expect(messages.length).toBeGreaterThanOrEqual(15);
    const wrong = messages.filter((m) => detectLanguage(m).lang !== lang);
    const accuracy = 1 - wrong.length / messages.length;
    report.push(`  ${lang.padEnd(3)} ${(accuracy * 100).toFixed(1).padStart(5)}%  (${messages.length - wrong.length}/${messages.length})`);
    expect(accuracy, `misread: ${wrong.map((m) => `${m} → ${detectLanguage(m).lang}`).join(" | ")}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it("keeps at least 25 sample messages for every language", () => {
    for (const lang of LANGS) expect(SAMPLES[lang].length, lang).toBeGreaterThanOrEqual(25);
  });

  it("is confident enough to switch on most long messages of every language", () => {
    for (const lang of LANGS) {
      const long = SAMPLES[lang].filter((m) => visibleLength(m) >= 20);
      const sure = long.filter((m) => {
        const d = detectLanguage(m);
        return d.lang === lang && d.confidence >= 0.75;
      });
      expect(sure.length / long.length, lang).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe("detectLanguage reasons", () => {
  it("names the script for Chinese, Thai, Lao, Khmer and Burmese, even in a few characters", () => {
    expect(detectLanguage("算力券怎么领")).toMatchObject({ lang: "zh", reason: "script" });
    expect(detectLanguage("ค่าไฟลดได้ไหม")).toMatchObject({ lang: "th", reason: "script" });
    expect(detectLanguage("ຫຼຸດໄດ້ບໍ່")).toMatchObject({ lang: "lo", reason: "script" });
    expect(detectLanguage("បានទេ?")).toMatchObject({ lang: "km", reason: "script" });
    expect(detectLanguage("ရလား")).toMatchObject({ lang: "my", reason: "script" });
  });

  it("names the diacritics for Vietnamese", () => {
    expect(detectLanguage("Thuê văn phòng miễn phí được bao lâu ạ?")).toMatchObject({ lang: "vi", reason: "diacritics" });
  });

  it("says too_short for replies that carry no language", () => {
    for (const text of ["ok", "ya", "2", "OK!", "thanks", "👍", "", "   ", "m01", "AI"]) {
      expect(detectLanguage(text), text).toEqual({ lang: null, confidence: 0, reason: "too_short" });
    }
  });

  it("uses the Latin model for an ordinary English question", () => {
    expect(detectLanguage("How do I apply for the free office space?")).toMatchObject({ lang: "en", reason: "latin-model" });
  });

  it("does not claim a language for scripts none of ours use", () => {
    expect(detectLanguage("Как подать заявку на офис?").lang).toBeNull();
    expect(detectLanguage("사무실 신청은 어떻게 하나요?").lang).toBeNull();
    expect(detectLanguage("オフィスの申請方法を教えてください").lang).toBeNull();
  });

  it("keeps confidence between 0 and 1 on every sample", () => {
    for (const lang of LANGS) {
      for (const m of SAMPLES[lang]) {
        const { confidence } = detectLanguage(m);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("detectLanguage robustness", () => {
  it("never throws and always answers in shape, whatever the string", () => {
    const anyString = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      // Lone surrogates and control characters, which real clients do send.
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
    );
    fc.assert(
      fc.property(anyString, (s) => {
        const d = detectLanguage(s);
        expect(d.lang === null || (LANGS as readonly string[]).includes(d.lang)).toBe(true);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        if (d.lang === null) expect(d.confidence).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("copes with a very long message", () => {
    const long = "Apakah ada subsidi bunga untuk pinjaman bank? ".repeat(2000);
    expect(detectLanguage(long).lang).toBe("id");
  });
});

describe("Vietnamese typed without accents", () => {
  it.each([
    "cong ty toi co duoc ho tro van phong mien phi khong",
    "Doanh nghiep cua toi muon biet ve chinh sach thue",
    "minh muon biet vay ngan hang co duoc ho tro lai suat khong",
  ])("is Vietnamese: %s", (text) => {
    expect(detectLanguage(text).lang).toBe("vi");
  });

  it("does not take English, Indonesian or Filipino for it", () => {
    expect(detectLanguage("Can my company get free office space at the center?").lang).toBe("en");
    expect(detectLanguage("Apakah perusahaan saya bisa dapat kantor gratis?").lang).toBe("id");
    expect(detectLanguage("Pwede po bang malaman kung may subsidiya sa interes?").lang).toBe("fil");
  });
});
