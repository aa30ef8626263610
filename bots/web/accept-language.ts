/**
 * The user's language from an HTTP `Accept-Language` header, for pages shown
 * before we know whom they belong to (a results link that is no longer kept).
 */
import { mapLocaleHint } from "../../core/i18n/detect/locale.ts";
import type { Lang } from "../../core/i18n/langs.ts";

/**
 * The first language of `header` we speak, in the order of its q-values
 * (ties in the order given); English when none is ours or the header is absent.
 *
 * @example acceptedLang("th-TH,th;q=0.9,en;q=0.8") // "th"
 * @example acceptedLang("de, vi;q=0.5")            // "vi"
 */
export function acceptedLang(header: string | undefined): Lang {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .slice(0, 32)
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const lang = mapLocaleHint(r.tag);
    if (lang) return lang;
  }
  return "en";
}
