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
import { SOME_SETTLED_NOTE, UPPER_BOUND_NOTE } from "./outcome.ts";
import { SCOPE_CLAUSE } from "./policy.ts";
import type { MeasurePart, MeasureResult } from "./types.ts";

/** Rewrites the （十七）/（十八） results in place so that a person named in both lists counts once, the better way. */
export function countEachPersonOnce(profile: Profile, results: MeasureResult[]): void {
  const m17 = results.find((r) => r.measure === "m17");
  const m18 = results.find((r) => r.measure === "m18");
  if (!m17 || !m18 || m17.status === "ineligible" || m18.status === "ineligible") return;
  // A list not given yet may name the same person: each named entry of the other list pends on what （十七） or
  // （十八） still misses (the list among it), as it would on a pending reward of that person.
  if (profile.newExecutives === undefined) {
    profile.newTechTalent?.forEach((y, j) => {
      const hire = m18.parts.find((p) => p.id === `hire[${j}]`);
      if (y.person !== undefined && hire) pendOn(m18, hire, m17.missing);
    });
  }
  if (profile.newTechTalent === undefined) {
    profile.newExecutives?.forEach((x, i) => {
      const exec = m17.parts.find((p) => p.id === `executive[${i}]`);
      if (x.person !== undefined && exec) pendOn(m17, exec, m18.missing);
    });
  }
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
        // Either reward may still be set aside for the other, whose facts are not all known: each pends on the
        // facts that decide the other (else knowing them could turn a settled （十七） "not applicable", or
        // raise （十八） above the bound it showed). Worked out for both before either is changed.
        const [for17, for18] = [decidingFacts(m18, hire), decidingFacts(m17, exec)];
        pendOn(m17, exec, for17);
        pendOn(m18, hire, for18);
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
        drop.assumptions = drop.assumptions.filter((a) => a !== SOME_SETTLED_NOTE);
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

/**
 * The facts that decide whether `part` of `m` is given: the part's own
 * missing facts and the measure's that belong to none of its parts (its
 * own conditions, such as （十八）'s enterprise above designated size).
 */
function decidingFacts(m: MeasureResult, part: MeasurePart): string[] {
  const ofParts = new Set(m.parts.flatMap((p) => p.missing));
  return [...new Set([...part.missing, ...m.missing.filter((path) => !ofParts.has(path))])];
}

/**
 * `part` of `m`, settled, may still be set aside for the same person's other
 * reward, which hangs on `facts`: the part pends on them (its amount stays
 * the bound), and so does `m`, settled now only by its other settled parts.
 */
function pendOn(m: MeasureResult, part: MeasurePart, facts: readonly string[]): void {
  if (facts.length === 0 || (part.status !== "eligible" && part.status !== "likely")) return;
  part.status = "needs_info";
  part.missing = [...new Set([...part.missing, ...facts])];
  m.missing = [...new Set([...m.missing, ...facts])];
  if (m.settledCashCNY !== null && part.amountCNY !== null) m.settledCashCNY = formatCny(new D(m.settledCashCNY).minus(part.amountCNY));
  if (m.status !== "eligible" && m.status !== "likely") return;
  if (!m.parts.some((p) => p.status === "eligible" || p.status === "likely")) {
    m.status = "needs_info";
    m.assumptions = m.assumptions.filter((a) => a !== SOME_SETTLED_NOTE);
    if (m.maxCashCNY !== null && !m.assumptions.includes(UPPER_BOUND_NOTE)) m.assumptions.push(UPPER_BOUND_NOTE);
  } else if (!m.assumptions.includes(SOME_SETTLED_NOTE)) {
    m.assumptions.push(SOME_SETTLED_NOTE);
  }
}
