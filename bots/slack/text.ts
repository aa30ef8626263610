/**
 * Text between Slack and the engine. Outgoing: Slack's mrkdwn treats `&`,
 * `<` and `>` as control characters (`<@U123>` pings, `<!channel>` alerts),
 * so everything the engine says is escaped, and split under the 3,000
 * characters a section allows, counted after escaping. Incoming: Slack sends
 * message text with those same three escaped and with links and mentions in
 * angle brackets, which the engine should read as a person would.
 */

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

/** How long `text` is once escaped. */
function escapedLength(text: string): number {
  let n = text.length;
  for (const ch of text) {
    if (ch === "&") n += 4;
    else if (ch === "<" || ch === ">") n += 3;
  }
  return n;
}

/**
 * Splits `text` into parts that stay within `max` characters once escaped:
 * on line boundaries where possible, then on spaces, and never inside a
 * character (surrogate pairs stay whole). Parts are returned unescaped.
 */
export function splitForSlack(text: string, max: number = MAX_SECTION_CHARS): string[] {
  if (escapedLength(text) <= max) return text.trim() ? [text] : [];
  const parts: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) parts.push(current.replace(/\n+$/, ""));
    current = "";
  };
  for (const line of text.split("\n")) {
    const joined = current ? `${current}\n${line}` : line;
    if (escapedLength(joined) <= max) {
      current = joined;
      continue;
    }
    flush();
    let rest = line;
    while (escapedLength(rest) > max) {
      const head = cutLine(rest, max);
      parts.push(head.trimEnd());
      rest = rest.slice(head.length).trimStart();
    }
    current = rest;
  }
  flush();
  return parts;
}

/** The longest head of `line` that fits `max` once escaped, ending at a space when one is in its second half. */
function cutLine(line: string, max: number): string {
  let size = 0;
  let end = 0;
  let lastSpace = -1;
  for (const ch of line) {
    const add = ch === "&" ? 5 : ch === "<" || ch === ">" ? 4 : ch.length;
    if (size + add > max) break;
    size += add;
    end += ch.length;
    if (ch === " ") lastSpace = end;
  }
  // A word that ends exactly at the limit needs no earlier cut.
  if (line[end] === " ") return line.slice(0, end);
  return lastSpace > end / 2 ? line.slice(0, lastSpace) : line.slice(0, Math.max(end, 1));
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
