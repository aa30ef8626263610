import { describe, expect, it } from "vitest";
import { acceptedLang } from "../../../bots/web/accept-language.ts";

describe("acceptedLang", () => {
  it("takes the first language we speak, by q-value then order", () => {
    expect(acceptedLang("th-TH,th;q=0.9,en;q=0.8")).toBe("th");
    expect(acceptedLang("de, vi;q=0.5")).toBe("vi");
    expect(acceptedLang("en;q=0.4, km;q=0.9")).toBe("km");
    expect(acceptedLang("tl-PH")).toBe("fil");
    expect(acceptedLang("zh-Hans-CN,zh;q=0.9")).toBe("zh");
  });

  it("falls back to English for an absent, foreign or refused header", () => {
    expect(acceptedLang(undefined)).toBe("en");
    expect(acceptedLang("de, fr")).toBe("en");
    expect(acceptedLang("th;q=0, de")).toBe("en");
    expect(acceptedLang(",,;;q=x")).toBe("en");
  });
});
