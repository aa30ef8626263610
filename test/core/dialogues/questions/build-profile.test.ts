import { describe, expect, it } from "vitest";
import { buildProfile, withAnotherItem } from "../../../../core/dialogues/questions/build-profile.ts";
import { itemCount, itemId, LISTS } from "../../../../core/dialogues/questions/lists.ts";
import type { AnswerValue } from "../../../../core/dialogues/types.ts";

describe("buildProfile: the profile and which question settles each fact", () => {
  const twoEvents = {
    hasEvents: true,
    "eventKind#1": "forum_asean",
    "eventCost#1": "80000",
    "eventMore#1": true,
    "eventCost#2": "120000",
  };

  it("builds one item per event the answers hold, each with its own answers", () => {
    const { profile } = buildProfile(twoEvents, "2026-06-01");
    expect(profile.events).toHaveLength(2);
    expect(String(profile.events?.[0]?.cost)).toBe("80000");
    expect(String(profile.events?.[1]?.cost)).toBe("120000");
    expect(profile.events?.[1]?.kind).toBeUndefined();
  });

  it("names the question about that very item for an item's fact, and every field its question settles", () => {
    const { provenance } = buildProfile(twoEvents, "2026-06-01");
    expect(provenance.get("events[1].cost")).toEqual(["eventCost#2"]);
    expect(provenance.get("events[1].kind")).toEqual(["eventKind#2"]);
    expect(provenance.get("events[1].location")).toEqual(["eventKind#2"]);
    expect(provenance.get("events[0].recognizedByCenter")).toEqual(["eventRecognized#1"]);
  });

  it("names no question for an item the answers do not hold, a list not opened, or a field no question asks", () => {
    const { provenance } = buildProfile(twoEvents, "2026-06-01");
    expect(provenance.get("events[2].cost")).toBeUndefined();
    expect(provenance.get("loans[0].principal")).toBeUndefined();
    expect(provenance.get("events[0].nothing")).toBeUndefined();
    expect(provenance.get("nothing.at.all")).toBeUndefined();
  });

  it("names the list's opener for the list itself, and a plain question for a plain fact", () => {
    const { provenance } = buildProfile({}, "2026-06-01");
    expect(provenance.get("events")).toEqual(["hasEvents"]);
    expect(provenance.get("loans")).toEqual(["hasLoans"]);
  });
});

describe("withAnotherItem: the profile with one more item, as a yes to the list's last \"add another?\" gives", () => {
  const answerSets: Record<string, AnswerValue>[] = [
    { hasEvents: true, "eventKind#1": "forum_asean", "eventCost#1": "80000" },
    { hasEvents: true, "eventKind#1": "launch_center", "eventMore#1": true, "eventCost#2": "50000", hasLoans: true, "loanPrincipal#1": "2000000", "loanRate#1": "3.1" },
    { hasProjects: true, "projectInvestment#1": "900000", hasExecs: true, "execPay#1": "600000", hasTalent: true, "talentPay#1": "800000", "talentNetPay#1": "650000" },
  ];
  for (const answers of answerSets) {
    for (const list of LISTS.filter((l) => itemCount(l, answers) > 0)) {
      it(`adds item ${itemCount(list, answers) + 1} to ${list.list} and changes nothing else (${Object.keys(answers).length} answers)`, () => {
        const built = buildProfile(answers, "2026-06-01");
        const more = itemId(list.more, itemCount(list, answers));
        const rebuilt = buildProfile({ ...answers, [more]: true }, "2026-06-01").profile;
        expect(JSON.stringify(withAnotherItem(built, list, answers))).toBe(JSON.stringify(rebuilt));
        // The built profile itself is left as it was.
        expect(JSON.stringify(built.profile)).toBe(JSON.stringify(buildProfile(answers, "2026-06-01").profile));
      });
    }
  }
});
