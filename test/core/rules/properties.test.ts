import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { evaluate, MEASURE_BY_ID, MEASURE_IDS, type EvaluationResult, type MeasureId, type MeasureResult } from "../../../core/rules/index.ts";
import { keyPaths, knownProfile, profile, updateAt, withoutKey } from "../../helpers/profile-arbitraries.ts";
import { evaluateOk, type JsonObject } from "../../helpers/profiles.ts";

// FC_RUNS raises the number of cases when hunting for bugs locally.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 400) };
const MANY = { numRuns: 4 * RUNS.numRuns };
const CNY = /^\d+\.\d{2}$/;

const byId = (r: EvaluationResult) => new Map(r.results.map((x) => [x.measure, x]));
const cash = (r: MeasureResult) => (r.maxCashCNY === null ? null : new Decimal(r.maxCashCNY));
const quantity = (r: MeasureResult, kind: string) => {
  const q = r.benefits.find((b) => b.kind === kind)?.quantity;
  return q === undefined || q === null ? null : new Decimal(q);
};
const list = (p: JsonObject, key: string) => (Array.isArray(p[key]) ? (p[key] as JsonObject[]) : []);
const sumOf = (items: JsonObject[], key: string) => items.reduce((a, x) => (x[key] === undefined ? a : a.plus(String(x[key]).trim())), new Decimal(0));

/** A measure's parameter value, read from the measure itself (the clause's words are checked against the text in clause-text.test.ts). */
const P = (id: MeasureId, name: string) => {
  const v = MEASURE_BY_ID.get(id)?.params[name]?.value;
  if (v === undefined) throw new Error(`no parameter ${id}.${name}`);
  return new Decimal(v.toString());
};

/** The most a measure may show for `p`, from the measures' own parameters (caps, rates, years). */
function capOf(id: MeasureId, p: JsonObject, doubled: boolean): Decimal | null {
  const x = doubled ? P("m05", "multiplier") : new Decimal(1);
  const tax = (p.tax ?? {}) as JsonObject;
  switch (id) {
    case "m02": return P("m02", "leadingCap").times(x);
    case "m04": return P("m04", "eventCap").times(x).times(list(p, "events").length);
    case "m06": return P("m06", "cap");
    case "m07": return P("m07", "cap");
    case "m10": return P("m10", "scenarioCap");
    case "m08": return P("m08", "projectCap");
    case "m09": return P("m09", "computeCap").plus(P("m09", "corpusCap"));
    case "m11": return P("m11", "cap");
    case "m12": return P("m12", "cap");
    case "m13": return Decimal.max(P("m13", "aseanCap"), P("m13", "centerCap")).times(list(p, "events").length);
    case "m14": return P("m14", "projectCap").times(list(p, "aseanProjects").length);
    case "m17": return sumOf(list(p, "newExecutives"), "annualAfterTaxPay").times(P("m17", "rate")).times(P("m17", "years"));
    case "m18": return sumOf(list(p, "newTechTalent"), "annualAfterTaxPay").times(P("m18", "band3Rate")).times(P("m18", "years"));
    case "m19": {
      if (tax.annualTaxableIncome === undefined) return null;
      const rate = tax.corporateIncomeTaxRate === undefined ? P("m19", "defaultCitRate") : new Decimal(String(tax.corporateIncomeTaxRate));
      // At most every relief year: years 1–5 in full, years 6–10 halved.
      const full = P("m19", "fullReliefYears");
      const half = P("m19", "halfReliefUntilYear").minus(P("m19", "halfReliefFromYear")).plus(1).times(P("m19", "halfFactor"));
      return new Decimal(String(tax.annualTaxableIncome).trim()).times(rate).times(P("m19", "localShare")).times(full.plus(half));
    }
    case "m21": return P("m21", "totalCap");
    default: return new Decimal(0);
  }
}

describe("properties of evaluate()", () => {
  it("all 22 measures are always present, in id order, and every amount is a CNY string with 2 decimals or null", () => {
    fc.assert(
      fc.property(profile, (p) => {
        const r = evaluateOk(p);
        expect(r.results.map((x) => x.measure)).toEqual([...MEASURE_IDS]);
        for (const x of r.results) if (x.maxCashCNY !== null) expect(x.maxCashCNY).toMatch(CNY);
        expect(r.totalMaxCashCNY).toMatch(CNY);
      }),
      RUNS,
    );
  });

  it("the cash total is the sum of eligible and likely settled amounts, tax relief apart and never in it; pending parts are named in the notes", () => {
    fc.assert(
      fc.property(profile, (p) => {
        const r = evaluateOk(p);
        const counted = r.results.filter((x) => (x.status === "eligible" || x.status === "likely") && x.settledCashCNY !== null);
        const of = (xs: MeasureResult[]) => xs.reduce((a, x) => a.plus(x.settledCashCNY!), new Decimal(0)).toFixed(2);
        // A settled measure missing nothing counts its whole figure; one with pending parts, a note says what they could add.
        for (const x of counted) {
          if (x.missing.length === 0) expect(x.settledCashCNY, x.measure).toBe(x.maxCashCNY ?? "0.00");
          else expect(r.totals.notes.some((n) => n.startsWith(`${x.clause}: only its settled parts are counted`)), x.measure).toBe(true);
        }
        expect(r.totalMaxCashCNY).toBe(of(counted.filter((x) => x.kind !== "tax_relief")));
        expect(r.totals.wholePeriodCashCNY).toBe(r.totalMaxCashCNY);
        expect(r.totals.taxReliefCNY).toBe(of(counted.filter((x) => x.kind === "tax_relief")));
        // The first year never holds more cash than the whole period.
        expect(new Decimal(r.totals.firstYearCashCNY).lessThanOrEqualTo(r.totals.wholePeriodCashCNY)).toBe(true);
      }),
      RUNS,
    );
  });

  it("every cash figure carries a kind and a period, and parts add up to their measure's bound", () => {
    fc.assert(
      fc.property(profile, (p) => {
        for (const x of evaluateOk(p).results) {
          expect(x.kind === null, x.measure).toBe(!MEASURE_BY_ID.get(x.measure)!.cash);
          expect(x.period === null, x.measure).toBe(x.kind === null);
          const cashParts = x.parts.filter((q) => q.kind !== null && q.status !== "ineligible");
          if (cashParts.length > 0 && x.status !== "ineligible" && x.maxCashCNY !== null) {
            const sum = cashParts.reduce((a, q) => a.plus(q.amountCNY ?? 0), new Decimal(0));
            const cents = new Decimal("0.01").times(cashParts.length);
            // Each part is rounded once on its own: the sum may differ from the measure's by a cent a part.
            // Several （二十一） loans still missing facts have no bound of their own: the measure keeps theirs, so the known parts stay within it.
            if (cashParts.every((q) => q.amountCNY !== null)) expect(sum.minus(x.maxCashCNY).abs().lessThanOrEqualTo(cents), `${x.measure}: parts ${sum} vs ${x.maxCashCNY}`).toBe(true);
            else expect(sum.lessThanOrEqualTo(new Decimal(x.maxCashCNY).plus(cents)), `${x.measure}: parts ${sum} above ${x.maxCashCNY}`).toBe(true);
            // The settled parts add up to the settled amount.
            const settledParts = cashParts.filter((q) => q.status === "eligible" || q.status === "likely");
            if (x.settledCashCNY !== null && x.missing.length > 0 && x.status !== "needs_info") {
              const s = settledParts.reduce((a, q) => a.plus(q.amountCNY ?? 0), new Decimal(0));
              expect(s.minus(x.settledCashCNY).abs().lessThanOrEqualTo(cents), `${x.measure}: settled parts ${s} vs ${x.settledCashCNY}`).toBe(true);
            }
          }
          // No part shows more than its measure's clause cap allows (（二十一）: the enterprise cap).
          if (x.measure === "m21") for (const q of x.parts) if (q.amountCNY !== null) expect(new Decimal(q.amountCNY).lessThanOrEqualTo(P("m21", "totalCap")), q.id).toBe(true);
          if (x.settledCashCNY !== null && x.maxCashCNY !== null) expect(new Decimal(x.settledCashCNY).lessThanOrEqualTo(x.maxCashCNY), x.measure).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("every status is consistent: needs_info lists missing paths, ineligible lists reasons, a settled measure lists only its pending parts' facts, and no measure but a cash one shows cash", () => {
    fc.assert(
      fc.property(profile, (p) => {
        for (const x of evaluateOk(p).results) {
          if (x.status === "needs_info") expect(x.missing.length, x.measure).toBeGreaterThan(0);
          else if (x.status === "ineligible") expect(x.missing, x.measure).toEqual([]);
          else if (x.missing.length > 0) {
            // Eligible or likely while facts are missing: a part is settled, and every missing fact is a pending part's.
            expect(x.parts.some((q) => q.status === "eligible" || q.status === "likely"), x.measure).toBe(true);
            const pending = new Set(x.parts.filter((q) => q.status === "needs_info").flatMap((q) => q.missing));
            for (const path of x.missing) expect(pending.has(path), `${x.measure} ${path}`).toBe(true);
          }
          if (x.status === "ineligible") {
            expect(x.reasons.length, x.measure).toBeGreaterThan(0);
            for (const reason of x.reasons) expect(reason.clause, x.measure).toMatch(/^（.+）$|^适用范围$/);
          }
          if (["m01", "m03", "m05", "m15", "m16", "m20", "m22"].includes(x.measure)) expect(x.maxCashCNY, x.measure).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it("no amount exceeds its cap", () => {
    fc.assert(
      fc.property(profile, (p) => {
        const res = byId(evaluateOk(p));
        // （五） may double （一）–（四） when it applies, and their bounds include it while it is undecided.
        const doubled = res.get("m05")!.status !== "ineligible";
        for (const x of res.values()) {
          const c = cash(x);
          const cap = capOf(x.measure, p, doubled);
          if (c !== null && cap !== null) expect(c.lessThanOrEqualTo(cap.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)), `${x.measure} ${c} > ${cap}`).toBe(true);
        }
        const x = doubled ? P("m05", "multiplier") : new Decimal(1);
        const area = quantity(res.get("m01")!, "office_space");
        if (area) expect(area.lessThanOrEqualTo(P("m01", "areaCap").times(x))).toBe(true);
        const places = quantity(res.get("m03")!, "talent_apartment");
        if (places) expect(places.lessThanOrEqualTo(P("m03", "apartmentPlacesCap").times(x))).toBe(true);
        const booth = quantity(res.get("m04")!, "showcase_booth");
        if (booth) expect(booth.lessThanOrEqualTo(P("m04", "boothMonths"))).toBe(true);
      }),
      RUNS,
    );
  });

  it("an ASEAN-origin profile never gets more than 2x (nor less than) the same profile without ASEAN origin, per measure", () => {
    fc.assert(
      fc.property(knownProfile, (p) => {
        const withOrigin = (v: boolean) => byId(evaluateOk({ ...p, applicant: { ...(p.applicant as JsonObject), aseanOrigin: v } }));
        const asean = withOrigin(true);
        const domestic = withOrigin(false);
        for (const id of MEASURE_IDS) {
          const a = asean.get(id)!;
          const d = domestic.get(id)!;
          const [ca, cd] = [cash(a), cash(d)];
          expect(ca === null, id).toBe(cd === null);
          if (ca && cd) {
            // Both are rounded once to 0.01, half up: round(2x) ≤ 2·round(x) + 0.01.
            expect(ca.lessThanOrEqualTo(cd.times(2).plus("0.01")), `${id}: ${ca} > 2 × ${cd}`).toBe(true);
            expect(ca.greaterThanOrEqualTo(cd), `${id}: ${ca} < ${cd}`).toBe(true);
          }
          for (const b of d.benefits) {
            const qd = quantity(d, b.kind);
            const qa = quantity(a, b.kind);
            if (qd && qa) expect(qa.lessThanOrEqualTo(qd.times(2)) && qa.greaterThanOrEqualTo(qd), `${id} ${b.kind}`).toBe(true);
          }
          if (!["m01", "m02", "m03", "m04", "m05"].includes(id)) {
            expect(a.maxCashCNY, id).toBe(d.maxCashCNY);
            expect(a.status, id).toBe(d.status);
          }
        }
      }),
      RUNS,
    );
  });

  it("amounts never fall when a spend rises (compute, corpus, event cost, investment, loan principal, pay, income)", () => {
    const SPENDS = new Set(["annualSpendAtCenter", "annualPurchaseFromUnrelatedParties", "cost", "investment", "principal", "annualAfterTaxPay", "annualPay", "annualTaxableIncome"]);
    fc.assert(
      fc.property(knownProfile, fc.nat(), fc.integer({ min: 1, max: 50_000_000 }), (p, pick, delta) => {
        const paths = keyPaths(p).filter((k) => SPENDS.has(String(k.at(-1))));
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length]!;
        const richer = updateAt(p, path, (old) => new Decimal(String(old).trim()).plus(delta).toFixed());
        // A higher after-tax pay may pass the gross pay, which evaluate refuses; that is not a fall.
        fc.pre(evaluate(richer).ok);
        const before = byId(evaluateOk(p));
        const after = byId(evaluateOk(richer));
        // One person in both （十七） and （十八） moves to the better clause as pay rises (从优不重复): their sum never falls.
        const pooled = (r: Map<string, MeasureResult>, id: string) =>
          id === "m17" || id === "m18" ? [cash(r.get("m17")!), cash(r.get("m18")!)].reduce<Decimal | null>((s, c) => (s === null || c === null ? null : s.plus(c)), new Decimal(0)) : cash(r.get(id)!);
        for (const id of MEASURE_IDS) {
          const [b, a] = [pooled(before, id), pooled(after, id)];
          if (a && b) expect(a.greaterThanOrEqualTo(b), `${id} fell from ${b} to ${a} when ${path.join(".")} rose by ${delta}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  describe("an absent field never acts as zero", () => {
    // Fields whose absence is documented as a default or only drops a remark: the CIT rate defaults to 25%;
    // a loan without a start year counts as starting with the others (a bound, never less);
    // the others add a benefit line, a note or a trace, never a condition.
    // a person's name only merges one person's rewards under （十七） and （十八） (从优不重复), so its absence counts both;
    const DEFAULTED = new Set(["asOf", "tax.corporateIncomeTaxRate", "applicant.aiManufacturing", "otherSupportForSameItem", "applicant.aseanCountry", "loans.startYear", "newExecutives.person", "newTechTalent.person"]);
    const name = (path: (string | number)[]) => path.filter((k) => typeof k === "string").join(".");
    const removals = fc.tuple(profile, fc.nat()).map(([p, pick]) => {
      const paths = keyPaths(p).filter((k) => !DEFAULTED.has(name(k)) && !(k.at(-1) === "domain" && k[0] === "aseanProjects"));
      return { p, path: paths.length ? paths[pick % paths.length]! : null };
    });

    it("removing a field never turns needs_info into eligible, likely, ineligible or a figure of 0, nor creates a failure", () => {
      fc.assert(
        fc.property(removals, ({ p, path }) => {
          fc.pre(path !== null);
          const full = byId(evaluateOk(p));
          const less = byId(evaluateOk(withoutKey(p, path!)));
          for (const id of MEASURE_IDS) {
            const [f, l] = [full.get(id)!, less.get(id)!];
            const where = `${id} without ${path!.join(".")}`;
            if (f.status === "needs_info") expect(l.status, where).toBe("needs_info");
            if (l.status === "ineligible") expect(f.status, where).toBe("ineligible");
            if ((l.status === "eligible" || l.status === "likely") && l.missing.length === 0) {
              expect(f.status, where).toBe(l.status);
              expect(f.maxCashCNY, where).toBe(l.maxCashCNY);
            }
            // Settled with parts pending: knowing more keeps it settled (a pending part may turn out likely).
            if ((l.status === "eligible" || l.status === "likely") && l.missing.length > 0) expect(["eligible", "likely"], where).toContain(f.status);
          }
        }),
        MANY,
      );
    });

    it("while a fact is missing, a shown amount is an upper bound of what knowing it can give", () => {
      fc.assert(
        fc.property(removals, ({ p, path }) => {
          fc.pre(path !== null);
          const full = byId(evaluateOk(p));
          const less = byId(evaluateOk(withoutKey(p, path!)));
          for (const id of MEASURE_IDS) {
            const [f, l] = [full.get(id)!, less.get(id)!];
            const [cf, cl] = [cash(f), cash(l)];
            if (l.missing.length > 0 && cl && cf) {
              expect(cf.lessThanOrEqualTo(cl), `${id} without ${path!.join(".")}: ${cf} > bound ${cl}`).toBe(true);
            }
          }
        }),
        MANY,
      );
    });
  });

  it("a loan's start year can only lower （二十一）'s figure: without it, the figure is the bound", () => {
    fc.assert(
      fc.property(knownProfile, (p) => {
        const starts = keyPaths(p).filter((k) => k[0] === "loans" && k.at(-1) === "startYear");
        fc.pre(starts.length > 0);
        const without = starts.reduce((q, path) => withoutKey(q, path), p);
        const [w, wo] = [cash(byId(evaluateOk(p)).get("m21")!), cash(byId(evaluateOk(without)).get("m21")!)];
        if (w && wo) expect(w.lessThanOrEqualTo(wo), `${w} > ${wo}`).toBe(true);
      }),
      RUNS,
    );
  });

  describe("evaluate never throws", () => {
    const check = (input: unknown) => {
      const r = evaluate(input);
      if (!r.ok) {
        expect(r.issues.length).toBeGreaterThan(0);
        for (const i of r.issues) {
          expect(typeof i.path).toBe("string");
          expect(i.message.length).toBeGreaterThan(0);
        }
      }
    };

    it("on arbitrary JSON it returns ok:false with issues instead", () => {
      fc.assert(fc.property(fc.jsonValue(), check), RUNS);
    });

    it("on arbitrary JavaScript values", () => {
      fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), check), RUNS);
    });

    it("on a valid profile with one value replaced by arbitrary JSON", () => {
      fc.assert(
        fc.property(profile, fc.nat(), fc.jsonValue(), (p, pick, junk) => {
          const paths = keyPaths(p);
          fc.pre(paths.length > 0);
          check(updateAt(p, paths[pick % paths.length]!, () => junk));
        }),
        RUNS,
      );
    });
  });
});
