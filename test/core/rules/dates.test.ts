import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addYears, addYearsByDate, todayInChina, yearOf } from "../../../core/rules/dates.ts";

describe("dates", () => {
  it("adds whole years; 29 February falls back to 28 February in a common year", () => {
    expect(addYears("2024-06-01", 2)).toBe("2026-06-01");
    expect(addYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("adds years as Date.UTC does, for real dates, impossible ones and odd strings alike", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const iso = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      fc.constantFrom("2024-02-29", "2023-02-29", "2025-04-31", "1999-12-31", "2026-6-1", "abcd-ef-gh", "2026-06-01T00:00"),
    );
    fc.assert(fc.property(iso, fc.integer({ min: -3000, max: 9000 }), (date, years) => {
      expect(addYears(date, years)).toBe(addYearsByDate(date, years));
    }), { numRuns: 5000 });
  });

  it("reads the year of a date", () => {
    expect(yearOf("2026-06-01")).toBe(2026);
  });

  it("today is the date in China: 31 December 20:00 UTC is already 1 January in Nanning", () => {
    expect(todayInChina(new Date("2027-12-31T20:00:00Z"))).toBe("2028-01-01");
    expect(todayInChina(new Date("2027-12-31T15:59:59Z"))).toBe("2027-12-31");
  });
});
