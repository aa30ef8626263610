import { describe, expect, it } from "vitest";
import type { Lang } from "../../../../core/i18n/langs.ts";
import { km } from "../../../../core/i18n/measures/km.ts";
import { lo } from "../../../../core/i18n/measures/lo.ts";
import { my } from "../../../../core/i18n/measures/my.ts";
import { CLAUSE_PLACEHOLDER, fillSummary, placeholdersOf } from "../../../../core/i18n/measures/render.ts";
import { th } from "../../../../core/i18n/measures/th.ts";
import type { MeasureText, MeasureTexts } from "../../../../core/i18n/measures/types.ts";
import { zh } from "../../../../core/i18n/measures/zh.ts";
import { MEASURE_BY_ID } from "../../../../core/rules/measures/index.ts";
import { MEASURE_IDS, type MeasureId } from "../../../../core/rules/types.ts";

/** The four catalogues in their own (non-Latin) scripts, with the Unicode block each must be written in. */
const CATALOGUES: [Lang, MeasureTexts, RegExp][] = [
  ["th", th, /[\u0E00-\u0E7F]/u],
  ["km", km, /[\u1780-\u17FF]/u],
  ["lo", lo, /[\u0E80-\u0EFF]/u],
  ["my", my, /[\u1000-\u109F]/u],
];

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9]*\}/gu;
const withoutPlaceholders = (s: string) => s.replace(PLACEHOLDER, " ");

/**
 * Share of the letters (with their combining marks) of `s` that are in `block`,
 * leaving out placeholders and Latin loanwords (AI, GPU, CAC, startup), which
 * are written in Latin letters on purpose.
 */
function shareInBlock(s: string, block: RegExp): number {
  const letters = [...withoutPlaceholders(s)].filter((c) => /[\p{L}\p{M}]/u.test(c) && !/\p{Script=Latin}/u.test(c));
  if (letters.length === 0) return 0;
  return letters.filter((c) => block.test(c)).length / letters.length;
}

function each(texts: MeasureTexts, fn: (id: MeasureId, t: MeasureText) => void): void {
  for (const id of MEASURE_IDS) fn(id, texts[id]);
}

describe.each(CATALOGUES)("the %s measure texts", (lang, texts, block) => {
  it("cover all 22 measures, each with a title, a summary and 8 to 20 keywords", () => {
    expect(Object.keys(texts).sort()).toEqual([...MEASURE_IDS]);
    each(texts, (id, t) => {
      expect(t.title.trim(), `${lang} ${id} title`).not.toBe("");
      expect(t.summary.trim(), `${lang} ${id} summary`).not.toBe("");
      expect(t.keywords.length, `${lang} ${id} keywords`).toBeGreaterThanOrEqual(8);
      expect(t.keywords.length, `${lang} ${id} keywords`).toBeLessThanOrEqual(20);
      expect(new Set(t.keywords.map((k) => k.toLocaleLowerCase())).size, `${lang} ${id} duplicate keywords`).toBe(t.keywords.length);
      for (const k of t.keywords) expect(k, `${lang} ${id} keyword`).toBe(k.trim());
    });
  });

  it("write no digit of any script into a title or summary, so every figure comes from the rules core", () => {
    each(texts, (id, t) => {
      expect(withoutPlaceholders(t.summary), `${lang} ${id} summary`).not.toMatch(/\p{Nd}/u);
      expect(t.title, `${lang} ${id} title`).not.toMatch(/\p{Nd}/u);
    });
  });

  it("name only real parameters of the measure, or the clause, in their placeholders", () => {
    each(texts, (id, t) => {
      const params = Object.keys(MEASURE_BY_ID.get(id)!.params);
      const unknown = placeholdersOf(t.summary).filter((p) => p !== CLAUSE_PLACEHOLDER && !params.includes(p));
      expect(unknown, `${lang} ${id}`).toEqual([]);
      expect(withoutPlaceholders(t.summary), `${lang} ${id} stray brace`).not.toMatch(/[{}]/u);
    });
  });

  it("state every amount, cap and rate that the Chinese summary states", () => {
    each(texts, (id, t) => {
      expect(new Set(placeholdersOf(t.summary)), `${lang} ${id}`).toEqual(new Set(placeholdersOf(zh[id].summary)));
    });
  });

  it("are written in their own script: at least 80% of the letters, apart from Latin loanwords", () => {
    each(texts, (id, t) => {
      for (const [part, s] of [["title", t.title], ["summary", t.summary], ["keywords", t.keywords.join(" ")]] as const) {
        expect(shareInBlock(s, block), `${lang} ${id} ${part}: ${s}`).toBeGreaterThanOrEqual(0.8);
      }
    });
  });

  it("render with every figure filled in for the locale and no placeholder left", () => {
    each(texts, (id, t) => {
      const rendered = fillSummary(t.summary, MEASURE_BY_ID.get(id)!, lang);
      expect(rendered, `${lang} ${id}`).not.toMatch(/[{}]/u);
    });
  });
});

describe("figures in the rendered summaries", () => {
  it("show the start-up team cap of （二） in yuan in each of the four languages, as their readers write it", () => {
    const m02 = MEASURE_BY_ID.get("m02")!;
    expect(fillSummary(th.m02.summary, m02, "th")).toContain("500,000 หยวน");
    expect(fillSummary(km.m02.summary, m02, "km")).toContain("500,000 CNY");
    expect(fillSummary(lo.m02.summary, m02, "lo")).toContain("CNY 500.000");
    expect(fillSummary(my.m02.summary, m02, "my")).toContain("500,000 CNY");
  });

  it("read the tax relief years of （十九） in Thai as the first 5 years exempt, then years 6 to 10 at half", () => {
    const rendered = fillSummary(th.m19.summary, MEASURE_BY_ID.get("m19")!, "th");
    expect(rendered).toContain("ในช่วง 5 ปีแรก");
    expect(rendered).toContain("ตั้งแต่ปีที่ 6 ถึงปีที่ 10");
  });
});

describe("encoding of the texts", () => {
  const all = (texts: MeasureTexts) => MEASURE_IDS.map((id) => `${texts[id].title} ${texts[id].summary} ${texts[id].keywords.join(" ")}`).join(" ");

  it("writes Thai and Lao SARA AM precomposed, as keyboards type it, so typed questions match the keywords", () => {
    expect(all(th)).not.toMatch(/\u0E4D\u0E32/u);
    expect(all(lo)).not.toMatch(/\u0ECD\u0EB2/u);
  });

  it("writes Burmese in Unicode, not Zawgyi: no Zawgyi-only code points and no vowel sign E before its consonant", () => {
    const text = all(my);
    // Zawgyi puts its stacked and reordered glyphs in U+1060–U+1097, which Unicode Burmese never uses.
    expect(text).not.toMatch(/[\u1060-\u1097]/u);
    // Zawgyi stores ေ (U+1031) before the consonant it is drawn left of; Unicode stores it after.
    expect(text).not.toMatch(/(^|[^\u1000-\u109F])\u1031/u);
  });
});
