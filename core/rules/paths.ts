/**
 * Profile paths as types, derived from Profile v1 (`profile.ts`), so that a
 * misspelt path is a type error rather than a question silently never asked.
 *
 * - {@link ProfilePath}: one fact of one profile, list items by index:
 *   `applicant.settlement.date`, `newTechTalent[2].annualPay`.
 * - {@link ProfileField}: the same with every index left out (`newTechTalent[].annualPay`):
 *   what a measure declares it reads and what a question settles.
 */
import type { Dec } from "./money.ts";
import type { Profile } from "./profile.ts";

type Leaf = string | number | boolean | Dec;

/** Paths below `T`, each starting with `prefix`; `index` is how a list item is written. */
type PathsBelow<T, Prefix extends string, Index extends string> =
  T extends Leaf
    ? Prefix
    : T extends readonly (infer Item)[]
      ? Prefix | PathsBelow<NonNullable<Item>, `${Prefix}[${Index}]`, Index>
      : T extends object
        ? Prefix | { [K in keyof T & string]-?: PathsBelow<NonNullable<T[K]>, `${Prefix}.${K}`, Index> }[keyof T & string]
        : Prefix;

type TopPaths<Index extends string> = { [K in keyof Profile & string]-?: PathsBelow<NonNullable<Profile[K]>, K, Index> }[keyof Profile & string];

/** One fact of a profile, list items by index: `events[0].cost`. */
export type ProfilePath = TopPaths<`${number}`>;

/** A profile fact with list indices left out: `events[].cost`. */
export type ProfileField = TopPaths<"">;

/** The field of a path: `newTechTalent[2].annualPay` → `newTechTalent[].annualPay`. */
export function fieldOf(path: ProfilePath | string): ProfileField {
  return path.replace(/\[\d+\]/g, "[]") as ProfileField;
}
