import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, D, formatCny, min, plainText, show, sum } from "../../../core/rules/money.ts";

describe("money", () => {
  it("rounds once, half up, to the fen: 0.005 → 0.01, 0.0049 → 0.00, 2.675 → 2.68", () => {
    expect(formatCny(new D("0.005"))).toBe("0.01");
    expect(formatCny(new D("0.0049"))).toBe("0.00");
    expect(formatCny(new D("2.675"))).toBe("2.68");
  });

  it("prints large amounts without an exponent", () => {
    expect(formatCny(new D("1e22"))).toBe("10000000000000000000000.00");
    expect(show(new D("5e9"))).toBe("5000000000");
  });

  it("keeps decimal arithmetic exact: 0.1 + 0.2 is 0.30", () => {
    expect(formatCny(sum([new D("0.1"), new D("0.2")]))).toBe("0.30");
    expect(formatCny(sum([]))).toBe("0.00");
  });

  it("min picks the smaller amount", () => {
    expect(min(new D(3), new D(2)).toString()).toBe("2");
  });
});

/** Decimals of every kind the properties below share: whole, scientific, and long decimal text. */
const GENERAL_DECIMALS = [
  fc.integer({ min: -1e9, max: 1e15 }).map((n) => new D(n)),
  fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: -12, max: 20 })).map(([n, e]) => new D(`${n}e${e}`)),
  fc.stringMatching(/^-?\d{1,30}(\.\d{1,12})?$/).map((s) => new D(s)),
];

describe("plainText, toFixed() written directly", () => {
  it("prints every Decimal as toFixed() does: whole, fractional, huge, tiny, negative and zero", () => {
    const values = fc.oneof(
      ...GENERAL_DECIMALS,
      fc.constantFrom(new D(0), new D(-0), new D("1e7"), new D("9999999e7"), new D("0.5"), new D(2).times(500000), new D("1e-20"), new D("-123456789.000000001"), new D("10000000000000.5"), new D("0.00000010000001"), new D(NaN), new D(Infinity)),
      fc.tuple(fc.stringMatching(/^\d{1,20}$/), fc.integer({ min: -40, max: 40 })).map(([n, e]) => new D(`${n}e${e}`)),
    );
    fc.assert(fc.property(values, (v) => {
      expect(plainText(v)).toBe(v.toFixed());
    }), { numRuns: 5000 });
  });
});

describe("formatCny without toFixed(2)'s rounded copy", () => {
  it("prints every amount as toFixed(2, ROUND_HALF_UP) does", () => {
    const amounts = fc.oneof(
      fc.stringMatching(/^-?\d{1,25}(\.\d{1,6})?$/).map((s) => new D(s)),
      fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: -9, max: 20 })).map(([n, e]) => new D(`${n}e${e}`)),
      fc.constantFrom(new D(-0), new D("0.005"), new D("-0.005"), new D("2.675"), new D("1e-7")),
    );
    fc.assert(fc.property(amounts, (a) => {
      expect(formatCny(a)).toBe(a.toFixed(2, D.ROUND_HALF_UP));
    }), { numRuns: 5000 });
  });
});

describe("compare, comparedTo without decimal.js's copy of the other value", () => {
  it("orders every pair of Decimals as comparedTo does: signs, zeros, exponents, long and short digits, NaN and infinities", () => {
    const value = fc.oneof(
      ...GENERAL_DECIMALS,
      fc.constantFrom(new D(0), new D(-0), new D("1e7"), new D("10000000.0000001"), new D("0.5"), new D(NaN), new D(Infinity), new D(-Infinity)),
    );
    fc.assert(fc.property(value, value, (a, b) => {
      expect(Object.is(compare(a, b), a.comparedTo(b))).toBe(true);
      expect(Object.is(compare(a, a), a.comparedTo(a))).toBe(true);
    }), { numRuns: 5000 });
  });
});
