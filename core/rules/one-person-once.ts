/**
 * 从优不重复 between （十七） and （十八）: one person newly recruited as an
 * executive and as high-end tech talent is rewarded once, under the more
 * favourable clause.
 *
 * > 与自治区、南宁市现行政策以及今后滚动出台的新政策存在交叉、重复的，按"从优不重复"原则执行
 *
 * The scope paragraph says it of overlaps with other policies; a reward for the
 * same pay of the same person under two clauses of these measures is the same
 * overlap, so the same rule is applied (docs/INTERPRETATIONS.md).
 */
import { D, formatCny } from "./money.ts";
import type { Profile } from "./profile.ts";
import { SCOPE_CLAUSE } from "./policy.ts";
import type { MeasurePart, MeasureResult } from "./types.ts";

/** Rewrites the （十七）/（十八） results in place so that a person named in both lists counts once, the better way. */
export function countEachPersonOnce(profile: Profile, results: MeasureResult[]): void {
  const m17 = results.find((r) => r.measure === "m17");
  const m18 = results.find((r) => r.measure === "m18");
  if (!m17 || !m18 || m17.status === "ineligible" || m18.status === "ineligible") return;
  profile.newExecutives?.forEach((x, i) => {
    if (x.person === undefined) return;
    profile.newTechTalent?.forEach((y, j) => {
      if (y.person !== x.person) return;
      const exec = m17.parts.find((p) => p.id === `executive[${i}]`);
      const hire = m18.parts.find((p) => p.id === `hire[${j}]`);
      if (!exec || !hire || exec.status === "ineligible" || hire.status === "ineligible") return;
      const upperBound = () => {
        const note = `从优不重复: ${x.person} is in both （十七） and （十八）; only the more favourable reward is given, so until both are settled the figures are upper bounds.`;
        m17.assumptions.push(note);
        m18.assumptions.push(note);
      };
      if (exec.amountCNY === null || hire.amountCNY === null) return upperBound();
      // Ties go to （十七）, the clause listed first.
      const [keep, drop, dropped] = new D(hire.amountCNY).greaterThan(exec.amountCNY) ? [m18, m17, exec] : [m17, m18, hire];
      // The better reward must itself be settled before the other is set aside: it may still fail.
      const kept = keep === m17 ? exec : hire;
      if (keep.status === "needs_info" || kept.status === "needs_info") return upperBound();
      // A measure with no bound (another hire's pay unknown) keeps none.
      if (drop.maxCashCNY !== null) drop.maxCashCNY = formatCny(new D(drop.maxCashCNY).minus(dropped.amountCNY!));
      if (drop.settledCashCNY !== null && (dropped.status === "eligible" || dropped.status === "likely")) {
        drop.settledCashCNY = formatCny(new D(drop.settledCashCNY).minus(dropped.amountCNY!));
      }
      const text = `从优不重复: ${x.person} is rewarded under ${keep.clause}, the more favourable, not also under ${drop.clause}.`;
      keep.assumptions.push(text);
      drop.assumptions.push(text);
      // The dropped part's facts no longer matter (each is its own, by index).
      const droppedMissing = new Set(dropped.missing);
      drop.missing = drop.missing.filter((path) => !droppedMissing.has(path));
      setDropped(dropped, text, keep.clause);
      if (drop.parts.every((p) => p.kind === null || p.status === "ineligible")) {
        drop.status = "ineligible";
        drop.maxCashCNY = formatCny(new D(0));
        drop.settledCashCNY = formatCny(new D(0));
        drop.missing = [];
        drop.reasons = [...dropped.reasons];
      } else if (drop.status !== "needs_info" && drop.missing.length > 0 && !drop.parts.some((p) => p.status === "eligible" || p.status === "likely")) {
        // Settled only by the part set aside: the rest still pends.
        drop.status = "needs_info";
      } else if (drop.missing.length === 0) {
        drop.assumptions = drop.assumptions.filter((a) => !a.startsWith("Some parts are settled"));
      }
    });
  });
}

function setDropped(part: MeasurePart, text: string, keptUnder: string): void {
  part.status = "ineligible";
  part.amountCNY = formatCny(new D(0));
  part.missing = [];
  part.reasons = [{ code: "counted_under_better_clause", clause: SCOPE_CLAUSE, text, params: { clause: keptUnder } }];
}
