import { describe, expect, it } from "vitest";
import { aseanPlaces } from "../../../core/text/asean-places.ts";

describe("aseanPlaces", () => {
  it("finds ASEAN countries and cities however they are written", () => {
    const cases: [string, string][] = [
      ["Planning an AI summit in Jakarta", "jakarta"], ["live in Surabaya now", "surabaya"], ["tổ chức ở Hà Nội", "hà nội"],
      ["a forum in Bangkok", "bangkok"], ["Phnom Penh expo", "phnom penh"], ["in Vientiane", "vientiane"], ["Yangon", "yangon"],
      ["di Kuala Lumpur", "kuala lumpur"], ["sa Manila", "manila"], ["我们想在曼谷办峰会", "曼谷"], ["ที่เชียงใหม่", "เชียงใหม่"],
      ["នៅភ្នំពេញ", "ភ្នំពេញ"], ["ຢູ່ວຽງຈັນ", "ວຽງຈັນ"], ["ရန်ကုန်မှာ", "ရန်ကုန်"],
    ];
    for (const [text, place] of cases) expect(aseanPlaces(text), text).toContain(place);
  });

  it("matches Latin names only as whole words", () => {
    expect(aseanPlaces("a balinese dance")).toEqual([]);
    expect(aseanPlaces("Nanning, Guangxi")).toEqual([]);
  });
});
