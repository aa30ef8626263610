/** The language menu and the main menu, as channel-neutral replies. */
import { LANG_NAMES, LANGS, type Lang } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import { show } from "./flow.ts";
import type { Choice, DialogueState, Reply } from "./types.ts";

/** A plain text reply. */
export const text = (s: string): Reply => ({ kind: "text", text: s });

/** The language menu (in Chinese and English until a language is chosen). */
export function languageMenu(state: DialogueState): Reply {
  if (state.mode !== "lang") state.before = state.mode;
  state.mode = "lang";
  const prompt = state.langChosen ? t(state.lang, "chooseLanguage") : `${t("zh", "chooseLanguage")} / ${t("en", "chooseLanguage")}`;
  return show(state, { kind: "choices", text: prompt, choices: LANGS.map((l) => ({ id: `l:${l}`, label: LANG_NAMES[l] })) });
}

/** The main menu's options: check, ask, change language, and (unless left out) help. */
export function menuChoices(lang: Lang, withHelp = true): Choice[] {
  const choices: Choice[] = [
    { id: "m:check", label: t(lang, "menu.check") },
    { id: "m:ask", label: t(lang, "menu.ask") },
    { id: "m:lang", label: t(lang, "menu.lang") },
  ];
  if (withHelp) choices.push({ id: "m:help", label: t(lang, "menu.help") });
  return choices;
}

/** The main menu. */
export function mainMenu(state: DialogueState): Reply {
  state.mode = "menu";
  return show(state, { kind: "choices", text: t(state.lang, "menu.prompt"), choices: menuChoices(state.lang) });
}
