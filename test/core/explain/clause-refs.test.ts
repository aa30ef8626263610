import { describe, expect, test } from "vitest";
import { clauseRefs } from "../../../core/explain/clause-refs.ts";

function numbers(text: string): number[] {
  return clauseRefs(text).map((r) => r.number);
}

describe("clause-shaped references, real or invented", () => {
  test("bracketed Chinese numerals and 第…条", () => {
    expect(numbers("根据（二）和（二十五），以及第三十条")).toEqual([2, 25, 30]);
  });

  test("clause words of every language, with native digits", () => {
    expect(numbers("Clause 30; Khoản 13; ตามข้อ ๒๕; Butir 7; ຂໍ້ 40")).toEqual([30, 13, 25, 7, 40]);
  });

  test("measure ids with two or three digits, not square metres", () => {
    expect(numbers("m02, m25 and an office of 500 m2")).toEqual([2, 25]);
  });

  test("a clause at the end of a sentence", () => {
    expect(numbers("See Clause 13.")).toEqual([13]);
  });

  test("an amount after a clause word is not a clause (khoản 30 triệu is a sum of 30 million)", () => {
    expect(numbers("một khoản 30 triệu tệ")).toEqual([]);
    expect(numbers("ข้อ 30ล้าน")).toEqual([]);
  });

  test("words that merely contain a clause word are not references", () => {
    expect(numbers("subclause 30, ข้อมูล 5 ชุด")).toEqual([]);
  });
});
