/**
 * Splits long text for a platform's size limit: on line boundaries where
 * possible, then on spaces, and never inside a character (a surrogate pair
 * stays whole). Each platform counts size its own way (Telegram in UTF-16
 * units, Slack after its escaping), so the measure is a parameter.
 */

/** The size of one character (a code point) in the platform's count. */
export type CharSize = (ch: string) => number;

/** Counts a whole text with `size`. */
export function sizeOf(text: string, size: CharSize): number {
  let n = 0;
  for (const ch of text) n += size(ch);
  return n;
}

/** Parts of `text`, each at most `max` by `size`; blank parts are dropped and trailing line breaks trimmed. */
export function splitLines(text: string, max: number, size: CharSize): string[] {
  if (sizeOf(text, size) <= max) return text.trim() ? [text] : [];
  const parts: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) parts.push(current.replace(/\n+$/, ""));
    current = "";
  };
  for (const line of text.split("\n")) {
    const joined = current ? `${current}\n${line}` : line;
    if (sizeOf(joined, size) <= max) {
      current = joined;
      continue;
    }
    flush();
    let rest = line;
    while (sizeOf(rest, size) > max) {
      const head = cutLine(rest, max, size);
      parts.push(head.trimEnd());
      rest = rest.slice(head.length).trimStart();
    }
    current = rest;
  }
  flush();
  return parts;
}

/** The longest head of `line` that fits `max`, ending at a space when one is in its second half. */
function cutLine(line: string, max: number, size: CharSize): string {
  let used = 0;
  let end = 0;
  let lastSpace = -1;
  for (const ch of line) {
    const add = size(ch);
    if (used + add > max) break;
    used += add;
    end += ch.length;
    if (ch === " ") lastSpace = end;
  }
  // A word that ends exactly at the limit needs no earlier cut.
  if (line[end] === " ") return line.slice(0, end);
  return lastSpace > end / 2 ? line.slice(0, lastSpace) : line.slice(0, Math.max(end, 1));
}
