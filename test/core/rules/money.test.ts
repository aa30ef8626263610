import { describe, expect, it } from "vitest";
import { D, formatCny, min, show, sum } from "../../../core/rules/money.ts";

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
