/**
 * The guard: nothing a model writes reaches a user unless it is prose only.
 *
 * The model writes no figure, clause number, period or date of its own: it
 * writes placeholders (`{amount:m02}`, `{clause:m02}`, `{validUntil}`) that
 * we fill from the rules core's result (see placeholders.ts). So instead of
 * reading every way a number can be spelt, the guard refuses any quantity at
 * all, and the only figures a user sees are ours. After NFKC it also refuses
 * links and addresses, markup, invisible characters, promises, fees and
 * payment instructions, deadlines, other policies, contact instructions,
 * echoes of instructions or of the prompt, the wrong language, and a text
 * too long for one message. A false alarm costs a template answer; a miss
 * costs a user's trust.
 */
import type { Lang } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import { findQuantities } from "../text/numeral-words.ts";
import type { ExplainRequest } from "./explainer.ts";
import { forbiddenPhrases } from "./forbidden-phrases.ts";
import { kinLanguageInstead } from "./kin-languages.ts";
import { checkLanguage } from "./language-check.ts";
import { lengthProblem, MAX_EXPLANATION_CHARS } from "./length-cap.ts";
import { PLACEHOLDER_TOKEN, placeholderTable, requiredPlaceholders, type Placeholder } from "./placeholders.ts";
import { unsafeContent } from "./text-safety.ts";

import type { Violation } from "./violation.ts";

export { VIOLATION_CODES, type Violation, type ViolationCode } from "./violation.ts";

/** The guard's verdict: on success, the text as the user will read it, placeholders filled. */
export type GuardResult = { ok: true; text: string } | { ok: false; violations: Violation[] };

/** What the text is checked against. */
export interface GuardContext {
  /** The request the text explains: its results and the user's question. */
  request: ExplainRequest;
  /** The language the text must be in (normally `request.lang`). */
  lang: Lang;
  /** The placeholders offered to the model; default: {@link placeholderTable} of the request. */
  placeholders?: readonly Placeholder[];
  /** Texts the model must not echo: the system prompt. The user's question is always added. */
  promptTexts?: readonly string[];
  /** The disclaimer appended after the text (for the length check); default the language's. */
  disclaimer?: string;
}

/** Echoing this many characters of the prompt in a row is an echo. */
const PROMPT_ECHO_CHARS = 40;
/** Echoing this many characters of the user's question in a row (fewer for scripts without spaces). */
const QUESTION_ECHO_CHARS: Readonly<Record<"spaced" | "dense", number>> = { spaced: 24, dense: 12 };
const DENSE: ReadonlySet<Lang> = new Set(["zh", "th", "lo", "km", "my"]);

/** Scripts a language's text may hold letters of (Han for bracketed names, Latin for AI, CNY). */
const OWN_SCRIPT: Readonly<Record<Lang, RegExp>> = {
  zh: /\p{Script=Han}/u,
  en: /$^/u,
  vi: /$^/u,
  id: /$^/u,
  ms: /$^/u,
  fil: /$^/u,
  th: /\p{Script=Thai}/u,
  lo: /\p{Script=Lao}/u,
  km: /\p{Script=Khmer}/u,
  my: /\p{Script=Myanmar}/u,
};

const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();

/** True when `text` holds `size` characters in a row of `source`. */
function echoes(text: string, source: string, size: number): boolean {
  const a = squash(text);
  const b = squash(source);
  if (b.length < size || a.length < size) return false;
  const windows = new Set<string>();
  for (let i = 0; i + size <= a.length; i++) windows.add(a.slice(i, i + size));
  for (let i = 0; i + size <= b.length; i++) if (windows.has(b.slice(i, i + size))) return true;
  return false;
}

/** The text with every known placeholder taken out, and the unknown ones. */
function takeOutPlaceholders(text: string, known: ReadonlyMap<string, string>): { prose: string; unknown: string[]; used: Set<string> } {
  const unknown: string[] = [];
  const used = new Set<string>();
  const prose = text.replace(PLACEHOLDER_TOKEN, (token) => {
    if (known.has(token)) used.add(token);
    else unknown.push(token);
    return " ";
  });
  return { prose, unknown, used };
}

/** Letters of scripts none of `lang`'s text should hold (Cyrillic look-alikes, Greek, Arabic…). */
function foreignLetters(prose: string, lang: Lang): boolean {
  for (const ch of prose.normalize("NFKC")) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}|\p{Script=Han}/u.test(ch) || OWN_SCRIPT[lang].test(ch)) continue;
    return true;
  }
  return false;
}

function languageViolations(prose: string, lang: Lang): Violation[] {
  if (foreignLetters(prose, lang)) return [{ code: "language", detail: "letters of a script none of our languages use here" }];
  const language = checkLanguage(prose, lang);
  if (language.length > 0) return language;
  const kin = kinLanguageInstead(prose, lang);
  return kin === null ? [] : [{ code: "language", detail: `expected ${lang}, reads as ${kin}` }];
}

/**
 * Checks a model's explanation and, when it passes, fills its placeholders.
 * Pure; never throws.
 *
 * Violation codes: `empty`, `invisible` (Cf, control, private-use), `placeholder`
 * (one we did not offer), `quantity` (any figure, numeral word, multiplier or
 * Roman numeral the model wrote), `link` (URL, domain, e-mail, @handle, markdown
 * link or image), `markup` (HTML, braces, code), `promise`, `fee`, `deadline`,
 * `other_policy`, `contact`, `echo` (of instructions, the prompt or the user's
 * question), `language` (wrong script, foreign letters, Malay for Indonesian,
 * English for Filipino and the reverse), `amount_missing` (an eligible or likely
 * cash result's `{amount:…}` left out) and `length` (more than one message).
 *
 * @example
 * const verdict = checkExplanation("{title:m02} ({clause:m02}): you may receive {amount:m02}.", { request, lang: "en" });
 * if (verdict.ok) send(verdict.text); // "Start-up funding … (Clause 2): you may receive up to CNY 2,000,000."
 */
export function checkExplanation(text: string, context: GuardContext): GuardResult {
  try {
    const { request, lang } = context;
    if (text.trim() === "") return { ok: false, violations: [{ code: "empty", detail: "no text" }] };
    // Far past the cap, reading the rest is wasted work (a 200,000-character answer took half a second).
    if (text.length > 4 * MAX_EXPLANATION_CHARS[lang]) return { ok: false, violations: [{ code: "length", detail: `${text.length} UTF-16 units, cap ${MAX_EXPLANATION_CHARS[lang]} characters` }] };
    const table = context.placeholders ?? placeholderTable(request);
    const known = new Map(table.map((p) => [p.token, p.value]));
    const { prose, unknown, used } = takeOutPlaceholders(text.normalize("NFKC"), known);
    const violations: Violation[] = [];
    // Invisible characters are looked for in the text as given: NFKC keeps most, but not all.
    for (const f of unsafeContent(text)) if (f.category === "invisible") violations.push({ code: "invisible", detail: f.detail });
    for (const token of unknown) violations.push({ code: "placeholder", detail: `${token} was not offered` });
    for (const q of findQuantities(prose, lang)) violations.push({ code: "quantity", detail: `${q.why}: ${q.raw}` });
    for (const f of unsafeContent(prose)) if (f.category !== "invisible") violations.push({ code: f.category, detail: f.detail });
    for (const p of forbiddenPhrases(prose, lang)) violations.push({ code: p.category, detail: p.phrase });
    for (const source of context.promptTexts ?? []) {
      if (echoes(prose, source, PROMPT_ECHO_CHARS)) violations.push({ code: "echo", detail: "repeats the prompt" });
    }
    const question = request.question ?? "";
    if (echoes(prose, question, QUESTION_ECHO_CHARS[DENSE.has(lang) ? "dense" : "spaced"])) violations.push({ code: "echo", detail: "repeats the user's question" });
    violations.push(...languageViolations(prose, lang));
    for (const token of requiredPlaceholders(request)) {
      if (!used.has(token)) violations.push({ code: "amount_missing", detail: `${token} is not stated` });
    }
    // The user reads the text as written (NFKC would turn Chinese full-width punctuation into ASCII);
    // its placeholders must then be the same as those checked, not look-alikes in compatibility characters.
    const asWritten = [...text.matchAll(PLACEHOLDER_TOKEN)].map((m) => m[0]).join();
    if (asWritten !== [...text.normalize("NFKC").matchAll(PLACEHOLDER_TOKEN)].map((m) => m[0]).join()) {
      violations.push({ code: "placeholder", detail: "a placeholder written in look-alike characters" });
    }
    const filled = text.replace(PLACEHOLDER_TOKEN, (token) => known.get(token) ?? token).trim();
    const tooLong = lengthProblem(filled, lang, context.disclaimer ?? t(lang, "disclaimer"));
    if (tooLong !== null) violations.push({ code: "length", detail: tooLong });
    return violations.length === 0 ? { ok: true, text: filled } : { ok: false, violations };
  } catch (e) {
    // A text the checks cannot read is not a text we can vouch for.
    return { ok: false, violations: [{ code: "empty", detail: `unreadable: ${e instanceof Error ? e.name : "error"}` }] };
  }
}
