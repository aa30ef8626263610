/**
 * How long one explanation may be: short enough that it is always ONE
 * message on every channel, streaming included. WeChat's limit (about 2,048
 * UTF-8 bytes; we keep under 2,000) is the tightest: a Chinese, Thai, Khmer,
 * Lao or Burmese character takes three bytes there, so those languages get
 * fewer characters than English. Telegram (4,096 characters) and Slack
 * (3,000 per section) are looser still.
 */
import type { Lang } from "../i18n/langs.ts";

/** The whole message (explanation, blank line, disclaimer) in UTF-8 bytes: under WeChat's ~2,048. */
export const MAX_MESSAGE_BYTES = 2_000;

/**
 * Characters (code points) of the explanation itself, placeholders filled,
 * disclaimer not counted. Each cap times three bytes a character plus the
 * language's disclaimer stays under {@link MAX_MESSAGE_BYTES} (Vietnamese
 * letters with two marks take three bytes too), except for English,
 * Indonesian, Malay and Filipino, whose text is one byte a character; the
 * byte check covers the rest.
 */
export const MAX_EXPLANATION_CHARS: Readonly<Record<Lang, number>> = {
  en: 1_200,
  id: 1_200,
  ms: 1_200,
  fil: 1_200,
  vi: 550,
  zh: 500,
  th: 400,
  lo: 400,
  km: 400,
  my: 380,
};

/**
 * Null when `text` followed by `disclaimer` fits in one message, else why
 * not (a code, never the text).
 *
 * @example
 * lengthProblem("a".repeat(1_201), "en", disclaimer) // "1201 characters, cap 1200"
 */
export function lengthProblem(text: string, lang: Lang, disclaimer: string): string | null {
  const chars = [...text].length;
  if (chars > MAX_EXPLANATION_CHARS[lang]) return `${chars} characters, cap ${MAX_EXPLANATION_CHARS[lang]}`;
  const bytes = Buffer.byteLength(`${text}\n\n${disclaimer}`, "utf8");
  if (bytes > MAX_MESSAGE_BYTES) return `${bytes} bytes with the disclaimer, cap ${MAX_MESSAGE_BYTES}`;
  return null;
}
