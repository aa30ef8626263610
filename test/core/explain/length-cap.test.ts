import { describe, expect, test } from "vitest";
import { splitForSlack } from "../../../bots/slack/text.ts";
import { splitText } from "../../../bots/telegram/render.ts";
import { splitUtf8 } from "../../../bots/wechat-adapter/split.ts";
import { lengthProblem, MAX_EXPLANATION_CHARS } from "../../../core/explain/length-cap.ts";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { t } from "../../../core/i18n/messages/index.ts";

/** A wide letter of each language's script: three UTF-8 bytes where the script has them. */
const WIDE: Record<Lang, string> = { zh: "汉", en: "e", id: "a", ms: "a", fil: "a", vi: "ệ", th: "ก", lo: "ກ", km: "ក", my: "က" };

/** The longest explanation the cap lets through in `lang`, in words of its widest letter, with the disclaimer. */
function longest(lang: Lang): string {
  const words: string[] = [];
  let text = "";
  while ([...text].length + 6 <= MAX_EXPLANATION_CHARS[lang]) {
    words.push(WIDE[lang].repeat(5));
    text = words.join(" ");
  }
  return text;
}

describe("one explanation is one message on every platform", () => {
  test.each(LANGS)("in %s, the longest explanation the cap allows, disclaimer included, is one message on WeChat, Telegram and Slack", (lang) => {
    const text = longest(lang);
    expect(lengthProblem(text, lang, t(lang, "disclaimer"))).toBeNull();
    const message = `${text}\n\n${t(lang, "disclaimer")}`;
    expect(splitUtf8(message)).toHaveLength(1);
    expect(splitText(message)).toHaveLength(1);
    expect(splitForSlack(message)).toHaveLength(1);
  });

  test.each(LANGS)("in %s, one character more is refused", (lang) => {
    const text = WIDE[lang].repeat(MAX_EXPLANATION_CHARS[lang] + 1);
    expect(lengthProblem(text, lang, t(lang, "disclaimer"))).toMatch(/characters/u);
  });

  test("four-byte characters within the cap are refused when the message would pass WeChat's limit", () => {
    expect(lengthProblem("😀".repeat(MAX_EXPLANATION_CHARS.en), "en", t("en", "disclaimer"))).toMatch(/bytes/u);
  });
});
