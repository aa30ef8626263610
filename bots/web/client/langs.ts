/** The ten languages, and the browser's first guess among them. */

/** Language codes the chat speaks (as `core/text/langs.ts`). */
export type LangCode = "zh" | "en" | "vi" | "th" | "id" | "ms" | "fil" | "km" | "lo" | "my";

const CODES: readonly LangCode[] = ["zh", "en", "vi", "th", "id", "ms", "fil", "km", "lo", "my"];

/** The first of the browser's languages the chat speaks (`th-TH` → th, `tl` → fil), else English. */
export function guessLang(tags: readonly string[]): LangCode {
  for (const tag of tags) {
    const base = tag.toLowerCase().split("-")[0]!;
    const code = base === "tl" ? "fil" : base === "in" ? "id" : base;
    if ((CODES as readonly string[]).includes(code)) return code as LangCode;
  }
  return "en";
}
