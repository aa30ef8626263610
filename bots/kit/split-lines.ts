/**
 * Splits long text for a platform's size limit: on line boundaries where
 * possible, then on spaces, and never inside a grapheme cluster (what a
 * reader sees as one character: a Thai, Khmer, Lao or Burmese syllable with
 * its marks, an emoji sequence), so that no part starts with a lone combining
 * mark drawn on a dotted circle. Each platform counts size its own way
 * (Telegram in UTF-16 units, Slack after its escaping), so the measure is a
 * parameter.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const STARTS_WITH_MARK = /^\p{M}/u;

/**
 * The units a text may be cut between: grapheme clusters (Intl.Segmenter),
 * with any cluster that starts with a combining mark joined to the one
 * before it. The segmenter leaves some spacing vowel signs on their own
 * (Burmese ာ and း, for instance), and a part starting with one is drawn on
 * a dotted circle just the same.
 */
export function clustersOf(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (out.length > 0 && STARTS_WITH_MARK.test(segment)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

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

/**
 * The longest head of `line` that fits `max`, ending at a space when one is
 * in its second half, and otherwise at a grapheme boundary (between code
 * points only when a single cluster is larger than `max`).
 */
function cutLine(line: string, max: number, size: CharSize): string {
  let used = 0;
  let end = 0;
  let lastSpace = -1;
  for (const segment of clustersOf(line)) {
    const add = sizeOf(segment, size);
    if (used + add > max) {
      if (end === 0) return cutCodePoints(segment, max, size);
      break;
    }
    used += add;
    end += segment.length;
    if (segment === " ") lastSpace = end;
  }
  // A word that ends exactly at the limit needs no earlier cut.
  if (line[end] === " ") return line.slice(0, end);
  return lastSpace > end / 2 ? line.slice(0, lastSpace) : line.slice(0, Math.max(end, 1));
}

/** The longest head of one over-long cluster that fits `max`, cut between code points (at least one). */
function cutCodePoints(cluster: string, max: number, size: CharSize): string {
  let used = 0;
  let end = 0;
  for (const ch of cluster) {
    used += size(ch);
    if (used > max && end > 0) break;
    end += ch.length;
  }
  return cluster.slice(0, end);
}
