import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../../core/i18n/langs.ts";
import { MEASURE_TEXTS } from "../../../../core/i18n/measures/index.ts";
import { CLAUSE_PLACEHOLDER, placeholdersOf } from "../../../../core/i18n/measures/render.ts";
import type { MeasureTexts } from "../../../../core/i18n/measures/types.ts";
import { MEASURE_BY_ID } from "../../../../core/rules/measures/index.ts";
import { MEASURE_IDS } from "../../../../core/rules/types.ts";

const all = LANGS.map((l) => [l, MEASURE_TEXTS[l]] as const);
const zh = MEASURE_TEXTS.zh;

/** Parameters the Chinese summary may leave out: assumptions of the rules core, not figures of the clause, or said in words ("减半"). */
const NOT_IN_CLAUSE_FIGURES = new Set(["m19.halfFactor", "m19.defaultCitRate", "m19.localShare"]);

const withoutPlaceholders = (s: string) => s.replace(/\{[A-Za-z][A-Za-z0-9]*\}/gu, " ");
const letters = (s: string) => [...withoutPlaceholders(s)].filter((c) => /\p{L}/u.test(c));
/** Share of the letters of `s` in `script` (placeholders, "AI", "CNY" and such count against it). */
const shareIn = (s: string, script: RegExp) => {
  const l = letters(s);
  return l.filter((c) => script.test(c)).length / Math.max(l.length, 1);
};

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const SCRIPT: Partial<Record<Lang, RegExp>> = {
  zh: /\p{Script=Han}/u,
  th: /\p{Script=Thai}/u,
  lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u,
  my: /\p{Script=Myanmar}/u,
};
const LATIN = /\p{Script=Latin}/u;

function each(texts: MeasureTexts, fn: (id: (typeof MEASURE_IDS)[number], t: MeasureTexts["m01"]) => void) {
  for (const id of MEASURE_IDS) fn(id, texts[id]);
}

describe("measure catalogues", () => {
  it("exist for all ten languages", () => {
    expect(Object.keys(MEASURE_TEXTS).sort()).toEqual([...LANGS].sort());
  });

  describe.each(all)("%s", (lang, texts) => {
    it("has all 22 measures and nothing else, each with a title and a summary", () => {
      expect(Object.keys(texts).sort()).toEqual([...MEASURE_IDS]);
      each(texts, (id, t) => {
        expect(t.title.trim(), `${lang} ${id} title`).not.toBe("");
        expect(t.summary.trim(), `${lang} ${id} summary`).not.toBe("");
      });
    });

    it("has 8 to 20 distinct, non-empty keywords per measure", () => {
      each(texts, (id, t) => {
        expect(t.keywords.length, `${lang} ${id}`).toBeGreaterThanOrEqual(8);
        expect(t.keywords.length, `${lang} ${id}`).toBeLessThanOrEqual(20);
        for (const k of t.keywords) expect(k.trim(), `${lang} ${id} keyword`).toBe(k);
        expect(t.keywords.every((k) => k.length > 0), `${lang} ${id}`).toBe(true);
        const lower = t.keywords.map((k) => k.toLocaleLowerCase());
        expect(lower.filter((k, i) => lower.indexOf(k) !== i), `${lang} ${id} duplicates`).toEqual([]);
      });
    });

    it("writes no figure into a title or summary: every number comes from a placeholder", () => {
      each(texts, (id, t) => {
        expect(withoutPlaceholders(t.summary), `${lang} ${id} summary`).not.toMatch(/\p{Nd}/u);
        expect(t.title, `${lang} ${id} title`).not.toMatch(/\p{Nd}/u);
      });
    });

    it("names only real parameters of the measure (or the clause) in its placeholders, and leaves no stray brace", () => {
      each(texts, (id, t) => {
        const params = Object.keys(MEASURE_BY_ID.get(id)!.params);
        const unknown = placeholdersOf(t.summary).filter((p) => p !== CLAUSE_PLACEHOLDER && !params.includes(p));
        expect(unknown, `${lang} ${id}`).toEqual([]);
        expect(withoutPlaceholders(t.summary), `${lang} ${id}`).not.toMatch(/[{}]/u);
      });
    });

    it("uses the same placeholders as the Chinese text, so no amount is lost in translation", () => {
      each(texts, (id, t) => {
        expect(new Set(placeholdersOf(t.summary)), `${lang} ${id}`).toEqual(new Set(placeholdersOf(zh[id].summary)));
      });
    });

    it("is written in the language's own script", () => {
      each(texts, (id, t) => {
        const text = `${t.title} ${t.summary}`;
        const script = SCRIPT[lang];
        if (script) {
          expect(shareIn(text, script), `${lang} ${id}: ${text}`).toBeGreaterThan(0.7);
          const inScript = t.keywords.filter((k) => script.test(k)).length;
          expect(inScript / t.keywords.length, `${lang} ${id} keywords`).toBeGreaterThanOrEqual(0.6);
        } else {
          expect(shareIn(text, LATIN), `${lang} ${id}: ${text}`).toBe(1);
          for (const k of t.keywords) expect(shareIn(k, LATIN), `${lang} ${id} keyword ${k}`).toBe(1);
          if (lang === "vi") {
            expect(t.summary, `${lang} ${id}`).toMatch(VIETNAMESE);
            expect(t.title, `${lang} ${id}`).toMatch(VIETNAMESE);
          } else expect(text, `${lang} ${id}`).not.toMatch(VIETNAMESE);
        }
      });
    });
  });

  it("gives every figure of each clause a place in the Chinese summary", () => {
    each(zh, (id, t) => {
      const used = new Set(placeholdersOf(t.summary));
      const missing = Object.keys(MEASURE_BY_ID.get(id)!.params).filter((p) => !used.has(p) && !NOT_IN_CLAUSE_FIGURES.has(`${id}.${p}`));
      expect(missing, id).toEqual([]);
    });
  });

  it("keeps Malay and Indonesian apart: neither uses the other's marker words", () => {
    const INDONESIAN = /\b(karena|pajak|uang|perusahaan|gratis|apakah|Tiongkok|kantor)\b/iu;
    const MALAY = /\b(kerana|cukai|wang|syarikat|percuma|adakah|pejabat|faedah)\b/iu;
    each(MEASURE_TEXTS.ms, (id, t) => expect(`${t.title} ${t.summary}`, `ms ${id}`).not.toMatch(INDONESIAN));
    each(MEASURE_TEXTS.id, (id, t) => expect(`${t.title} ${t.summary}`, `id ${id}`).not.toMatch(MALAY));
  });
});
