/**
 * The shape of one measure as code: its clause text, parameters and rule,
 * side by side in `core/rules/measures/mNN-*.ts`.
 */
import type { Dec } from "./money.ts";
import type { Outcome } from "./outcome.ts";
import type { Parameter } from "./parameter.ts";
import type { ProfileField } from "./paths.ts";
import type { Profile } from "./profile.ts";
import type { MeasureId } from "./types.ts";

/** Kinds of support a user can say they are interested in; the dialogue asks about these. */
export const INTERESTS = ["space", "funding", "housing_talent", "data_compute", "events_training", "asean_projects", "tax_loans"] as const;
/** One kind of support. */
export type Interest = (typeof INTERESTS)[number];

/** What every rule may read besides the profile. */
export interface RuleContext {
  /** The evaluation date, `YYYY-MM-DD`. */
  asOf: string;
  /** The year of `asOf`. */
  asOfYear: number;
  /**
   * The multiplier of （五） for ASEAN-origin entities on （一）–（四）: 2 when it
   * applies or may apply (（五） itself `needs_info`: the figures are then upper
   * bounds), 1 when it does not.
   */
  aseanMultiplier: Dec;
  /** True while （五） is `needs_info`: the doubled figures of （一）–（四） are upper bounds, not awards. */
  aseanPending: boolean;
}

/** One measure: clause, parameters, rule. */
export interface MeasureDefinition {
  id: MeasureId;
  /** The clause number as printed, e.g. `（一）`. */
  clause: string;
  title: { zh: string; en: string };
  /** The clause text, quoted from `docs/policy/measures.zh.txt`. */
  text: string;
  /** Which kinds of support this measure belongs to. */
  interests: Interest[];
  /** True when the support is (partly) cash, so that an ineligible result shows 0.00 rather than null. */
  cash: boolean;
  /**
   * True when the scope paragraph's "entities that settled in from 2025-03-01"
   * applies; false for clauses that name their own subject (see docs/INTERPRETATIONS.md).
   */
  settlementBound: boolean;
  /**
   * Every profile fact the rule reads (scope checks aside, see `readsOf`).
   * A test holds this to what the rule really looks up, and checks that the
   * chat asks each fact or says why it does not.
   */
  reads: readonly ProfileField[];
  /** Named amounts, rates, caps and counts, each with its clause. */
  params: Record<string, Parameter>;
  /** Writes the measure's findings for `profile` into `out`. Pure. */
  rule(profile: Profile, ctx: RuleContext, out: Outcome): void;
}
