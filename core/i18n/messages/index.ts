/**
 * The UI catalogues and `t()`, which fills `{name}` placeholders.
 * A language whose catalogue is not complete yet falls back to English key by key.
 */
import type { Lang } from "../langs.ts";
import { en, type Catalog, type MessageKey } from "./en.ts";
import { zh } from "./zh.ts";

export type { Catalog, MessageKey } from "./en.ts";

/** Catalogues by language. */
export const CATALOGS: Partial<Record<Lang, Catalog>> = { en, zh };

/** Fills `{name}` placeholders; unknown names stay visible so a test can catch them. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The string `key` in `lang`, with `params` filled in. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const catalog = CATALOGS[lang] ?? en;
  return fill(catalog[key] ?? en[key], params);
}

/** True when `key` is a message key. */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
