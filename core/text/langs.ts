/**
 * The ten languages users write in. The list lives here, at the bottom of the
 * layers that know about languages, so that reading text (`core/text`) and
 * speaking it (`core/i18n`, which re-exports these) share one list: adding a
 * code here makes the typecheck name every per-language table (`Record<Lang, …>`).
 */

/** Language codes: Chinese, English, Vietnamese, Thai, Indonesian, Malay, Filipino, Khmer, Lao, Burmese. */
export const LANGS = ["zh", "en", "vi", "th", "id", "ms", "fil", "km", "lo", "my"] as const;
/** One language code. */
export type Lang = (typeof LANGS)[number];

/** True when `s` is one of {@link LANGS}. */
export function isLang(s: unknown): s is Lang {
  return typeof s === "string" && (LANGS as readonly string[]).includes(s);
}
