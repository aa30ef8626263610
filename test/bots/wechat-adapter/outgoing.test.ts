import { describe, expect, it } from "vitest";
import type { Reply } from "../../../core/dialogues/types.ts";
import { LANGS } from "../../../core/i18n/langs.ts";
import { outgoing } from "../../../bots/wechat-adapter/outgoing.ts";
import { wechatText } from "../../../bots/wechat-adapter/strings.ts";

const bytes = (s: string | null) => Buffer.byteLength(s ?? "", "utf8");
const long: Reply[] = [{ kind: "text", text: Array.from({ length: 80 }, (_, i) => `第${i + 1}行：人工智能企业入驻南A中心可享受多项支持。`).join("\n") }];

describe("the passive reply and what follows it", () => {
  it("numbers the options, since WeChat has no buttons", () => {
    const out = outgoing([{ kind: "choices", text: "您想做什么？", choices: [{ id: "m:check", label: "预判我的申报资格" }, { id: "m:ask", label: "咨询政策问题" }] }], { canSendLater: true });
    expect(out).toEqual({ passive: "您想做什么？\n  1. 预判我的申报资格\n  2. 咨询政策问题", rest: null });
  });

  it("answers success when there is nothing to say", () => {
    expect(outgoing([], { canSendLater: true })).toEqual({ passive: null, rest: null });
  });

  it("sends what does not fit in 2,000 bytes by the customer-service API, losing nothing", () => {
    const out = outgoing(long, { canSendLater: true });
    expect(bytes(out.passive)).toBeLessThanOrEqual(2000);
    expect(out.rest).not.toBeNull();
    expect(`${out.passive}\n${out.rest}`).toBe(long[0]!.text);
  });

  it("cuts at a character boundary with a note when nothing can follow", () => {
    const out = outgoing(long, { canSendLater: false });
    expect(out.rest).toBeNull();
    expect(bytes(out.passive)).toBeLessThanOrEqual(2000);
    expect(out.passive!.endsWith(`\n\n${wechatText("zh", "wechat.cut")}`)).toBe(true);
    expect(long[0]!.text.startsWith(out.passive!.split("\n\n")[0]!)).toBe(true);
  });

  it("counts bytes, not characters: 700 Chinese characters are over the limit", () => {
    const out = outgoing([{ kind: "text", text: "好".repeat(700) }], { canSendLater: true });
    expect(bytes(out.passive)).toBeLessThanOrEqual(2000);
    expect((out.passive ?? "") + (out.rest ?? "")).toBe("好".repeat(700));
  });
});

describe("a reply cut without the customer-service API, in the user's language", () => {
  const card = (lang: string): Reply => ({ kind: "result", text: Array.from({ length: 120 }, (_, i) => `${lang} ${i}: ทดสอบ ការសាកល្បង ການທົດສອບ စမ်းသပ်ခြင်း`).join("\n"), items: [], total: "", totalCNY: "0", disclaimer: "" });
  const question: Reply = { kind: "choices", text: "คุณต้องการทำอะไรต่อ?", choices: [{ id: "m:check", label: "ตรวจสอบอีกครั้ง" }, { id: "m:ask", label: "ถามคำถาม" }] };

  it("says the reply was cut in each of the ten languages, within 2,000 bytes", () => {
    for (const lang of LANGS) {
      const out = outgoing([card(lang)], { canSendLater: false, lang });
      expect(bytes(out.passive)).toBeLessThanOrEqual(2000);
      expect(out.passive!.endsWith(wechatText(lang, "wechat.cut")), lang).toBe(true);
      expect(out.rest).toBeNull();
    }
  });

  it("keeps the question the user must answer whole, cutting what comes before it", () => {
    const out = outgoing([card("th"), question], { canSendLater: false, lang: "th" });
    expect(bytes(out.passive)).toBeLessThanOrEqual(2000);
    expect(out.passive!.endsWith("คุณต้องการทำอะไรต่อ?\n  1. ตรวจสอบอีกครั้ง\n  2. ถามคำถาม")).toBe(true);
    expect(out.passive).toContain(wechatText("th", "wechat.cut"));
    expect(out.passive!.startsWith("th 0:")).toBe(true);
  });
});
