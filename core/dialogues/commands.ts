/** Recognises commands typed as `/check` or as words such as "back", "返回", "quay lại". */
import { LANGS, type Lang } from "../i18n/langs.ts";
import { t, type MessageKey } from "../i18n/messages/index.ts";
import { COMMANDS, type CommandName } from "./types.ts";

const WORD_COMMANDS = ["back", "skip", "restart", "help", "check", "forget", "summary", "results", "edit"] as const;

/** Slash aliases besides the command names themselves. */
const SLASH_ALIASES: Record<string, CommandName> = { language: "lang", menu: "start", reset: "restart", delete: "forget" };

function normalise(s: string): string {
  return s.normalize("NFC").trim().toLowerCase().replace(/[.!。！။។]+$/u, "").replace(/[’']/g, "'");
}

/**
 * The command in `text`, if the whole message is one: `/lang vi`, `/check@MyBot`,
 * or a command word in the user's language or English. Returns null otherwise.
 */
export function parseCommand(text: string, lang: Lang): { name: CommandName; arg?: string } | null {
  const trimmed = text.trim();
  const slash = /^\/([a-z_]+)(?:@\w+)?(?:\s+(.*))?$/i.exec(trimmed);
  if (slash) {
    const word = slash[1]!.toLowerCase();
    const name = (COMMANDS as readonly string[]).includes(word) ? (word as CommandName) : SLASH_ALIASES[word];
    if (!name) return null;
    const arg = slash[2]?.trim();
    return arg ? { name, arg } : { name };
  }
  const said = normalise(trimmed);
  if (!said || said.length > 40) return null;
  const name = commandWords(lang).get(said) ?? commandWords("en").get(said);
  return name ? { name } : null;
}

const COMMAND_WORDS = new Map<Lang, Map<string, CommandName>>();

/** Each command word of `lang`, normalised, to its command; built once per language (it is asked on every message). */
function commandWords(lang: Lang): Map<string, CommandName> {
  let words = COMMAND_WORDS.get(lang);
  if (!words) {
    words = new Map();
    for (const name of WORD_COMMANDS) {
      // The first command listing a word keeps it, as the scan in WORD_COMMANDS order did.
      for (const word of t(lang, `cmd.${name}` as MessageKey).split("|").map(normalise)) if (!words.has(word)) words.set(word, name);
    }
    COMMAND_WORDS.set(lang, words);
  }
  return words;
}

/** The language a `/lang` argument names: a code (`vi`, `tl`) or a name in any language's own script. */
export function languageFromArg(arg: string, names: Record<Lang, string>): Lang | null {
  const a = normalise(arg);
  if (a === "tl" || a === "tagalog") return "fil";
  if (a === "in") return "id";
  for (const l of LANGS) if (a === l || a === normalise(names[l])) return l;
  return null;
}
