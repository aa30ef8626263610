/**
 * The command menu Telegram shows next to the text field, in every language:
 * `setMyCommands` once per language (with its `language_code`) and once
 * without, for users whose language is not one of ours.
 */
import type { Api } from "grammy";
import type { BotCommand, LanguageCode } from "grammy/types";
import { LANGS, type Lang } from "../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../core/i18n/messages/index.ts";

/** The commands in the menu, in the order shown. */
export const MENU_COMMANDS = ["start", "check", "ask", "lang", "restart", "forget", "help"] as const;

/** The language menus shown to users whose language we do not speak. */
export const DEFAULT_MENU_LANG: Lang = "en";

/**
 * Telegram's `language_code` for one of our languages. Telegram takes ISO
 * 639-1 codes, and Filipino has none: Telegram clients send Tagalog's `tl`.
 */
export function telegramLanguageCode(lang: Lang): LanguageCode {
  return TELEGRAM_CODES[lang];
}

/** Our codes as Telegram's (a table, so that a new code in LANGS makes the typecheck ask for it). */
const TELEGRAM_CODES: Record<Lang, LanguageCode> = { zh: "zh", en: "en", vi: "vi", th: "th", id: "id", ms: "ms", fil: "tl", km: "km", lo: "lo", my: "my" };

/** The command menu in `lang`. */
export function commandMenu(lang: Lang): BotCommand[] {
  return MENU_COMMANDS.map((command) => ({ command, description: t(lang, `cmd.desc.${command}` as MessageKey) }));
}

/** One `setMyCommands` call: the menu and, except for the default, its language code. */
export interface CommandMenuCall {
  commands: BotCommand[];
  language_code?: LanguageCode;
}

/** Every `setMyCommands` call to make: the default menu first, then one per language. */
export function commandMenuCalls(): CommandMenuCall[] {
  return [{ commands: commandMenu(DEFAULT_MENU_LANG) }, ...LANGS.map((l) => ({ commands: commandMenu(l), language_code: telegramLanguageCode(l) }))];
}

/**
 * Registers the menus. A failure is reported per language and does not stop
 * the others: a missing menu is an inconvenience, not a reason to refuse service.
 */
export async function registerCommandMenus(api: Api, onError: (languageCode: string, error: unknown) => void): Promise<void> {
  for (const call of commandMenuCalls()) {
    try {
      await api.setMyCommands(call.commands, call.language_code ? { language_code: call.language_code } : undefined);
    } catch (e) {
      onError(call.language_code ?? "default", e);
    }
  }
}
