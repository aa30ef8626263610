/**
 * Reads a user's typed answer to one question: numbers in any script, money
 * such as 50万 or 2 triệu, dates, yes/no words, option numbers or labels.
 * Returns the value to store, or the catalogue key of what was wrong.
 */
import type { Lang } from "../i18n/langs.ts";
import { t, type MessageKey } from "../i18n/messages/index.ts";
import { isNone, normalizeDigits, parseDate, parseDecimal, parseInteger, parseMoney, parsePercent, parseYesNo } from "../text/index.ts";
import type { QuestionDef } from "./questions/bank.ts";
import { textId } from "./questions/lists.ts";
import type { AnswerValue } from "./types.ts";

/** The outcome of reading an answer. */
export type ReadAnswer =
  | { ok: true; value: AnswerValue }
  | { ok: false; error: MessageKey; params?: Record<string, string | number> };

const fail = (error: MessageKey, params?: Record<string, string | number>): ReadAnswer => ({ ok: false, error, ...(params ? { params } : {}) });

/** Option numbers typed as "1 3", "1,3", "1、3" (digits of any script). */
function optionNumbers(text: string, count: number): number[] | null {
  const norm = normalizeDigits(text).trim();
  if (!/^\d+([\s,，、;；/]+\d+)*$/.test(norm)) return null;
  const nums = norm.split(/[\s,，、;；/]+/).map(Number);
  return nums.every((n) => n >= 1 && n <= count) ? nums : null;
}

/** Matches typed text to an option by its label (case-insensitive, whole or prefix) or its id. */
function optionByLabel(q: QuestionDef, text: string, lang: Lang): string | null {
  const needle = text.trim().toLowerCase();
  if (!needle) return null;
  for (const o of q.options ?? []) {
    const label = t(lang, `o.${textId(q)}.${o}` as MessageKey).toLowerCase();
    const english = t("en", `o.${textId(q)}.${o}` as MessageKey).toLowerCase();
    if (needle === o || needle === label || needle === english) return o;
  }
  // A part of a label counts when it starts a word (Latin-script labels: "ya" must not pick "daya"),
  // or anywhere in scripts written without spaces.
  const spaced = /[a-zà-ỹ]/i.test(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const startsWord = new RegExp(`(^|[\\s,(/–-])${escaped}`, "iu");
  const partial = (q.options ?? []).filter((o) => {
    const label = t(lang, `o.${textId(q)}.${o}` as MessageKey).toLowerCase();
    return [...needle].length >= 2 && (spaced ? needle.length >= 3 && startsWord.test(label) : label.includes(needle));
  });
  return partial.length === 1 ? partial[0]! : null;
}

function inRange(q: QuestionDef, n: number): ReadAnswer | null {
  if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max)) {
    return fail("err.range", { min: q.min ?? 0, max: q.max ?? Number.MAX_SAFE_INTEGER });
  }
  return null;
}

/**
 * Reads `text` as the answer to `q`. `today` bounds dates that must be past.
 * Choice answers by number are handled here for typed text; button presses
 * arrive as option ids and never come through this function.
 */
export function readAnswer(q: QuestionDef, text: string, lang: Lang, today: string): ReadAnswer {
  const raw = text.trim();
  switch (q.type) {
    case "yesno": {
      const yn = parseYesNo(raw, lang);
      if (yn !== null) return { ok: true, value: yn };
      const n = optionNumbers(raw, 2);
      if (n && n.length === 1) return { ok: true, value: n[0] === 1 };
      return fail("err.yesno");
    }
    case "choice": {
      const opts = q.options ?? [];
      const n = optionNumbers(raw, opts.length);
      if (n && n.length === 1) return { ok: true, value: opts[n[0]! - 1]! };
      const byLabel = optionByLabel(q, raw, lang);
      return byLabel ? { ok: true, value: byLabel } : fail("err.choice");
    }
    case "multi": {
      const opts = q.options ?? [];
      // After the options come "All of them" (the interests question only) and Done: "1 3 9" is 1 and 3, then Done.
      const all = q.id === "interests" ? opts.length + 1 : null;
      const n = optionNumbers(raw, opts.length + (all === null ? 1 : 2));
      if (n) {
        if (all !== null && n.includes(all)) return { ok: true, value: [] };
        return { ok: true, value: [...new Set(n.filter((i) => i <= opts.length).map((i) => opts[i - 1]!))] };
      }
      const byLabel = optionByLabel(q, raw, lang);
      if (byLabel) return { ok: true, value: [byLabel] };
      if (raw.toLowerCase() === t(lang, "multi.all").toLowerCase() || raw.toLowerCase() === "all") return { ok: true, value: [] };
      return fail("err.multi");
    }
    case "money": {
      if (isNone(raw)) return { ok: true, value: "0" };
      const m = parseMoney(raw, lang);
      if (m.ok) return { ok: true, value: m.value.toFixed() };
      // "$5000", "20 triệu đồng", "1 ล้านบาท": say which currency we need rather than that we could not read it.
      return fail(m.error === "ambiguous" && m.hint === "currency" ? "err.currency" : "err.money");
    }
    case "integer": {
      if (isNone(raw)) return inRange(q, 0) ?? { ok: true, value: 0 };
      const m = parseInteger(raw, lang);
      if (!m.ok) return fail("err.integer");
      return inRange(q, m.value) ?? { ok: true, value: m.value };
    }
    case "year": {
      const m = parseInteger(raw.replace(/年$/, ""), lang);
      if (!m.ok) return fail("err.year");
      // Thai and Lao users may give a Buddhist-era year (2568 = 2025).
      const year = (lang === "th" || lang === "lo") && m.value >= 2400 ? m.value - 543 : m.value;
      return inRange(q, year) ?? { ok: true, value: year };
    }
    case "date": {
      const m = parseDate(raw, lang, today);
      if (!m.ok) return fail("err.date");
      if (q.id === "graduated" && m.value > today) return fail("err.futureDate");
      return { ok: true, value: m.value };
    }
    case "percent": {
      // "3.5" and "3.5%" mean 3.5 %; a bare fraction below 1 such as 0.035 is taken as written.
      const r = parsePercent(raw, lang);
      return r.ok ? { ok: true, value: r.value.toFixed() } : fail("err.percent");
    }
    case "decimal": {
      const r = parseDecimal(raw, lang);
      if (!r.ok) return fail("err.decimal");
      return inRange(q, r.value.toNumber()) ?? { ok: true, value: r.value.toFixed() };
    }
  }
}
