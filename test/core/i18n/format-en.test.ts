/**
 * English figures written without ICU are byte for byte what `Intl` writes
 * for `en` with format.ts's options, so that the command line (which prints
 * only English and never loads ICU's data) and every other caller agree.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatDuration, formatNumber, formatPercent } from "../../../core/i18n/format.ts";
import { formatDateEn, formatNumberEn } from "../../../core/i18n/format-en.ts";
import { D } from "../../../core/rules/money.ts";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 500) };

/** What Intl writes for `en` with ASCII digits, no-break spaces made plain. */
function intl(value: string, options: Intl.NumberFormatOptions): string {
  const nf = new Intl.NumberFormat("en", { numberingSystem: "latn", ...options });
  return (nf.format as (v: string) => string)(value).replace(/[\u00A0\u202F]/gu, " ");
}

/** Decimal strings from tiny to huge: a sign, up to 25 whole digits and up to 25 decimals, leading and trailing zeros included. */
const decimalString = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,25}$/), fc.option(fc.stringMatching(/^0{0,22}[0-9]{0,25}$/), { nil: undefined }))
  .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`);

describe("English numbers without ICU", () => {
  it("formatNumber(…, 'en') writes what Intl writes, for any decimal, with up to 20 decimals", () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        const d = new D(s);
        const places = Math.min(d.decimalPlaces(), 20);
        expect(formatNumber(s, "en")).toBe(intl(d.toFixed(places), { maximumFractionDigits: places }));
      }),
      RUNS,
    );
  });

  it("rounds half up at the last place kept, as Intl does (ties away from zero)", () => {
    for (const [value, places] of [["2.5", 0], ["-2.5", 0], ["0.125", 2], ["-0.125", 2], ["999.995", 2], ["-0.004", 2], ["1234567.5", 0]] as const) {
      expect(formatNumberEn(new D(value), places), value).toBe(intl(value, { maximumFractionDigits: places }));
    }
    expect(formatNumber("1234567.5", "en")).toBe("1,234,567.5");
    expect(formatNumber("-0", "en")).toBe("0");
    expect(formatNumber("-0.000000000000000000001", "en")).toBe(intl("-0.00000000000000000000", { maximumFractionDigits: 20 }));
  });

  it("formatPercent(…, 'en') writes what Intl writes, with at most two decimals of a percent", () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        expect(formatPercent(s, "en")).toBe(intl(new D(s).toFixed(), { style: "percent", maximumFractionDigits: 2 }));
      }),
      RUNS,
    );
    expect(formatPercent("0.3", "en")).toBe("30%");
    expect(formatPercent("0.025", "en")).toBe("2.5%");
  });
});

describe("English durations without ICU", () => {
  it("formatDuration(…, 'en') writes what Intl writes: the number, then the unit, singular for exactly one", () => {
    fc.assert(
      fc.property(fc.oneof(decimalString, fc.constantFrom("1", "-1", "0", "1.0", "1.5", "2", "1000")), fc.constantFrom("year", "month", "day" as const), (s, unit) => {
        const d = new D(s);
        expect(formatDuration(s, unit, "en")).toBe(intl(d.toFixed(), { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: Math.min(d.decimalPlaces(), 100) }));
      }),
      RUNS,
    );
    expect(formatDuration(1, "year", "en")).toBe("1 year");
    expect(formatDuration(3, "year", "en")).toBe("3 years");
  });
});

describe("English dates without ICU", () => {
  it("formatDate(…, 'en') writes what Intl writes for every valid date of years 1000–9999", () => {
    const df = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC", calendar: "gregory", numberingSystem: "latn" });
    fc.assert(
      fc.property(fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, "en")).toBe(df.format(date).replace(/[\u00A0\u202F]/gu, " "));
      }),
      RUNS,
    );
    expect(formatDate("2025-03-01", "en")).toBe("March 1, 2025");
  });

  it("leaves other years to Intl, and invalid dates as given", () => {
    expect(formatDateEn(999, 3, 1)).toBeNull();
    expect(formatDate("2025-02-30", "en")).toBe("2025-02-30");
  });
});
