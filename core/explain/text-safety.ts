/**
 * Things no explanation needs and an attacker does: links and addresses of
 * any kind (URLs, bare domains, e-mail addresses, @handles, markdown links
 * and images), markup (HTML tags, stray braces, code fences), and invisible
 * characters (Unicode category Cf: bidi overrides, zero-width characters;
 * and control, private-use and lone surrogate code points).
 */

/** What was found, for the guard's violation codes. */
export type SafetyCategory = "invisible" | "link" | "markup";

/** One finding; `detail` names the kind, never the content. */
export interface SafetyFinding {
  category: SafetyCategory;
  detail: string;
}

// Tab, line feed and carriage return are the only control characters a text may hold.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cs}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/u;

const LINKS: readonly { re: RegExp; detail: string }[] = [
  { re: /[a-z][a-z0-9+.-]*:\/\//iu, detail: "url" },
  { re: /(?<![\p{L}\p{N}])www\./iu, detail: "url" },
  { re: /(?<![\p{L}\p{N}])(?:mailto|tel|javascript|data|tg|weixin):/iu, detail: "url" },
  // A bare domain: labels of ASCII letters, digits and hyphens, a dot, and a top-level label of two letters or more.
  { re: /(?<![\p{L}\p{N}@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]+)(?![\p{L}\p{N}-])/iu, detail: "domain" },
  { re: /@/u, detail: "at sign (e-mail or handle)" },
  { re: /\]\s*\(/u, detail: "markdown link" },
  { re: /!\[/u, detail: "markdown image" },
];

const MARKUP: readonly { re: RegExp; detail: string }[] = [
  { re: /<\s*\/?\s*[a-z!?]/iu, detail: "html tag" },
  { re: /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/iu, detail: "html entity" },
  { re: /```|`/u, detail: "code" },
  { re: /[{}]/u, detail: "brace" },
  { re: /<<|>>|\[\/?inst\]/iu, detail: "prompt markup" },
];

/**
 * What `text` holds that an explanation may not: invisible characters
 * (checked on the text as given, before any normalisation removes them),
 * links and markup. Placeholders must already be taken out.
 *
 * @example
 * unsafeContent("Apply at https://evil.example") // [{ category: "link", detail: "url" }, …]
 */
export function unsafeContent(text: string): SafetyFinding[] {
  const out: SafetyFinding[] = [];
  if (INVISIBLE.test(text)) out.push({ category: "invisible", detail: "invisible or control character" });
  const s = text.normalize("NFKC");
  for (const { re, detail } of LINKS) if (re.test(s)) out.push({ category: "link", detail });
  for (const { re, detail } of MARKUP) if (re.test(s)) out.push({ category: "markup", detail });
  return out;
}
