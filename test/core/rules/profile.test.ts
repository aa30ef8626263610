import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { isIsoDate, parseProfile, profileJsonSchema, type ProfileIssue } from "../../../core/rules/profile.ts";

/** The issues of an invalid profile (fails the test if it is valid). */
function issuesOf(input: unknown): ProfileIssue[] {
  const r = parseProfile(input);
  if (r.ok) throw new Error("profile should have been refused");
  return r.issues;
}

describe("Profile v1 validation", () => {
  it("accepts an empty profile: every field is optional", () => {
    expect(parseProfile({}).ok).toBe(true);
  });

  it("refuses negative money, naming the field path", () => {
    expect(issuesOf({ compute: { annualSpendAtCenter: -1 } })).toEqual([
      { path: "compute.annualSpendAtCenter", message: expect.stringMatching(/negative/) },
    ]);
  });

  it("refuses negative money written as a string", () => {
    const [issue] = issuesOf({ events: [{ cost: "-500" }] });
    expect(issue!.path).toBe("events[0].cost");
    expect(issue!.message).toMatch(/non-negative/);
  });

  it("refuses money with thousands separators, showing how to write it", () => {
    const [issue] = issuesOf({ loans: [{ principal: "1,000,000" }] });
    expect(issue!.path).toBe("loans[0].principal");
    expect(issue!.message).toMatch(/500000/);
  });

  it("refuses a rate above 1 and says to give 3.5% as 0.035", () => {
    const [issue] = issuesOf({ loans: [{ principal: 1000000, annualRate: 3.5, years: 3 }] });
    expect(issue!.path).toBe("loans[0].annualRate");
    expect(issue!.message).toContain("0.035");
  });

  it("refuses a tax rate of 25 meant as 25%", () => {
    const [issue] = issuesOf({ tax: { corporateIncomeTaxRate: 25 } });
    expect(issue!.path).toBe("tax.corporateIncomeTaxRate");
    expect(issue!.message).toContain("0.035");
  });

  it("accepts rates of 0 and 1, and refuses a negative rate", () => {
    expect(parseProfile({ loans: [{ annualRate: 0 }, { annualRate: 1 }, { annualRate: "0.035" }] }).ok).toBe(true);
    expect(issuesOf({ loans: [{ annualRate: -0.01 }] })[0]!.path).toBe("loans[0].annualRate");
  });

  it("refuses an impossible date, 2025-02-30, naming the field path", () => {
    expect(issuesOf({ applicant: { settlement: { date: "2025-02-30" } } })).toEqual([
      { path: "applicant.settlement.date", message: expect.stringMatching(/YYYY-MM-DD/) },
    ]);
  });

  it("refuses dates that are not written YYYY-MM-DD", () => {
    expect(issuesOf({ asOf: "2025-6-1" })[0]!.path).toBe("asOf");
    expect(issuesOf({ graduate: { graduationDate: "01/06/2025" } })[0]!.path).toBe("graduate.graduationDate");
    expect(issuesOf({ asOf: "2025-13-01" })[0]!.path).toBe("asOf");
  });

  it("accepts 29 February in a leap year only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
  });

  it("refuses a wrong type, naming the field path", () => {
    expect(issuesOf({ applicant: { headcount: "ten" } })[0]!.path).toBe("applicant.headcount");
    expect(issuesOf({ applicant: { aiBusiness: "yes" } })[0]!.path).toBe("applicant.aiBusiness");
    expect(issuesOf({ events: {} })[0]!.path).toBe("events");
    expect(issuesOf([])[0]!.path).toBe("(profile)");
  });

  it("refuses a fractional headcount", () => {
    expect(issuesOf({ applicant: { headcount: 1.5 } })).toEqual([{ path: "applicant.headcount", message: "must be a whole number" }]);
  });

  it("refuses a value outside an enumeration", () => {
    expect(issuesOf({ applicant: { type: "company" } })[0]!.path).toBe("applicant.type");
    expect(issuesOf({ applicant: { aseanCountry: "CN" } })[0]!.path).toBe("applicant.aseanCountry");
  });

  it("refuses an unknown key, so that a typo is not silently ignored", () => {
    expect(issuesOf({ applicant: { headcont: 3 } })).toEqual([{ path: "applicant.headcont", message: expect.stringContaining("unknown field") }]);
    expect(issuesOf({ budget: 1 })).toEqual([{ path: "budget", message: expect.stringContaining("unknown field") }]);
  });

  it("takes otherSupportForSameItem as true, false, or a list of measure ids; refuses an empty list and an unknown id", () => {
    expect(parseProfile({ otherSupportForSameItem: true }).ok).toBe(true);
    expect(parseProfile({ otherSupportForSameItem: false }).ok).toBe(true);
    const r = parseProfile({ otherSupportForSameItem: ["m14", "m21"] });
    expect(r.ok && r.profile.otherSupportForSameItem).toEqual(["m14", "m21"]);
    expect(issuesOf({ otherSupportForSameItem: [] })[0]!.path).toBe("otherSupportForSameItem");
    expect(issuesOf({ otherSupportForSameItem: ["m23"] })[0]!.path).toMatch(/^otherSupportForSameItem/);
    expect(issuesOf({ otherSupportForSameItem: "m14" })[0]!.path).toBe("otherSupportForSameItem");
  });

  it("describes otherSupportForSameItem in the JSON Schema as a boolean or a list of measure ids", () => {
    const field = (profileJsonSchema().properties as Record<string, { anyOf?: { type?: string; items?: { enum?: string[] }; minItems?: number }[] }>).otherSupportForSameItem!;
    expect(field.anyOf?.map((x) => x.type)).toEqual(["boolean", "array"]);
    expect(field.anyOf?.[1]?.items?.enum).toContain("m21");
    expect(field.anyOf?.[1]?.minItems).toBe(1);
  });

  it("reports every problem at once", () => {
    const issues = issuesOf({ asOf: "2025-02-30", applicant: { headcount: -1 }, loans: [{ annualRate: 2 }] });
    expect(issues.map((i) => i.path)).toEqual(["asOf", "applicant.headcount", "loans[0].annualRate"]);
  });

  it("refuses a profile version other than 1", () => {
    expect(issuesOf({ version: 2 })[0]!.path).toBe("version");
  });

  it("refuses a first revenue year that is not a whole year", () => {
    expect(issuesOf({ tax: { firstRevenueYear: 2025.5 } })[0]!.path).toBe("tax.firstRevenueYear");
  });
});

describe("Profile v1 money", () => {
  it("accepts money as a number or a decimal string, both as Decimal", () => {
    const r = parseProfile({ compute: { annualSpendAtCenter: 500000 }, corpus: { annualPurchaseFromUnrelatedParties: "500000.00" } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const a = r.profile.compute!.annualSpendAtCenter!;
    const b = r.profile.corpus!.annualPurchaseFromUnrelatedParties!;
    expect(a).toBeInstanceOf(Decimal);
    expect(a.equals(b)).toBe(true);
  });

  it("keeps every digit of a large decimal string", () => {
    const r = parseProfile({ tax: { annualTaxableIncome: "12345678901234567890.12" } });
    expect(r.ok && r.profile.tax!.annualTaxableIncome!.toFixed()).toBe("12345678901234567890.12");
  });

  it("reads 0.1 as exactly one tenth", () => {
    const r = parseProfile({ compute: { annualSpendAtCenter: 0.1 } });
    expect(r.ok && r.profile.compute!.annualSpendAtCenter!.toFixed()).toBe("0.1");
  });

  it("accepts a string with spaces around it", () => {
    expect(parseProfile({ compute: { annualSpendAtCenter: " 1000 " } }).ok).toBe(true);
  });
});

describe("Profile v1 JSON Schema", () => {
  it("describes the input side: applicant properties, and money as number or string", () => {
    const schema = profileJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties.applicant!.properties!)).toEqual(
      expect.arrayContaining(["type", "aiBusiness", "aseanOrigin", "settlement", "headcount", "talentTeamTier"]),
    );
    const spend = (schema.properties.compute!.properties!.annualSpendAtCenter as { anyOf: { type: string }[] }).anyOf.map((x) => x.type);
    expect(spend).toEqual(["number", "string"]);
  });
});

describe("isIsoDate, read digit by digit", () => {
  /** The check it replaced, through Date.UTC. */
  function byDate(s: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  }

  it("agrees with the Date-based check on every day, month 00–13 and day 00–32, of years 0000–0120, 1890–2110, 2396–2404 and 9990–9999", () => {
    const years = [...Array.from({ length: 121 }, (_, i) => i), ...Array.from({ length: 221 }, (_, i) => 1890 + i), ...Array.from({ length: 9 }, (_, i) => 2396 + i), ...Array.from({ length: 10 }, (_, i) => 9990 + i)];
    const differ: string[] = [];
    for (const y of years) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          if (isIsoDate(s) !== byDate(s)) differ.push(s);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(isIsoDate("2024-02-29") && !isIsoDate("1900-02-29") && isIsoDate("2000-02-29")).toBe(true);
  });

  it("refuses what is not written YYYY-MM-DD, as the Date-based check did", () => {
    for (const s of ["", "2025-6-1", "2025-06-1 ", " 2025-06-01", "2025-06-01\n", "2025/06/01", "2025-06-0a", "+025-06-01", "2025-0.-01", "２０２５-06-01", "20250-06-01", "2025-06--1"]) {
      expect([s, isIsoDate(s)]).toEqual([s, byDate(s)]);
    }
  });
});
