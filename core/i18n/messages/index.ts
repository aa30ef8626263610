/**
 * The UI catalogues and `t()`, which fills `{name}` placeholders.
 * Every language has every key (test/core/i18n/messages.test.ts checks).
 */
import type { Lang } from "../langs.ts";
import { en, type Catalog, type MessageKey } from "./en.ts";
import { fil } from "./fil.ts";
import { id } from "./id.ts";
import { km } from "./km.ts";
import { lo } from "./lo.ts";
import { ms } from "./ms.ts";
import { my } from "./my.ts";
import { th } from "./th.ts";
import { vi } from "./vi.ts";
import { zh } from "./zh.ts";

export type { Catalog, MessageKey } from "./en.ts";

/** Catalogues by language. */
export const CATALOGS: Record<Lang, Catalog> = { zh, en, vi, th, id, ms, fil, km, lo, my };

/** Fills `{name}` placeholders; unknown names stay visible so a test can catch them. */
export function fill(template: string, params?: Record<string, string | number>): string {
  // Without params every placeholder stays as it is: nothing to scan for.
  if (!params || !template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The string `key` in `lang`, with `params` filled in. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return fill(CATALOGS[lang]?.[key] ?? en[key], params);
}

/** True when `key` is a message key. */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}
