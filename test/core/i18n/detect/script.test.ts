import { describe, expect, it } from "vitest";
import { detectScript } from "../../../../core/i18n/detect/script.ts";

describe("detectScript", () => {
  it("takes Han characters as Chinese even among English terms", () => {
    expect(detectScript("我们CTO年薪挺高的，能拿奖励吗？").lang).toBe("zh");
    expect(detectScript("AI startup 怎么申请算力券").lang).toBe("zh");
  });

  it("tells Thai from Lao, Khmer and Burmese by their own scripts", () => {
    expect(detectScript("เราเป็นสตาร์ทอัพ AI จากกรุงเทพฯ").lang).toBe("th");
    expect(detectScript("ພວກເຮົາເປັນສະຕາດອັບ AI ຈາກວຽງຈັນ").lang).toBe("lo");
    expect(detectScript("យើងជាក្រុមហ៊ុន AI startup នៅភ្នំពេញ").lang).toBe("km");
    expect(detectScript("ကျွန်တော်တို့က ရန်ကုန်က AI startup ပါ").lang).toBe("my");
  });

  it("is fully confident on text in one script", () => {
    expect(detectScript("จะสมัครขอพื้นที่สำนักงานฟรีได้อย่างไร").confidence).toBe(1);
  });

  it("recognises Vietnamese by its letters, typed composed or decomposed", () => {
    const composed = "Có cần đăng ký hộ khẩu ở Nam Ninh không?";
    expect(detectScript(composed)).toMatchObject({ lang: "vi", reason: "diacritics" });
    expect(detectScript(composed.normalize("NFD"))).toMatchObject({ lang: "vi", reason: "diacritics" });
    expect(detectScript("ok ạ").lang).toBe("vi");
  });

  it("recognises Vietnamese written only with letters French also has", () => {
    expect(detectScript("Có phải là không?").lang).toBe("vi");
  });

  it("does not take an English sentence with a Vietnamese name for Vietnamese", () => {
    expect(detectScript("My name is Nguyễn Văn An and I want to apply for the office space").reason).toBe("latin");
  });

  it("does not take French or Portuguese accents for Vietnamese", () => {
    expect(detectScript("We met at the café near São Paulo office").reason).toBe("latin");
  });

  it("leaves plain Latin text to the model", () => {
    expect(detectScript("Apakah ada subsidi bunga?")).toEqual({ lang: null, reason: "latin", confidence: 0 });
  });

  it("treats Han with kana as Japanese, which is not one of ours", () => {
    expect(detectScript("オフィスの申請方法を教えてください")).toMatchObject({ lang: null, reason: "other" });
  });

  it("says none for digits, punctuation and emoji", () => {
    expect(detectScript("2025 / 12 !!! 👍").reason).toBe("none");
  });
});
