/**
 * Renders a measure's curated text in one language: fills each `{param}` of
 * the summary with the measure's parameter from the rules core, formatted
 * for the locale by its unit, and `{clause}` with the clause number.
 */
import type { MeasureDefinition } from "../../rules/definition.ts";
import { MEASURE_BY_ID } from "../../rules/measures/index.ts";
import type { ParameterUnit } from "../../rules/parameter.ts";
import type { MeasureId } from "../../rules/types.ts";
import { formatClause, formatCny, formatDuration, formatNumber, formatPercent } from "../format.ts";
import type { Lang } from "../langs.ts";
import { MEASURE_TEXTS } from "./index.ts";
import type { MeasureText } from "./types.ts";

/** A `{name}` placeholder; names are identifiers, as the parameters are. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/gu;

/** The placeholder that renders the clause number. */
export const CLAUSE_PLACEHOLDER = "clause";

/** A summary names a placeholder that the measure has no value for. */
export class UnknownPlaceholderError extends Error {
  /** Stable code for logs. */
  readonly code = "unknown_placeholder";
  /**
   * @param measure the measure whose text is broken
   * @param lang the language of the text
   * @param names the placeholders that have no value
   */
  constructor(
    readonly measure: MeasureId,
    readonly lang: Lang,
    readonly names: string[],
  ) {
    super(`${lang} ${measure}: unknown placeholder(s) ${names.map((n) => `{${n}}`).join(", ")}`);
    this.name = "UnknownPlaceholderError";
  }
}

/** The placeholder names in `template`, in order of appearance, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** People counts, in the locale's own word for people. Counts take no plural except in English. */
const PEOPLE: Record<Lang, (n: string, one: boolean) => string> = {
  zh: (n) => `${n}人`,
  en: (n, one) => `${n} ${one ? "person" : "people"}`,
  vi: (n) => `${n} người`,
  th: (n) => `${n} คน`,
  id: (n) => `${n} orang`,
  ms: (n) => `${n} orang`,
  fil: (n) => `${n} tao`,
  km: (n) => `${n} នាក់`,
  lo: (n) => `${n} ຄົນ`,
  my: (n) => `${n} ဦး`,
};

/** Multiples ("up to 2 times the support"). */
const TIMES: Record<Lang, (n: string) => string> = {
  zh: (n) => `${n}倍`,
  en: (n) => `${n} times`,
  vi: (n) => `${n} lần`,
  th: (n) => `${n} เท่า`,
  id: (n) => `${n} kali`,
  ms: (n) => `${n} kali`,
  fil: (n) => `${n} beses`,
  km: (n) => `${n} ដង`,
  lo: (n) => `${n} ເທົ່າ`,
  my: (n) => `${n} ဆ`,
};

/**
 * Percentage points, in the locale's words: （二十一） subsidises "up to 2
 * percentage points of the loan rate" (最高2个百分点), not "2% a year".
 */
const POINTS: Record<Lang, (n: string) => string> = {
  zh: (n) => `${n}个百分点`,
  en: (n) => `${n} percentage points`,
  vi: (n) => `${n} điểm phần trăm`,
  th: (n) => `${n} จุดเปอร์เซ็นต์`,
  id: (n) => `${n} poin persentase`,
  ms: (n) => `${n} mata peratusan`,
  fil: (n) => `${n} percentage point`,
  km: (n) => `${n} ពិន្ទុភាគរយ`,
  lo: (n) => `${n} ຈຸດສ່ວນຮ້ອຍ`,
  my: (n) => `${n} ရာခိုင်နှုန်းအမှတ်`,
};

/** Rate parameters that are percentage points of another rate, not a share of an amount. */
const POINT_PARAMS: ReadonlySet<string> = new Set(["m21.maxPoints"]);

/**
 * Parameters that are ordinal year numbers ("from year 6 to year 10"), not
 * durations, although the rules core types them in years: they render as the
 * bare number and the text supplies "year". This is a property of the
 * parameter's meaning, so it holds in every language.
 */
const ORDINAL_PARAMS: ReadonlySet<string> = new Set(["m19.halfReliefFromYear", "m19.halfReliefUntilYear"]);

/**
 * One parameter formatted for `lang` by its unit. `m2_per_person` and
 * `persons_per_year` render as the bare area and head count: the summary
 * says "per person" and "a year" in its own grammar.
 */
export function formatParam(measure: MeasureDefinition, name: string, lang: Lang): string | undefined {
  const p = measure.params[name];
  if (p === undefined) return undefined;
  if (ORDINAL_PARAMS.has(`${measure.id}.${name}`)) return formatNumber(p.value, lang);
  if (POINT_PARAMS.has(`${measure.id}.${name}`)) return POINTS[lang](formatNumber(p.value.times(100), lang));
  const n = formatNumber(p.value, lang);
  const units: Record<ParameterUnit, () => string> = {
    CNY: () => formatCny(p.value, lang),
    rate: () => formatPercent(p.value, lang),
    m2: () => (lang === "zh" ? `${n}平方米` : `${n} m²`),
    m2_per_person: () => (lang === "zh" ? `${n}平方米` : `${n} m²`),
    people: () => PEOPLE[lang](n, p.value.equals(1)),
    persons_per_year: () => PEOPLE[lang](n, p.value.equals(1)),
    years: () => formatDuration(p.value, "year", lang),
    months: () => formatDuration(p.value, "month", lang),
    days: () => formatDuration(p.value, "day", lang),
    PFlops: () => (lang === "zh" ? `${n}PFlops` : `${n} PFlops`),
    factor: () => TIMES[lang](n),
  };
  return units[p.unit]();
}

/**
 * Fills every placeholder of `template` for `measure` in `lang`.
 * @throws UnknownPlaceholderError when a placeholder is neither a parameter of the measure nor `clause`
 */
export function fillSummary(template: string, measure: MeasureDefinition, lang: Lang): string {
  const unknown = placeholdersOf(template).filter((name) => name !== CLAUSE_PLACEHOLDER && measure.params[name] === undefined);
  if (unknown.length > 0) throw new UnknownPlaceholderError(measure.id, lang, unknown);
  return template.replace(PLACEHOLDER, (_, name: string) =>
    name === CLAUSE_PLACEHOLDER ? formatClause(measure.clause, lang) : formatParam(measure, name, lang)!,
  );
}

/**
 * A measure's title, summary (placeholders filled, figures formatted for the
 * locale) and search keywords in `lang`.
 *
 * Never throws for a user: a language whose text is missing or broken falls
 * back to English, and broken English to the Chinese clause itself. The
 * catalogue tests make sure neither fallback is ever needed.
 *
 * @example measureText("m02", "zh").summary // "…初创型创新人才团队最高50万元…"
 */
export function measureText(id: MeasureId, lang: Lang): MeasureText {
  // The rendering depends only on the catalogue entry and the (constant) parameters: render it once
  // per entry. Keyed by the entry itself, so that a replaced entry is rendered afresh.
  const raw = MEASURE_TEXTS[lang]?.[id];
  if (raw === undefined) return renderMeasureText(id, lang);
  const cached = rendered.get(raw);
  if (cached) return cached;
  const text = renderMeasureText(id, lang);
  rendered.set(raw, text);
  return text;
}

const rendered = new WeakMap<MeasureText, MeasureText>();

function renderMeasureText(id: MeasureId, lang: Lang): MeasureText {
  const measure = MEASURE_BY_ID.get(id);
  if (measure === undefined) throw new RangeError(`unknown measure ${id}`);
  for (const l of lang === "en" ? (["en"] as const) : ([lang, "en"] as const)) {
    const text = MEASURE_TEXTS[l]?.[id];
    if (text === undefined) continue;
    try {
      return { title: text.title, summary: fillSummary(text.summary, measure, l), keywords: [...text.keywords] };
    } catch (e) {
      if (!(e instanceof UnknownPlaceholderError)) throw e;
    }
  }
  return { title: measure.title.zh, summary: measure.text, keywords: [] };
}
