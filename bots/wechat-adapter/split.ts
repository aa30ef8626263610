/**
 * Splits replies for WeChat, which cuts off or refuses text over about
 * 2,048 UTF-8 bytes. Limits count bytes, not characters: a Chinese character
 * is 3 bytes and an emoji 4, which is where character-counting SDKs break.
 */
import { clustersOf } from "../kit/split-lines.ts";

/** The default part size: under WeChat's ~2,048-byte limit with room to spare. */
export const DEFAULT_MAX_BYTES = 2000;

/** A part may end after whitespace or sentence punctuation when no line break is near. */
const SOFT_BREAK = /[\s。！？；，、…,.!?;:]$/u;

interface Unit {
  text: string;
  bytes: number;
}

function unitsOf(text: string, maxBytes: number): Unit[] {
  const units: Unit[] = [];
  for (const segment of clustersOf(text)) {
    const bytes = Buffer.byteLength(segment, "utf8");
    if (bytes <= maxBytes) {
      units.push({ text: segment, bytes });
    } else {
      // A grapheme longer than a part (a pile of combining marks) can only be cut between code points.
      for (const cp of segment) units.push({ text: cp, bytes: Buffer.byteLength(cp, "utf8") });
    }
  }
  return units;
}

/**
 * Splits `text` into parts of at most `maxBytes` UTF-8 bytes each, never inside a
 * grapheme (so never inside a surrogate pair or an emoji sequence). A part ends
 * preferably after a line break, else after whitespace or punctuation, provided
 * that keeps it at least half full; otherwise at the last grapheme that fits.
 * The parts joined with "" give back `text`; the empty text gives no parts.
 *
 * @example splitUtf8("第一段\n第二段", 12) // ["第一段\n", "第二段"]
 */
export function splitUtf8(text: string, maxBytes: number = DEFAULT_MAX_BYTES): string[] {
  if (!Number.isInteger(maxBytes) || maxBytes < 4) throw new RangeError("maxBytes must be an integer of at least 4");
  if (text === "") return [];
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return [text];
  const units = unitsOf(text, maxBytes);
  const parts: string[] = [];
  let start = 0;
  while (start < units.length) {
    let end = start;
    let bytes = 0;
    let lineBreak = -1;
    let softBreak = -1;
    while (end < units.length && bytes + units[end]!.bytes <= maxBytes) {
      bytes += units[end]!.bytes;
      const unit = units[end]!.text;
      end++;
      if (bytes * 2 >= maxBytes) {
        if (unit.endsWith("\n")) lineBreak = end;
        else if (SOFT_BREAK.test(unit)) softBreak = end;
      }
    }
    if (end < units.length) end = lineBreak > 0 ? lineBreak : softBreak > 0 ? softBreak : end;
    parts.push(units.slice(start, end).map((u) => u.text).join(""));
    start = end;
  }
  return parts;
}
