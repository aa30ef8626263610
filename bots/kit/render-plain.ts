/**
 * Renders replies as plain text with numbered options, for channels without
 * buttons (the terminal, WeChat). The numbers follow the order of the
 * choices, which is the order the engine maps typed numbers back to.
 */
import type { Reply } from "../../core/dialogues/types.ts";

/** One reply as plain text. */
export function renderPlain(reply: Reply): string {
  if (reply.kind !== "choices") return reply.text;
  // Where a typed number is the answer, the shortcuts are words to type, not numbers.
  const options = reply.choices.map((c, i) => (reply.typed ? `  • ${c.label}` : `  ${i + 1}. ${c.label}`));
  return [reply.text, ...options].join("\n");
}

/** Several replies, separated by blank lines. */
export function renderPlainAll(replies: Reply[]): string {
  return replies.map(renderPlain).join("\n\n");
}
