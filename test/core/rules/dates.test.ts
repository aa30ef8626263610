import { describe, expect, it } from "vitest";
import { addYears, todayInChina, yearOf } from "../../../core/rules/dates.ts";

describe("dates", () => {
  it("adds whole years; 29 February falls back to 28 February in a common year", () => {
    expect(addYears("2024-06-01", 2)).toBe("2026-06-01");
    expect(addYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("reads the year of a date", () => {
    expect(yearOf("2026-06-01")).toBe(2026);
  });

  it("today is the date in China: 31 December 20:00 UTC is already 1 January in Nanning", () => {
    expect(todayInChina(new Date("2027-12-31T20:00:00Z"))).toBe("2028-01-01");
    expect(todayInChina(new Date("2027-12-31T15:59:59Z"))).toBe("2027-12-31");
  });
});
