import { describe, expect, test } from "vitest";
import { FORBIDDEN_PHRASES, forbiddenPhrases } from "../../../core/explain/forbidden-phrases.ts";
import { kinLanguageInstead } from "../../../core/explain/kin-languages.ts";
import { unsafeContent } from "../../../core/explain/text-safety.ts";
import { LANGS } from "../../../core/i18n/langs.ts";

describe("the forbidden phrases", () => {
  test("every language has a list for every category", () => {
    for (const lang of LANGS) {
      for (const list of Object.values(FORBIDDEN_PHRASES[lang])) expect(list.length, lang).toBeGreaterThan(0);
      expect(Object.keys(FORBIDDEN_PHRASES[lang]).sort()).toEqual(["contact", "deadline", "echo", "fee", "other_policy", "promise"]);
    }
  });

  test("a Latin-script word matches whole: 'pay' is not inside 'repayment'", () => {
    expect(forbiddenPhrases("Interest on the repayment may be subsidised.", "en")).toEqual([]);
    expect(forbiddenPhrases("Please pay now.", "en").map((p) => p.category)).toContain("fee");
  });

  test("technology transfer is not a payment instruction; a bank transfer is", () => {
    expect(forbiddenPhrases("The measure supports technology transfer between AI teams.", "en")).toEqual([]);
    expect(forbiddenPhrases("Make a bank transfer to claim it.", "en").map((p) => p.category)).toContain("fee");
  });

  test("the hedged register passes and a promise does not", () => {
    expect(forbiddenPhrases("Your team may receive up to this amount after assessment.", "en")).toEqual([]);
    expect(forbiddenPhrases("您一定能获得，保证到账。", "zh").map((p) => p.category)).toContain("promise");
  });
});

describe("links, markup and invisible characters", () => {
  test.each([
    ["https://evil.example/claim", "link"],
    ["see evil.example", "link"],
    ["write to a@b.cn", "link"],
    ["ping @nanning_bot", "link"],
    ["[claim](x)", "link"],
    ["<b>x</b>", "markup"],
    ["a\u202eb", "invisible"],
    ["a\u200bb", "invisible"],
  ] as const)("%s is refused as %s", (text, category) => {
    expect(unsafeContent(text).map((f) => f.category)).toContain(category);
  });

  test("plain prose with abbreviations passes", () => {
    expect(unsafeContent("AI teams, e.g. start-ups, may apply; the centre (南A中心) decides.")).toEqual([]);
  });
});

describe("close languages", () => {
  test("Malay in an Indonesian chat, and Indonesian in a Malay one", () => {
    expect(kinLanguageInstead("Menurut fasal ini, pasukan anda boleh menerima dana permulaan. Sila semak.", "id")).toBe("ms");
    expect(kinLanguageInstead("Menurut pasal ini, tim Anda bisa memperoleh dana dari pemerintah.", "ms")).toBe("id");
  });

  test("English in a Filipino chat, and Filipino in an English one", () => {
    expect(kinLanguageInstead("Your team may receive start-up funding when the application is assessed.", "fil")).toBe("en");
    expect(kinLanguageInstead("Ang inyong team ay maaaring makatanggap ng pondo sa pagsusuri ng aplikasyon.", "en")).toBe("fil");
  });

  test("each in its own chat passes", () => {
    expect(kinLanguageInstead("Menurut pasal ini, tim Anda dapat memperoleh dana awal usaha.", "id")).toBeNull();
    expect(kinLanguageInstead("Mengikut fasal ini, pasukan anda boleh menerima dana permulaan.", "ms")).toBeNull();
    expect(kinLanguageInstead("Ang inyong team ay maaaring makatanggap ng pondo.", "fil")).toBeNull();
  });
});
