import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { CATALOGS, type MessageKey } from "../../../core/i18n/messages/index.ts";
import { en } from "../../../core/i18n/messages/en.ts";

const KEYS = Object.keys(en) as MessageKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The share of letters (ignoring placeholders, Latin loanwords and the Chinese names we quote) in `script`. */
function scriptShare(text: string, script: RegExp): number {
  const letters = [...text.replace(/\{\w+\}/g, "").replace(/[A-Za-z]+/g, "").replace(/[\u4e00-\u9fff]+/g, "")].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 1;
  return letters.filter((c) => script.test(c)).length / letters.length;
}

const SCRIPTS: Partial<Record<Lang, RegExp>> = {
  th: /[\u0E00-\u0E7F]/u,
  lo: /[\u0E80-\u0EFF]/u,
  km: /[\u1780-\u17FF\u19E0-\u19FF]/u,
  my: /[\u1000-\u109F]/u,
};

/** Keys whose value may legitimately equal English (names, symbols, lists of command words that include English). */
const MAY_EQUAL_ENGLISH = (key: string) => key.startsWith("cmd.") || key === "o.research.other" || key === "working.asean";

describe.each(LANGS.map((l) => [l] as const))("the %s UI catalogue", (lang) => {
  const catalog = CATALOGS[lang];

  it("has every key of the English catalogue and no other", () => {
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
  });

  it("fills the same placeholders as English in every string", () => {
    for (const key of KEYS) expect(placeholders(catalog[key]), `${lang} ${key}`).toEqual(placeholders(en[key]));
  });

  it("has no empty string", () => {
    for (const key of KEYS) expect(catalog[key].trim(), `${lang} ${key}`).not.toBe("");
  });

  if (lang !== "en") {
    it("is translated, not English left in place", () => {
      const same = KEYS.filter((k) => !MAY_EQUAL_ENGLISH(k) && catalog[k] === en[k]);
      expect(same, `${lang}: strings still in English`).toEqual([]);
    });
  }

  const script = SCRIPTS[lang];
  if (script) {
    it("is written in its own script", () => {
      for (const key of KEYS) {
        if (key.startsWith("cmd.") && !key.startsWith("cmd.desc.")) continue;
        expect(scriptShare(catalog[key], script), `${lang} ${key}: ${catalog[key]}`).toBeGreaterThanOrEqual(0.8);
      }
    });
  }
  if (lang === "zh") {
    it("is written in Chinese characters", () => {
      for (const key of KEYS) {
        if (key.startsWith("cmd.")) continue;
        expect(/[\u4e00-\u9fff]/u.test(catalog[key]), `zh ${key}`).toBe(true);
      }
    });
  }
  if (lang === "vi") {
    it("uses Vietnamese letters", () => {
      const withMarks = KEYS.filter((k) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(CATALOGS.vi[k]));
      expect(withMarks.length / KEYS.length).toBeGreaterThan(0.8);
    });
  }
});
