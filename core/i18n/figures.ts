/**
 * A figure in words: its period ("a year", "over 3 years, 2026–2028"), one
 * line of working read from the rules core's trace ("1,000,000 × 30% =
 * 300,000"), the assumptions that change it, and the parts of a measure
 * that has several ("compute voucher: eligible, 300,000 a year").
 * Numbers are the rules core's; only the words around them are translated.
 */
import { D } from "../rules/money.ts";
import type { MeasurePart, MeasureResult, Period, TraceStep } from "../rules/types.ts";
import { formatCny, formatDuration, formatNumber, formatPercent } from "./format.ts";
import type { Lang } from "./langs.ts";
import { isMessageKey, t } from "./messages/index.ts";

/** An amount (already in words, e.g. "up to ¥300,000") with its period. */
export function withPeriod(amount: string, period: Period | null, lang: Lang): string {
  if (period === null) return amount;
  switch (period.type) {
    case "one_off":
      return t(lang, "fig.one_off", { amount });
    case "per_year":
      return t(lang, "fig.per_year", { amount });
    case "years": {
      const years = formatDuration(period.years, "year", lang);
      if (period.fromYear !== null && period.toYear !== null) return t(lang, "fig.yearsRange", { amount, years, from: period.fromYear, to: period.toYear });
      return t(lang, "fig.years", { amount, years });
    }
  }
}

/** Inputs of a formula, in the order they are multiplied. */
const INPUTS = ["cost", "spend", "investment", "pay", "afterTax", "principal", "perYear", "income", "headcount", "perPerson", "rate", "localShare", "multiplier", "years"] as const;
/** What a formula step yields (cash, a tax share, an area). */
const OUTPUTS = ["award", "localTax", "area"] as const;
const RATES = new Set(["rate", "localShare"]);

function factor(key: string, value: string, lang: Lang): string | null {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  if (RATES.has(key)) return formatPercent(value, lang);
  if (key === "multiplier") return new D(value).equals(1) ? null : t(lang, "working.asean", { factor: formatNumber(value, lang) });
  if (key === "years") return formatDuration(value, "year", lang);
  if (key === "perPerson") return `${formatNumber(value, lang)} m²`;
  return formatNumber(value, lang);
}

/** One trace step as a formula, or null when it is not one. */
export function stepFormula(step: TraceStep, lang: Lang): string | null {
  const v = step.values;
  const outKey = OUTPUTS.find((k) => v[k] !== undefined);
  if (!outKey) return null;
  const factors: string[] = [];
  let product = new D(1);
  for (const key of INPUTS) {
    const value = v[key];
    if (value === undefined) continue;
    const f = factor(key, value, lang);
    if (/^-?\d+(\.\d+)?$/.test(value)) product = product.times(value);
    if (f !== null) factors.push(f);
  }
  if (factors.length < 2) return null;
  const unit = outKey === "area" ? " m²" : "";
  const out = `${formatNumber(v[outKey]!, lang)}${unit}`;
  const cap = v.cap;
  if (cap !== undefined && /^\d/.test(cap) && product.greaterThan(v[outKey]!) && new D(cap).equals(v[outKey]!)) {
    return t(lang, "working.capped", { formula: `${factors.join(" × ")} = ${formatNumber(product.toDecimalPlaces(2), lang)}${unit}`, cap: out });
  }
  return `${factors.join(" × ")} = ${out}`;
}

/** One line of working for a result: its formulas, repeated ones counted ("… (×2)"); "" when the trace has none. */
export function workingLine(r: MeasureResult, lang: Lang): string {
  const counts = new Map<string, number>();
  for (const step of r.trace) {
    const f = stepFormula(step, lang);
    if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const shown = [...counts].slice(0, 2).map(([f, n]) => (n > 1 ? `${f} (×${n})` : f));
  if (counts.size > 2) shown.push("…");
  return shown.join("; ");
}

/**
 * The assumptions that change a figure, in words: planning to settle taken
 * as settled; the tax rate, local share and same income of （十九）; the same
 * pay every year of （十七）（十八）.
 */
export function assumptionLines(r: MeasureResult, lang: Lang): string[] {
  if (r.status === "ineligible") return [];
  const out: string[] = [];
  if (r.assumptions.some((a) => a.startsWith("Planning to settle"))) out.push(t(lang, "assume.planning"));
  const tax = r.trace.find((s) => s.values.localTax !== undefined);
  if (r.kind === "tax_relief" && tax) {
    out.push(t(lang, "assume.tax", { rate: formatPercent(tax.values.rate ?? "0.25", lang), share: formatPercent(tax.values.localShare ?? "0.4", lang) }));
  }
  if (r.assumptions.some((a) => a.startsWith("The pay stays the same"))) out.push(t(lang, "assume.samePay"));
  return out;
}

/** The kind of a part, from its id: `event[0]` → `event`. */
function partKind(p: MeasurePart): string {
  return p.id.replace(/\[\d+\]$/, "");
}

/**
 * The parts of a measure that has benefits of different kinds (（三）, （四）,
 * （九）), one by one: "compute voucher: eligible, ¥300,000 a year; corpus
 * voucher: tell me … to estimate it". Empty when the parts are all alike.
 * `facts` turns a part's missing paths into question labels.
 */
export function partsLine(r: MeasureResult, lang: Lang, facts: (paths: string[]) => string[]): string {
  if (r.status === "ineligible") return "";
  const kinds = new Set(r.parts.map(partKind));
  // Alike parts, or all still unknown (the card's "still unknown" line says what is missing).
  if (kinds.size < 2 || r.parts.every((p) => p.status === "needs_info")) return "";
  // A settled measure's pending parts have a line of their own (pendingPartsLine).
  const settled = r.status === "eligible" || r.status === "likely";
  const seen = new Set<string>();
  const bits: string[] = [];
  for (const p of r.parts) {
    if (settled && p.status === "needs_info") continue;
    const kind = partKind(p);
    if (seen.has(kind)) continue;
    seen.add(kind);
    const key = `part.${kind}`;
    const label = isMessageKey(key) ? t(lang, key) : p.label;
    let what: string;
    if (p.status === "needs_info") {
      const list = facts(p.missing);
      what = list.length ? t(lang, "part.tellMe", { facts: list.join(", ") }) : t(lang, "status.needs_info");
    } else {
      what = t(lang, `status.${p.status}`);
      const same = r.parts.filter((x) => partKind(x) === kind && (x.status === "eligible" || x.status === "likely"));
      if (p.status !== "ineligible" && p.amountCNY !== null && same.length > 0) {
        const sum = same.reduce((s, x) => s.plus(x.amountCNY ?? 0), new D(0));
        if (sum.greaterThan(0)) what += `, ${withPeriod(formatCny(sum, lang), p.period, lang)}`;
      }
    }
    bits.push(`${label}: ${what}`);
  }
  return bits.join("; ");
}

/** The list separator of `lang`: "、" in Chinese, ", " elsewhere. */
export function listSeparator(lang: Lang): string {
  return lang === "zh" ? "、" : ", ";
}

/** A part kind's name in `lang` ("corpus voucher", "executives"), or the part's English label. */
function partName(p: MeasurePart, lang: Lang): string {
  const key = `part.${partKind(p)}`;
  return isMessageKey(key) ? t(lang, key) : p.label;
}

/**
 * The figure of a measure settled by some parts while others still miss
 * facts: "settled ¥300,000 a year; up to ¥2,300,000 a year once we know:
 * Yearly corpus purchases". Null when the measure has no such parts, or no
 * amount to say (the caller shows its usual figure).
 */
export function pendingFigure(r: MeasureResult, lang: Lang, facts: readonly string[]): string | null {
  if ((r.status !== "eligible" && r.status !== "likely") || r.missing.length === 0 || r.settledCashCNY === null) return null;
  const list = facts.join(listSeparator(lang));
  const bound = r.maxCashCNY === null ? null : withPeriod(formatCny(r.maxCashCNY, lang), r.period, lang);
  if (new D(r.settledCashCNY).isZero()) return bound === null ? null : t(lang, "fig.pendingUpTo", { bound, facts: list });
  const settled = withPeriod(formatCny(r.settledCashCNY, lang), r.period, lang);
  return bound === null ? t(lang, "fig.settledMore", { settled, facts: list }) : t(lang, "fig.settled", { settled, bound, facts: list });
}

/**
 * The pending parts of a settled measure, each kind once with what would
 * settle it: "Still to settle: corpus voucher (Yearly corpus purchases)."
 * "" when none is pending or the measure is not settled.
 */
export function pendingPartsLine(r: MeasureResult, lang: Lang, facts: (paths: string[]) => string[]): string {
  if ((r.status !== "eligible" && r.status !== "likely") || r.missing.length === 0) return "";
  const byKind = new Map<string, { name: string; paths: string[] }>();
  for (const p of r.parts) {
    if (p.status !== "needs_info") continue;
    const kind = partKind(p);
    const entry = byKind.get(kind) ?? { name: partName(p, lang), paths: [] };
    entry.paths.push(...p.missing);
    byKind.set(kind, entry);
  }
  if (byKind.size === 0) return "";
  const [open, close] = lang === "zh" ? ["（", "）"] : [" (", ")"];
  const sep = listSeparator(lang);
  const parts = [...byKind.values()].map(({ name, paths }) => {
    const words = [...new Set(facts(paths))];
    return words.length ? `${name}${open}${words.join(sep)}${close}` : name;
  });
  return t(lang, "results.pendingParts", { parts: parts.join(lang === "zh" ? "；" : "; ") });
}
