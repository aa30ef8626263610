/**
 * The guard: nothing a model writes reaches a user unless every figure in it
 * is one the rules core gave, every clause it names is one being explained,
 * and it is written in the language the user reads.
 *
 * Figures are compared by value after the dialogue parser has read them in
 * any of the ten languages, so 2,000,000 = 200万 = 2 million = 2 triệu =
 * ๒ ล้าน all match one maxCashCNY of "2000000.00", and 30% matches a rate of
 * 0.30. The check is deliberately strict: a false alarm costs a template
 * answer, a missed one costs a wrong promise.
 */
import type { Decimal } from "decimal.js";
import type { Lang } from "../i18n/langs.ts";
import { clauseMentions, findNumbers } from "../text/index.ts";
import type { FoundNumber } from "../text/index.ts";
import { MEASURE_IDS, type MeasureId } from "../rules/types.ts";
import { CNY_WORDS, FOREIGN_CURRENCY_WORDS } from "../text/quantity-words.ts";
import { allowedClauses, allowedFigures, key, type AllowedFigures } from "./allowed.ts";
import { clauseRefs } from "./clause-refs.ts";
import type { ExplainRequest } from "./explainer.ts";
import { checkLanguage } from "./language-check.ts";
import type { Violation } from "./violation.ts";

export type { Violation, ViolationCode } from "./violation.ts";

/** The guard's verdict. */
export type GuardResult = { ok: true } | { ok: false; violations: Violation[] };

/** What the text is checked against. */
export interface GuardContext {
  /** The request the text explains: its results, evaluation date and question. */
  request: ExplainRequest;
  /** The language the text must be in (normally `request.lang`). */
  lang: Lang;
  /** Further values the caller vouches for, allowed in any form. */
  allowedNumbers?: readonly (Decimal | string)[];
  /**
   * Texts we rendered ourselves from the same results (the template
   * explanation, the prompt's results): their figures and clauses are ours.
   */
  ownTexts?: readonly string[];
}

const byLength = (a: string, b: string): number => b.length - a.length;
const YUAN_WORDS = [...CNY_WORDS].sort(byLength);
// Latin words must stand alone ("rm" is not inside "form"); signs ($, €, ₫) and
// words of scripts written without spaces (ล้านบาท) match anywhere in the figure.
const OTHER_CURRENCIES: readonly ((s: string) => boolean)[] = FOREIGN_CURRENCY_WORDS.map((w) => {
  if (!/\p{Script=Latin}/u.test(w)) return (s: string) => s.includes(w);
  const re = new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?!\\p{L})`, "u");
  return (s: string) => re.test(s);
});

/**
 * True when an amount is written in another currency: the rules core's
 * figures are yuan, and "RM 2 juta" or "$2 million" would be the right number
 * in the wrong money. Yuan words are removed first, since some contain
 * another currency's word (đồng nhân dân tệ).
 */
function inOtherCurrency(raw: string): boolean {
  let s = ` ${raw.normalize("NFC").toLowerCase()} `;
  for (const w of YUAN_WORDS) s = s.split(w).join(" ");
  return OTHER_CURRENCIES.some((matches) => matches(s));
}

/** True when a figure read from the text is one of `allowed`, in a form it may take. */
function figureAllowed(n: FoundNumber, allowed: AllowedFigures): boolean {
  const k = key(n.value);
  if (k === null) return false;
  switch (n.kind) {
    case "percent": {
      // The parser reads 30% as 30; a rate parameter of 0.3 is the same figure.
      const asRate = key(n.value.dividedBy(100));
      return allowed.anyForm.has(k) || (asRate !== null && allowed.rates.has(asRate));
    }
    case "amount":
      return allowed.anyForm.has(k) && !inOtherCurrency(n.raw);
    case "plain":
      return allowed.anyForm.has(k) || allowed.rates.has(k) || allowed.plainOnly.has(k);
  }
}

function checkFigures(text: string, lang: Lang, allowed: AllowedFigures): Violation[] {
  const out: Violation[] = [];
  for (const n of findNumbers(text, lang)) {
    if (!figureAllowed(n, allowed)) out.push({ code: "number", detail: `${n.raw} (${n.kind} ${n.value.toFixed()})` });
  }
  return out;
}

/**
 * An explanation of an eligible or likely cash result must state its amount:
 * a text that swapped the user's figure for another true figure of the
 * clause (500万, the leading-team cap, for a high-level team's 200万) passes
 * the figure check but leaves the user's own amount out, and fails here.
 */
function checkAmountsStated(text: string, request: ExplainRequest, lang: Lang): Violation[] {
  const stated = new Set(findNumbers(text, lang).map((n) => key(n.value)));
  const out: Violation[] = [];
  for (const r of request.results) {
    if (r.maxCashCNY === null || (r.status !== "eligible" && r.status !== "likely")) continue;
    const amount = key(r.maxCashCNY);
    if (amount === null || amount === "0" || stated.has(amount)) continue;
    out.push({ code: "number", detail: `${r.measure}: the amount ${amount} is not stated` });
  }
  return out;
}

function checkClauses(text: string, allowed: ReadonlySet<MeasureId>): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  const flag = (what: string, detail: string): void => {
    if (seen.has(what)) return;
    seen.add(what);
    out.push({ code: "clause", detail });
  };
  for (const id of clauseMentions(text)) if (!allowed.has(id)) flag(id, `${id} is not among the measures explained`);
  for (const ref of clauseRefs(text)) {
    const id = MEASURE_IDS[ref.number - 1];
    if (id === undefined) flag(`#${ref.number}`, `${ref.raw}: there is no clause ${ref.number}`);
    else if (!allowed.has(id)) flag(id, `${ref.raw}: ${id} is not among the measures explained`);
  }
  return out;
}

/**
 * Checks a model's explanation against the request it explains. Pure; never
 * throws.
 *
 * - `empty`: nothing but white space.
 * - `number`: a figure that is not the rules core's (amounts, quantities,
 *   parameters, trace values, in any unit), a clause number, a date of the
 *   policy or of the evaluation, or a small figure from the user's question;
 *   or an eligible or likely result's amount left unstated.
 * - `clause`: a clause or measure that is not being explained, or that does
 *   not exist (（二十五）, Clause 30).
 * - `language`: not in `lang`'s script, or plainly another of our languages.
 *
 * @example
 * const verdict = checkExplanation(text, { request, lang: request.lang });
 * if (!verdict.ok) useTemplate(verdict.violations);
 */
export function checkExplanation(text: string, context: GuardContext): GuardResult {
  try {
    if (text.trim() === "") return { ok: false, violations: [{ code: "empty", detail: "no text" }] };
    const own = context.ownTexts ?? [];
    const figures = allowedFigures(context.request, own, context.allowedNumbers ?? []);
    const violations = [
      ...checkFigures(text, context.lang, figures),
      ...checkAmountsStated(text, context.request, context.lang),
      ...checkClauses(text, allowedClauses(context.request, own)),
      ...checkLanguage(text, context.lang),
    ];
    return violations.length === 0 ? { ok: true } : { ok: false, violations };
  } catch (e) {
    // A text the checks cannot read is not a text we can vouch for.
    return { ok: false, violations: [{ code: "empty", detail: `unreadable: ${e instanceof Error ? e.name : "error"}` }] };
  }
}
