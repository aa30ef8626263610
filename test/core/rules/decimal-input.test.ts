import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../../core/rules/decimal-input.ts";
import { D } from "../../../core/rules/money.ts";

/** Everything decimal.js keeps of a Decimal: its maker, sign, exponent and digits, and the order of its keys. */
function parts(x: InstanceType<typeof D>): unknown {
  return { maker: x.constructor === D, keys: Object.keys(x), s: x.s, e: x.e, d: x.d === null ? null : [...x.d], proto: Object.getPrototypeOf(x) === D.prototype };
}

describe("toDecimal, new D(value) for profile amounts", () => {
  it("makes the very Decimal new D makes of a number: whole, fractional, large, tiny, zero, negative, not finite", () => {
    const number = fc.oneof(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 9 })).map(([n, k]) => n * 10 ** k),
      fc.double({ noNaN: false }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 8 })).map(([n, k]) => n / 10 ** k),
      fc.constantFrom(0, -0, 1e7, 1e7 - 1, 1e14, 1e14 + 1, 2e14, 1e15, 10_000_001, 20_000_000, 1e21, 1e-7, 0.035, 12_345_678.9, 2 ** 53, 2 ** 53 - 1, Number.MAX_SAFE_INTEGER, Infinity, -Infinity, NaN),
    );
    fc.assert(fc.property(number, (v) => {
      expect(parts(toDecimal(v))).toEqual(parts(new D(v)));
    }), { numRuns: 5000 });
  });

  it("makes the very Decimal new D makes of a text of digits, and of any other text it accepts", () => {
    const text = fc.oneof(
      fc.stringMatching(/^\d{1,40}(\.\d{1,40})?$/),
      fc.stringMatching(/^0{0,9}\d{0,9}(\.\d{0,9}0{0,9})?$/).filter((s) => /^\d+(\.\d+)?$/.test(s)),
      fc.constantFrom("0", "000", "0.0", "10000000", "1e3", ".5", "5.", "+5", "0x1f", "1_000", " 5", "1.2.3"),
    );
    fc.assert(fc.property(text, (s) => {
      let expected: unknown;
      try {
        expected = parts(new D(s));
      } catch {
        expected = "refused";
      }
      let actual: unknown;
      try {
        actual = parts(toDecimal(s));
      } catch {
        actual = "refused";
      }
      expect(actual).toEqual(expected);
    }), { numRuns: 5000 });
  });

  it("gives figures that print and add as new D's do", () => {
    expect(toDecimal("1200000.50").toFixed()).toBe("1200000.5");
    expect(toDecimal(12_345_678.9).plus(toDecimal("0.1")).toFixed()).toBe("12345679");
    expect(toDecimal("0000.0000").isZero()).toBe(true);
  });
});
