/**
 * Platform language hints (Telegram `language_code`, Slack locale, Accept-Language…) to our
 * languages.
 */
import { isLang, type Lang } from "../langs.ts";

/** Primary subtags (ISO 639-1, 639-2/3 and legacy codes) that name one of our languages. */
const PRIMARY: Readonly<Record<string, Lang>> = {
  zh: "zh", zho: "zh", chi: "zh", cmn: "zh", yue: "zh",
  en: "en", eng: "en",
  vi: "vi", vie: "vi",
  th: "th", tha: "th",
  id: "id", ind: "id", in: "id", // "in": Indonesian's code before 1989, still sent by old Android builds
  ms: "ms", msa: "ms", may: "ms", zsm: "ms", zlm: "ms",
  fil: "fil", tl: "fil", tgl: "fil",
  km: "km", khm: "km",
  lo: "lo", lao: "lo",
  my: "my", mya: "my", bur: "my",
};

/**
 * Maps a platform's locale hint to one of our languages, or null when it names none.
 * Case, "_" for "-", region and script subtags are all tolerated.
 *
 * @example mapLocaleHint("zh-hans") // "zh"
 * @example mapLocaleHint("en-US")   // "en"
 * @example mapLocaleHint("in")      // "id"
 * @example mapLocaleHint("tl")      // "fil"
 * @example mapLocaleHint("de")      // null
 */
export function mapLocaleHint(hint: string | null | undefined): Lang | null {
  if (typeof hint !== "string") return null;
  const tag = hint.trim().toLowerCase().replace(/_/g, "-");
  if (isLang(tag)) return tag;
  const primary = tag.split("-")[0] ?? "";
  return PRIMARY[primary] ?? null;
}
