/** The language menu and the main menu, as channel-neutral replies. */
import { LANG_NAMES, LANGS } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import { show } from "./flow.ts";
import type { DialogueState, Reply } from "./types.ts";

/** A plain text reply. */
export const text = (s: string): Reply => ({ kind: "text", text: s });

/** The language menu (in Chinese and English until a language is chosen). */
export function languageMenu(state: DialogueState): Reply {
  state.mode = "lang";
  const prompt = state.langChosen ? t(state.lang, "chooseLanguage") : `${t("zh", "chooseLanguage")} / ${t("en", "chooseLanguage")}`;
  return show(state, { kind: "choices", text: prompt, choices: LANGS.map((l) => ({ id: `l:${l}`, label: LANG_NAMES[l] })) });
}

/** The main menu. */
export function mainMenu(state: DialogueState): Reply {
  state.mode = "menu";
  const l = state.lang;
  return show(state, {
    kind: "choices",
    text: t(l, "menu.prompt"),
    choices: [
      { id: "m:check", label: t(l, "menu.check") },
      { id: "m:ask", label: t(l, "menu.ask") },
      { id: "m:lang", label: t(l, "menu.lang") },
      { id: "m:help", label: t(l, "menu.help") },
    ],
  });
}
