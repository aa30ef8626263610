/**
 * Localised labels for the rules core's output: statuses, amounts, reasons,
 * benefits and missing facts (as the question that would settle them).
 */
import { formatClause, formatCny, formatNumber } from "./format.ts";
import type { Lang } from "./langs.ts";
import { measureText } from "./measures/render.ts";
import { isMessageKey, t, type MessageKey } from "./messages/index.ts";
import { MEASURE_BY_ID } from "../rules/measures/index.ts";
import { VALID_FROM, VALID_UNTIL } from "../rules/policy.ts";
import type { Benefit, MeasureResult, Reason } from "../rules/types.ts";
import { formatDate } from "./format.ts";
import { D } from "../rules/money.ts";

/** "Likely", "符合"… */
export function statusLabel(r: MeasureResult, lang: Lang): string {
  return t(lang, `status.${r.status}` as MessageKey);
}

/** A title with its clause number: "提供场地支持（一）", "Rent-free office space (Clause 1)". */
export function headingOf(title: string, clause: string, lang: Lang): string {
  return lang === "zh" ? `${title}${formatClause(clause, lang)}` : `${title} (${formatClause(clause, lang)})`;
}

/** The measure's title in `lang`, with its clause number. */
export function measureHeading(r: Pick<MeasureResult, "measure" | "clause">, lang: Lang): string {
  return headingOf(measureText(r.measure, lang).title, r.clause, lang);
}

/** One benefit in words, quantity formatted for the language. */
export function benefitText(b: Benefit, lang: Lang): string {
  const key = `benefit.${b.kind}`;
  if (!isMessageKey(key)) return b.text;
  const q = b.quantity === null ? "" : b.kind === "tax_saving_this_year" ? formatCny(b.quantity, lang) : formatNumber(b.quantity, lang);
  return t(lang, key, { q });
}

/** True when a measure is settled (`eligible` or `likely`) by some parts while others still miss facts. */
export function hasPendingParts(r: MeasureResult): boolean {
  return (r.status === "eligible" || r.status === "likely") && r.missing.length > 0;
}

/**
 * The amount line: "up to CNY 500,000", an exact figure, or the main non-cash
 * benefit; for a measure with parts still pending, the settled amount beside
 * the bound ("CNY 300,000 settled, up to CNY 2,300,000 in all").
 */
export function amountText(r: MeasureResult, lang: Lang): string {
  if (hasPendingParts(r) && r.settledCashCNY !== null) {
    const settled = formatCny(r.settledCashCNY, lang);
    if (new D(r.settledCashCNY).greaterThan(0)) {
      return r.maxCashCNY === null ? t(lang, "amount.settledMore", { settled }) : t(lang, "amount.settledUpTo", { settled, bound: formatCny(r.maxCashCNY, lang) });
    }
    if (r.maxCashCNY !== null) return t(lang, "amount.upTo", { amount: formatCny(r.maxCashCNY, lang) });
  }
  if (r.maxCashCNY !== null && r.status !== "ineligible") {
    const amount = formatCny(r.maxCashCNY, lang);
    return r.status === "eligible" ? amount : t(lang, "amount.upTo", { amount });
  }
  const benefits = r.benefits.filter((b) => b.kind !== "office_term");
  if (benefits.length > 0) return benefits.map((b) => benefitText(b, lang)).join("; ");
  if (r.maxCashCNY !== null) return formatCny(r.maxCashCNY, lang);
  // A cash measure whose amount depends on facts still missing, versus support that is not cash at all.
  return MEASURE_BY_ID.get(r.measure)?.cash ? t(lang, "amount.unknown") : t(lang, "amount.nonCash");
}

/** A reason from the rules core in words. */
export function reasonText(reason: Reason, lang: Lang): string {
  const key = `reason.${reason.code}`;
  if (!isMessageKey(key)) return reason.text;
  const params: Record<string, string> = {
    validFrom: formatDate(VALID_FROM, lang),
    validUntil: formatDate(VALID_UNTIL, lang),
    ...(reason.params ?? {}),
  };
  if (reason.params?.date) params.date = formatDate(reason.params.date, lang);
  if (reason.params?.clause) params.clause = formatClause(reason.params.clause, lang);
  return t(lang, key, params);
}

/** The first reason, or "". */
export function mainReason(r: MeasureResult, lang: Lang): string {
  const reason = r.reasons.find((x) => x.code !== "asean_up_to_double") ?? r.reasons[0];
  return reason ? reasonText(reason, lang) : "";
}
