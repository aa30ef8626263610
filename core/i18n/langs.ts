/** The ten languages the assistant speaks. */

/** Language codes: Chinese, English, Vietnamese, Thai, Indonesian, Malay, Filipino, Khmer, Lao, Burmese. */
export const LANGS = ["zh", "en", "vi", "th", "id", "ms", "fil", "km", "lo", "my"] as const;
/** One language code. */
export type Lang = (typeof LANGS)[number];

/** True when `s` is one of {@link LANGS}. */
export function isLang(s: unknown): s is Lang {
  return typeof s === "string" && (LANGS as readonly string[]).includes(s);
}

/** Each language's name in itself, for the language menu. */
export const LANG_NAMES: Record<Lang, string> = {
  zh: "中文",
  en: "English",
  vi: "Tiếng Việt",
  th: "ไทย",
  id: "Bahasa Indonesia",
  ms: "Bahasa Melayu",
  fil: "Filipino",
  km: "ខ្មែរ",
  lo: "ລາວ",
  my: "မြန်မာ",
};

/** BCP 47 tags for `Intl` formatting. */
export const LANG_LOCALES: Record<Lang, string> = {
  zh: "zh-CN",
  en: "en",
  vi: "vi-VN",
  th: "th-TH",
  id: "id-ID",
  ms: "ms-MY",
  fil: "fil-PH",
  km: "km-KH",
  lo: "lo-LA",
  my: "my-MM",
};
