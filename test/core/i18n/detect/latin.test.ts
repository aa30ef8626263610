import { describe, expect, it } from "vitest";
import { chooseLatin } from "../../../../core/i18n/detect/latin.ts";
import { scoreMarkers } from "../../../../core/i18n/detect/words.ts";
import { MS_ID_PAIRS } from "./samples.ts";

describe("Malay and Indonesian told apart", () => {
  it.each(MS_ID_PAIRS.map((p) => [p.ms, p.id]))("reads %j as Malay and %j as Indonesian", (ms, id) => {
    expect(chooseLatin(ms).lang).toBe("ms");
    expect(chooseLatin(id).lang).toBe("id");
  });

  it.each([
    ["adakah", "apakah"],
    ["percuma", "gratis"],
    ["syarikat", "perusahaan"],
    ["cukai", "pajak"],
    ["kerana", "karena"],
    ["wang", "uang"],
    ["pejabat", "kantor"],
    ["kilang", "pabrik"],
    ["latihan", "pelatihan"],
    ["sahaja", "saja"],
  ])("counts %s as Malay and %s as Indonesian", (ms, id) => {
    expect(scoreMarkers(ms).ms).toBeGreaterThan(0);
    expect(scoreMarkers(id).id).toBeGreaterThan(0);
  });

  it("counts saya mahu as Malay and saya mau as Indonesian", () => {
    expect(scoreMarkers("saya mahu").ms).toBeGreaterThan(scoreMarkers("saya mahu").id);
    expect(scoreMarkers("saya mau").id).toBeGreaterThan(scoreMarkers("saya mau").ms);
  });

  it("treats bagaimana as neither", () => {
    expect(scoreMarkers("bagaimana")).toEqual({ en: 0, id: 0, ms: 0, fil: 0 });
  });

  it("flags the other language as a close call when no word tells them apart", () => {
    const r = chooseLatin("Berapa lama masa untuk proses ini?");
    expect(["ms", "id"]).toContain(r.lang);
    expect(r.close).toBe(r.lang === "ms" ? "id" : "ms");
  });
});

describe("English and Filipino", () => {
  it("reads Taglish with Filipino grammar as Filipino", () => {
    expect(chooseLatin("Nag-iinvest ba ang AI industry fund sa mga early stage na startup?").lang).toBe("fil");
    expect(chooseLatin("Paano po mag-apply para sa compute voucher?").lang).toBe("fil");
  });

  it("reads English with ASEAN place names as English", () => {
    expect(chooseLatin("We are a startup from Kuala Lumpur, can we apply?").lang).toBe("en");
    expect(chooseLatin("Our team is in Jakarta and Manila, who should apply?").lang).toBe("en");
  });

  it("returns no language when nothing points anywhere", () => {
    expect(chooseLatin("xq zzv")).toMatchObject({ lang: null, confidence: 0 });
  });
});
