/**
 * Text between Slack and the engine. Outgoing: Slack's mrkdwn treats `&`,
 * `<` and `>` as control characters (`<@U123>` pings, `<!channel>` alerts),
 * so everything the engine says is escaped, and split under the 3,000
 * characters a section allows, counted after escaping. Incoming: Slack sends
 * message text with those same three escaped and with links and mentions in
 * angle brackets, which the engine should read as a person would.
 */

import { splitLines } from "../kit/split-lines.ts";

/** Slack's limit on a section's text, in characters, after escaping. */
export const MAX_SECTION_CHARS = 3000;

/**
 * Escapes text for mrkdwn: only `&`, `<` and `>` need it.
 *
 * @example escapeMrkdwn("<@U123> & co") // "&lt;@U123&gt; &amp; co"
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Splits `text` into parts that stay within `max` characters once escaped:
 * on line boundaries where possible, then on spaces, and never inside a
 * character (surrogate pairs stay whole). Parts are returned unescaped.
 */
export function splitForSlack(text: string, max: number = MAX_SECTION_CHARS): string[] {
  return splitLines(text, max, escapedCharSize);
}

/** A character's size once escaped for mrkdwn. */
function escapedCharSize(ch: string): number {
  return ch === "&" ? 5 : ch === "<" || ch === ">" ? 4 : ch.length;
}

/**
 * Message text as the user meant it: links by their label (or address),
 * mentions by name, and `&amp;`, `&lt;`, `&gt;` unescaped. Mentions of
 * `dropUserId` (the bot itself) are removed.
 *
 * @example plainTextOf("<@UBOT> 50万 &amp; <https://x.org|site>", "UBOT") // "50万 & site"
 */
export function plainTextOf(slackText: string, dropUserId?: string): string {
  const replaced = slackText.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = "", label] = inner.split("|", 2);
    if (target.startsWith("@")) {
      const id = target.slice(1);
      if (dropUserId && id === dropUserId) return "";
      return `@${label ?? id}`;
    }
    if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
    if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
    return label ?? target.replace(/^mailto:/, "");
  });
  return replaced.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/[ \t]{2,}/g, " ").trim();
}
