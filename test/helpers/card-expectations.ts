/**
 * What the result card of the scripted conversation must say in any channel
 * (issue 15): the reason of a measure that does not apply, a figure with its
 * period, and the totals split as the rules core splits them, tax relief apart.
 * Derived from `evaluate()` of the script's applicant, never written by hand.
 */
import { formatCny } from "../../core/i18n/format.ts";
import { withPeriod } from "../../core/i18n/figures.ts";
import { reasonText } from "../../core/i18n/labels.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { t } from "../../core/i18n/messages/index.ts";
import { evaluate } from "../../core/rules/evaluate.ts";
import { EXPECTED_PROFILE } from "./conversation-script.ts";

/** The texts the scripted applicant's result card must contain in `lang`. */
export function cardMustShow(lang: Lang): string[] {
  const r = evaluate(EXPECTED_PROFILE);
  if (!r.ok) throw new Error("the scripted profile is invalid");
  const { results, totals } = r.result;
  const no = results.find((x) => x.measure === "m05")!;
  const yearly = results.find((x) => x.measure === "m09")!;
  const years = results.find((x) => x.measure === "m17")!;
  return [
    reasonText(no.reasons[0]!, lang),
    withPeriod(formatCny(yearly.maxCashCNY!, lang), yearly.period, lang),
    withPeriod(formatCny(years.maxCashCNY!, lang), years.period, lang),
    t(lang, "results.totalFirstYear", { amount: formatCny(totals.firstYearCashCNY, lang) }),
    t(lang, "results.totalWhole", { amount: formatCny(totals.wholePeriodCashCNY, lang) }),
    t(lang, "results.totalTax", { amount: formatCny(totals.taxReliefCNY, lang) }),
  ];
}
