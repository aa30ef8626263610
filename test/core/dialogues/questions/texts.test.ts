import { describe, expect, it } from "vitest";
import { NOT_ASKED, QUESTIONS, type QuestionDef } from "../../../../core/dialogues/questions/bank.ts";
import { buildProfile } from "../../../../core/dialogues/questions/build-profile.ts";
import { unaskedFacts } from "../../../../core/dialogues/questions/coverage.ts";
import { LANGS } from "../../../../core/i18n/langs.ts";
import { CATALOGS } from "../../../../core/i18n/messages/index.ts";
import { MEASURES } from "../../../../core/rules/measures/index.ts";
import { aseanCountry } from "../../../fixtures/questions/asean-country.ts";

/** The catalogue keys a question shows: its text, help, summary label and each option. */
const textKeys = (q: QuestionDef) => [`q.${q.id}`, `h.${q.id}`, `l.${q.id}`, ...(q.options ?? []).map((o) => `o.${q.id}.${o}`)];

/** Keys of `questions` missing from some catalogue, as `lang key`. */
function missingTexts(questions: readonly QuestionDef[]): string[] {
  return LANGS.flatMap((lang) => questions.flatMap((q) => textKeys(q).filter((k) => !(k in CATALOGS[lang])).map((k) => `${lang} ${k}`)));
}

describe("the texts of the questions", () => {
  it("exist in all ten catalogues for every question of the bank", () => {
    expect(missingTexts(QUESTIONS)).toEqual([]);
  });
});

describe("adding a question bound to a fact the profile already has (the recipe, walked)", () => {
  const bank = [...QUESTIONS, aseanCountry];
  const { [aseanCountry.paths[0]!]: _excused, ...notAsked } = NOT_ASKED;

  it("writes the answer into the profile and names the question as the one that settles the fact, with no other code", () => {
    const built = buildProfile({ asean: true, aseanCountry: "VN" }, "2026-06-01", bank);
    expect(built.profile.applicant?.aseanCountry).toBe("VN");
    expect(built.provenance.get("applicant.aseanCountry")).toEqual(["aseanCountry"]);
  });

  it("keeps every fact covered once the fact leaves the not-asked list in the same file", () => {
    expect(unaskedFacts(MEASURES, bank, notAsked)).toEqual([]);
    expect(Object.keys(NOT_ASKED)).toContain("applicant.aseanCountry");
  });

  it("is caught until its texts are in the ten catalogues", () => {
    const missing = missingTexts([aseanCountry]);
    expect(missing).toContain("zh q.aseanCountry");
    expect(missing).toContain("my o.aseanCountry.VN");
    expect(new Set(missing.map((m) => m.split(" ")[0]))).toEqual(new Set(LANGS));
  });
});
