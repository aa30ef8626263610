/** The ten languages the assistant speaks. */

import type { Lang } from "../text/langs.ts";

export { isLang, LANGS, type Lang } from "../text/langs.ts";

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
