import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNone, isSkip } from "../../../core/text/skip.ts";

const SKIPS = [
  "skip", "Skip!", "/skip", "don't know", "I don't know", "idk", "not sure", "no idea",
  "跳过", "不知道", "我不知道", "不清楚",
  "bỏ qua", "không biết", "Tôi không biết ạ", "ko biết",
  "ข้าม", "ไม่ทราบ", "ไม่ทราบค่ะ", "ผมไม่รู้ครับ", "ไม่แน่ใจ",
  "tidak tahu", "saya tidak tahu", "gak tau", "lewati",
  "tak tahu", "langkau", "tidak pasti",
  "hindi ko alam", "Hindi ko po alam", "ewan", "laktawan",
  "មិនដឹង", "ខ្ញុំមិនដឹងទេ", "រំលង",
  "ບໍ່ຮູ້", "ຂ້ອຍບໍ່ຮູ້", "ຂ້າມ",
  "မသိဘူး", "ကျွန်တော်မသိပါဘူး", "ကျော်",
];

const NONES = [
  "none", "None.", "nothing", "zero", "0", "０", "๐", "0.00", "¥0", "0元", "0人", "零",
  "无", "没有", "暂无",
  "không có", "chưa có", "không",
  "ไม่มี", "ไม่มีครับ", "ศูนย์",
  "tidak ada", "belum ada", "nol",
  "tiada", "tak ada", "sifar",
  "wala", "wala po",
  "គ្មាន", "អត់មាន",
  "ບໍ່ມີ",
  "မရှိဘူး", "မရှိပါဘူး",
];

describe("isSkip", () => {
  it.each(SKIPS)('treats "%s" as declining to answer', (text) => {
    expect(isSkip(text)).toBe(true);
  });

  it.each(["yes", "no", "50万", "none", "0", "không có", "skipper", "I know", ""])('does not treat "%s" as a skip', (text) => {
    expect(isSkip(text)).toBe(false);
  });
});

describe("isNone", () => {
  it.each(NONES)('treats "%s" as none', (text) => {
    expect(isNone(text)).toBe(true);
  });

  it.each(["1", "50万", "0.01", "yes", "no", "", "不知道", "skip", "-"])('does not treat "%s" as none', (text) => {
    expect(isNone(text)).toBe(false);
  });

  it("keeps unknown and zero apart: no answer is both a skip and a none", () => {
    for (const text of [...SKIPS, ...NONES]) expect(isSkip(text) && isNone(text)).toBe(false);
  });
});

describe("skip and none properties", () => {
  it("never throw on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          isSkip(s);
          isNone(s);
        }),
      );
    }
  });

  it("count no non-zero amount as none", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => !isNone(String(n)) && !isNone(`${n}万`)));
  });
});
