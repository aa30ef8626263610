/**
 * The early out-of-scope answer: as soon as the answers put the applicant
 * outside the measures' scope (settled before 2025-03-01, the measures ended
 * on 2027-12-31, not an AI entity, not settling), the check says so, says
 * what would change it, and names the measures still open (those that need
 * no settlement: the graduate stay of （三）, （十二）, （十三）, （十五）).
 */
import { formatDate } from "../../i18n/format.ts";
import type { Lang } from "../../i18n/langs.ts";
import { measureHeading, reasonText } from "../../i18n/labels.ts";
import { t, type MessageKey } from "../../i18n/messages/index.ts";
import { VALID_FROM, VALID_UNTIL } from "../../rules/policy.ts";
import type { Reason } from "../../rules/types.ts";
import type { Plan } from "../planner.ts";

/** The reason codes of the scope paragraph, in the order they are told. */
export const SCOPE_CODES = ["policy_expired", "policy_not_in_force", "not_ai_business", "not_settled", "settled_before_scope", "settled_after_validity"] as const;

/** The scope reasons of a plan, by code (each told once). */
export function scopeReasons(p: Plan): Map<string, Reason> {
  const found = new Map<string, Reason>();
  for (const r of p.evaluation.results) for (const reason of r.reasons) if ((SCOPE_CODES as readonly string[]).includes(reason.code) && !found.has(reason.code)) found.set(reason.code, reason);
  return found;
}

/**
 * What to tell when the answers newly put the applicant out of scope: the
 * reason, what would change it, and the measures still open (or that none
 * is); null when nothing new is out of scope since `before` (null: tell all).
 */
export function scopeNotice(before: Plan | null, after: Plan, lang: Lang): string | null {
  const had = before ? scopeReasons(before) : new Map<string, Reason>();
  const fresh = [...scopeReasons(after)].filter(([code]) => !had.has(code));
  if (fresh.length === 0) return null;
  const dates = { validFrom: formatDate(VALID_FROM, lang), validUntil: formatDate(VALID_UNTIL, lang) };
  const lines = fresh.map(([code, reason]) => `${reasonText(reason, lang)} ${t(lang, `scope.change.${code}` as MessageKey, dates)}`);
  const open = after.inScope.filter((r) => r.status !== "ineligible");
  lines.push(open.length ? t(lang, "scope.continue", { items: open.map((r) => measureHeading(r, lang)).join(", ") }) : t(lang, "scope.nothingLeft"));
  return lines.join("\n");
}
