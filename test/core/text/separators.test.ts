import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { readNumeral } from "../../../core/text/separators.ts";

function read(text: string, lang?: Lang): string {
  const r = readNumeral(text, lang);
  return r.ok ? r.value.toFixed() : r.error;
}

describe("readNumeral", () => {
  it("reads thousands grouped by commas, dots or spaces", () => {
    expect(read("1,200,000")).toBe("1200000");
    expect(read("1.200.000")).toBe("1200000");
    expect(read("1 200 000")).toBe("1200000");
  });

  it("takes the last of two different separators as the decimal sign", () => {
    expect(read("1.200.000,50")).toBe("1200000.5");
    expect(read("1,200,000.50")).toBe("1200000.5");
    expect(read("1 200 000,5")).toBe("1200000.5");
  });

  it("reads a lone separator before other than three digits as a decimal sign", () => {
    expect(read("1.5")).toBe("1.5");
    expect(read("2,5")).toBe("2.5");
    expect(read("12,50")).toBe("12.5");
    expect(read("1234.567")).toBe("1234.567");
    expect(read("0.500")).toBe("0.5");
  });

  it("reads 1,200 as twelve hundred where commas group thousands, and calls it ambiguous in vi, id and lo", () => {
    for (const lang of ["zh", "en", "th", "ms", "fil", "km", "my"] as const) expect(read("1,200", lang)).toBe("1200");
    expect(read("1,200")).toBe("1200");
    for (const lang of ["vi", "id", "lo"] as const) expect(read("1,200", lang)).toBe("ambiguous");
  });

  it("reads 1.200 as twelve hundred in vi, id and lo, and calls it ambiguous elsewhere", () => {
    for (const lang of ["vi", "id", "lo"] as const) expect(read("1.200", lang)).toBe("1200");
    for (const lang of ["zh", "en", "th", "ms", "fil", "km", "my"] as const) expect(read("1.200", lang)).toBe("ambiguous");
    expect(read("1.200")).toBe("ambiguous");
  });

  it("rejects groups that are not thousands", () => {
    expect(read("1,20,000")).toBe("not_a_number");
    expect(read("1.5.2")).toBe("not_a_number");
    expect(read("01,200,000")).toBe("not_a_number");
    expect(read("1,200.000,5")).toBe("not_a_number");
    expect(read("abc")).toBe("not_a_number");
  });
});
