/** What the engine makes of raw typed text before it is an answer or a command. */
import type { Lang } from "../i18n/langs.ts";
import { t } from "../i18n/messages/index.ts";
import { MAX_INPUT_CHARS } from "./context.ts";
import { normalizeDigits } from "../text/index.ts";
import type { DialogueState } from "./types.ts";

/** Removes control characters (but line breaks) and cuts over-long messages. */
export function cleanText(raw: string): { text: string; truncated: boolean } {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  let s = raw.normalize("NFC").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
  const chars = [...s];
  const truncated = chars.length > MAX_INPUT_CHARS;
  if (truncated) s = chars.slice(0, MAX_INPUT_CHARS).join("");
  return { text: s, truncated };
}

/** A bare option number typed on a channel without buttons. */
export function pickedNumber(s: string, state: DialogueState): string | null {
  const n = normalizeDigits(s).trim();
  if (!/^\d{1,2}$/.test(n) || !state.shown) return null;
  const i = Number(n);
  return i >= 1 && i <= state.shown.length ? state.shown[i - 1]! : null;
}

/** "Done" typed on a channel without buttons, in the user's language or English. */
export function isDoneWord(s: string, lang: Lang): boolean {
  const said = s.trim().toLowerCase();
  return said === t(lang, "multi.done").toLowerCase() || said === "done" || said === "ok";
}

/** True when a failed answer looks like a question the user is asking instead (a question mark, or a question ending of Burmese, Thai, Khmer or Lao). */
export function looksLikeQuestion(s: string): boolean {
  return /([?？]|လား|လဲ|နည်း|ไหม|มั้ย|หรือไม่|ទេ|ឬទេ|ບໍ|ບໍ່)[\s။។]*$/u.test(s) || [...s].length > 60;
}
