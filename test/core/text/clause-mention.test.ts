import { describe, expect, it } from "vitest";
import { clauseMentioned, clauseWordLanguage } from "../../../core/text/clause-mention.ts";

describe("clauseMentioned", () => {
  it("reads the policy's own numbering and the measure ids", () => {
    expect(clauseMentioned("（四）")).toEqual(["m04"]);
    expect(clauseMentioned("(4)")).toEqual(["m04"]);
    expect(clauseMentioned("第四条")).toEqual(["m04"]);
    expect(clauseMentioned("第十三条是什么")).toEqual(["m13"]);
    expect(clauseMentioned("第二十一条")).toEqual(["m21"]);
    expect(clauseMentioned("m04")).toEqual(["m04"]);
    expect(clauseMentioned("（一）和（二十二）")).toEqual(["m01", "m22"]);
  });

  it("reads a clause word before a number in every language", () => {
    const cases: [string, string][] = [
      ["clause 4", "m04"], ["measure 4", "m04"], ["What is clause 13?", "m13"], ["Clause No. 9", "m09"],
      ["khoản 12", "m12"], ["Điều 4", "m04"], ["biện pháp 21 là gì", "m21"],
      ["ข้อ 9", "m09"], ["ข้อที่ 9", "m09"], ["มาตรการที่ 13", "m13"], ["ข้อ ๒๑", "m21"], ["อยากรู้ข้อ9", "m09"],
      ["Pasal 21", "m21"], ["Fasal 21", "m21"], ["Seksyen 21", "m21"], ["Sugnay 21", "m21"], ["Artikulo 13", "m13"],
      ["មាត្រា ៤", "m04"], ["ចំណុចទី ២១", "m21"], ["វិធានការទី 13", "m13"],
      ["ມາດຕາ 4", "m04"], ["ຂໍ້ ໙", "m09"], ["ມາດຕາທີ 21", "m21"],
      ["ပုဒ်မ ၄", "m04"], ["အချက် ၁၃", "m13"], ["ပုဒ်မ 21", "m21"],
      ["clause ４", "m04"], ["explain 4", "m04"], ["giải thích 12", "m12"], ["解释4", "m04"], ["อธิบาย 9", "m09"],
    ];
    for (const [text, id] of cases) expect(clauseMentioned(text), text).toEqual([id]);
  });

  it("reads a list after one clause word", () => {
    expect(clauseMentioned("measures 13 and 14")).toEqual(["m13", "m14"]);
    expect(clauseMentioned("ข้อ 9 และ 10")).toEqual(["m09", "m10"]);
    expect(clauseMentioned("khoản 12, 13")).toEqual(["m12", "m13"]);
    expect(clauseMentioned("clause 4 and 30 million")).toEqual(["m04"]);
  });

  it("leaves amounts, areas, words that only start like a clause word, and numbers past 22 alone", () => {
    for (const text of ["khoản 30 triệu", "ข้อ 5 ล้าน", "15 m2 per person", "ข้อมูล 5 ชุด", "ຂໍ້ມູນ 5 ຊຸດ", "điều kiện 3 năm", "clause 40", "（二十五）", "500", "point 5%", "measure 3 years", "khoản 2 năm", "ข้อ 3 ปี", "item 5 people"]) {
      expect(clauseMentioned(text), text).toEqual([]);
    }
  });

  it("never throws on odd input", () => {
    expect(clauseMentioned("")).toEqual([]);
    expect(clauseMentioned(undefined as unknown as string)).toEqual([]);
  });
});

describe("clauseWordLanguage", () => {
  it("names the language of a Latin clause word", () => {
    expect(clauseWordLanguage("Pasal 21")).toBe("id");
    expect(clauseWordLanguage("Seksyen 21")).toBe("ms");
    expect(clauseWordLanguage("fasal 4")).toBe("ms");
    expect(clauseWordLanguage("Sugnay 21")).toBe("fil");
    expect(clauseWordLanguage("clause 4")).toBe("en");
    expect(clauseWordLanguage("m04")).toBeNull();
    expect(clauseWordLanguage("pasal cukai")).toBeNull();
  });
});
