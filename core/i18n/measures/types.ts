/**
 * Curated, per-language text for each measure: the title, a faithful summary
 * and the words users type when they mean it (for question answering).
 *
 * Summaries hold no digits: every amount, rate, count and duration is a
 * `{placeholder}` naming a parameter of the measure (see the `params` of
 * `core/rules/measures/mNN-*.ts`), filled in and formatted for the locale at
 * render time, so the text can never drift from the rules core.
 * `{clause}` renders the clause number.
 */
import type { MeasureId } from "../../rules/types.ts";

/** One measure in one language. */
export interface MeasureText {
  /** Short title, as a heading. */
  title: string;
  /** Two to four plain sentences: what it gives, who qualifies, amounts and caps, conditions. */
  summary: string;
  /** Words and phrases users would type for this measure (synonyms, colloquial forms), in this language. */
  keywords: string[];
}

/** All 22 measures in one language. */
export type MeasureTexts = Record<MeasureId, MeasureText>;
