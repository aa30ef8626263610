/**
 * 从优不重复 with other policies: `otherSupportForSameItem` is `true` (some
 * item, unnamed: every measure) or the list of measures whose item already
 * gets regional or city support (only those).
 *
 * > 与自治区、南宁市现行政策以及今后滚动出台的新政策存在交叉、重复的，按"从优不重复"原则执行
 */
import type { Profile } from "./profile.ts";
import type { MeasureId } from "./types.ts";

/** True when measure `id`'s item already gets other support: `true` names every measure, a list only its own. */
export function hasOtherSupport(profile: Profile, id: MeasureId): boolean {
  const v = profile.otherSupportForSameItem;
  return v === true || (Array.isArray(v) && v.includes(id));
}

/** The measures named in `otherSupportForSameItem`, in id order without repeats; null when it is not a list. */
export function namedOtherSupport(profile: Profile): MeasureId[] | null {
  const v = profile.otherSupportForSameItem;
  return Array.isArray(v) ? [...new Set(v)].sort() : null;
}

/** True when some item gets other support (`true` or a list): the totals are upper bounds. */
export function anyOtherSupport(profile: Profile): boolean {
  const v = profile.otherSupportForSameItem;
  return v === true || (Array.isArray(v) && v.length > 0);
}
