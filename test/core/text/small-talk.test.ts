import { describe, expect, it } from "vitest";
import { smallTalk } from "../../../core/text/small-talk.ts";

describe("smallTalk", () => {
  it("knows greetings in the ten languages, with their polite particles", () => {
    const cases: [string, string][] = [
      ["你好", "zh"], ["xin chào", "vi"], ["chào anh", "vi"], ["สวัสดีครับ", "th"], ["selamat siang", "id"], ["selamat petang", "ms"],
      ["magandang umaga po", "fil"], ["hello po", "fil"], ["ជំរាបសួរ", "km"], ["ສະບາຍດີເຈົ້າ", "lo"], ["မင်္ဂလာပါခင်ဗျာ", "my"],
    ];
    for (const [text, lang] of cases) expect(smallTalk(text), text).toEqual({ kind: "greeting", langs: [lang] });
    expect(smallTalk("good morning!")?.kind).toBe("greeting");
  });

  it("knows thanks, and leaves 'terima kasih' to Malay and Indonesian alike", () => {
    expect(smallTalk("salamat po")).toEqual({ kind: "thanks", langs: ["fil"] });
    expect(smallTalk("cam on ban nhieu")).toEqual({ kind: "thanks", langs: ["vi"] });
    expect(smallTalk("makasih ya")).toEqual({ kind: "thanks", langs: ["id"] });
    expect(smallTalk("terima kasih")?.langs.sort()).toEqual(["id", "ms"]);
    expect(smallTalk("ကျေးဇူးတင်ပါတယ်")).toEqual({ kind: "thanks", langs: ["my"] });
  });

  it("counts a bare number as small talk of no language", () => {
    expect(smallTalk("500")).toEqual({ kind: "other", langs: [] });
    expect(smallTalk("๒")).toEqual({ kind: "other", langs: [] });
  });

  it("is null for anything that asks something", () => {
    for (const text of ["hi, is the office free?", "xin chào, vay ngân hàng được không", "salamat po, magkano ang subsidy?", "GPU", "支持政策有哪些", "", "berapa?"]) {
      expect(smallTalk(text), text).toBeNull();
    }
  });
});
