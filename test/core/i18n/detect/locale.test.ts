import { describe, expect, it } from "vitest";
import { mapLocaleHint } from "../../../../core/i18n/detect/locale.ts";

describe("mapLocaleHint", () => {
  it.each([
    ["vi", "vi"],
    ["zh-hans", "zh"],
    ["zh-hant", "zh"],
    ["zh_CN", "zh"],
    ["en", "en"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ms", "ms"],
    ["ms-MY", "ms"],
    ["tl", "fil"],
    ["fil", "fil"],
    ["fil-PH", "fil"],
    ["km", "km"],
    ["lo", "lo"],
    ["my", "my"],
    ["th", "th"],
    ["th-TH", "th"],
    ["id", "id"],
    ["in", "id"],
    ["ID", "id"],
  ])("maps the platform hint %s to %s", (hint, lang) => {
    expect(mapLocaleHint(hint)).toBe(lang);
  });

  it.each([["de"], ["ja"], ["ko"], ["ru"], [""], ["   "], ["x-klingon"]])("knows no language for the hint %j", (hint) => {
    expect(mapLocaleHint(hint)).toBeNull();
  });

  it("knows no language when the platform sends none", () => {
    expect(mapLocaleHint(undefined)).toBeNull();
    expect(mapLocaleHint(null)).toBeNull();
  });
});
