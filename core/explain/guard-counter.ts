/**
 * In-process counts of guard rejections by category, for the service's
 * metrics: a metrics endpoint reads {@link GuardRejections.snapshot} and
 * exports it however it likes. Counts carry categories only, never content.
 */
import type { ViolationCode } from "./guard.ts";

/** Rejected explanations, counted per category (a text with two categories counts once in each) and in total. */
export class GuardRejections {
  private readonly byCategory = new Map<ViolationCode, number>();
  private rejected = 0;

  /** Records one rejected text and its categories. */
  record(categories: readonly ViolationCode[]): void {
    this.rejected++;
    for (const c of new Set(categories)) this.byCategory.set(c, (this.byCategory.get(c) ?? 0) + 1);
  }

  /** The counts so far: the total and one entry per category seen. */
  snapshot(): { total: number; byCategory: Partial<Record<ViolationCode, number>> } {
    return { total: this.rejected, byCategory: Object.fromEntries(this.byCategory) as Partial<Record<ViolationCode, number>> };
  }

  /** Back to zero (tests). */
  reset(): void {
    this.byCategory.clear();
    this.rejected = 0;
  }
}

/**
 * The process's counter, used by every {@link LlmExplainer} unless one is
 * given its own.
 *
 * @example
 * GUARD_REJECTIONS.snapshot() // { total: 3, byCategory: { quantity: 2, link: 1 } }
 */
export const GUARD_REJECTIONS = new GuardRejections();
