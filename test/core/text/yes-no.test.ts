import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../core/i18n/langs.ts";
import { parseYesNo } from "../../../core/text/yes-no.ts";

const YES: Record<Lang, readonly string[]> = {
  zh: ["是", "是的", "对", "對", "有", "嗯", "好的", "没错", "是的！"],
  en: ["yes", "Yes!", "y", "Y", "yeah", "yep", "sure", "of course", "correct", "we do", "Yes, we are", "👍"],
  vi: ["có", "Có ạ", "dạ có", "vâng", "dạ", "ừ", "đúng", "đúng rồi", "phải"],
  th: ["ใช่", "ใช่ค่ะ", "ใช่ครับ", "ค่ะ", "ครับ", "มี", "มีครับ", "ถูกต้อง"],
  id: ["ya", "iya", "betul", "benar", "ada", "sudah", "Ya, betul"],
  ms: ["ya", "ye", "betul", "ada", "dah", "boleh"],
  fil: ["oo", "opo", "oho", "oo po", "meron", "mayroon", "tama", "sige"],
  km: ["បាទ", "ចាស", "ចាស៎", "មាន", "ត្រូវ", "មែនហើយ", "បាទបាទ"],
  lo: ["ແມ່ນ", "ແມ່ນແລ້ວ", "ເຈົ້າ", "ໂດຍ", "ມີ", "ຖືກຕ້ອງ"],
  my: ["ဟုတ်", "ဟုတ်ကဲ့", "ဟုတ်တယ်", "ဟုတ်ကဲ့ပါ", "ရှိတယ်", "မှန်တယ်"],
};

const NO: Record<Lang, readonly string[]> = {
  zh: ["否", "不是", "没有", "沒有", "不", "不对", "还没", "无", "不是的。"],
  en: ["no", "No.", "n", "nope", "nah", "not yet", "No, we haven't", "we don't", "👎"],
  vi: ["không", "Không ạ", "dạ không", "không phải", "chưa", "không có", "chưa có"],
  th: ["ไม่", "ไม่ใช่", "ไม่ใช่ค่ะ", "ไม่ครับ", "ไม่มี", "ไม่มีครับ", "ยังไม่มี", "เปล่า"],
  id: ["tidak", "nggak", "gak", "enggak", "tak", "bukan", "belum", "tidak ada"],
  ms: ["tidak", "tak", "bukan", "belum", "tiada", "tak ada"],
  fil: ["hindi", "hindi po", "wala", "wala po", "hindi pa", "mali"],
  km: ["ទេ", "អត់", "អត់ទេ", "អត់ទេបាទ", "មិនមែនទេ", "គ្មាន", "មិនទាន់"],
  lo: ["ບໍ່", "ບໍ່ແມ່ນ", "ບໍ່ມີ", "ບໍ່ແມ່ນເຈົ້າ", "ຍັງບໍ່"],
  my: ["မဟုတ်", "မဟုတ်ဘူး", "မဟုတ်ပါဘူး", "မရှိဘူး", "မရှိပါဘူး", "ဟင့်အင်း"],
};

describe("parseYesNo", () => {
  for (const [lang, words] of Object.entries(YES) as [Lang, readonly string[]][]) {
    it.each(words)(`reads "%s" as yes (${lang})`, (word) => {
      expect(parseYesNo(word, lang)).toBe(true);
      expect(parseYesNo(word)).toBe(true);
    });
  }
  for (const [lang, words] of Object.entries(NO) as [Lang, readonly string[]][]) {
    it.each(words)(`reads "%s" as no (${lang})`, (word) => {
      expect(parseYesNo(word, lang)).toBe(false);
      expect(parseYesNo(word)).toBe(false);
    });
  }

  it.each(["不知道", "no idea", "không biết", "ไม่ทราบครับ", "ไม่แน่ใจ", "tidak tahu", "tak tahu", "hindi ko alam", "មិនដឹង", "ບໍ່ຮູ້", "မသိဘူး"])(
    'reads "don\'t know" (%s) as neither yes nor no, though it starts with a "no" word',
    (text) => {
      expect(parseYesNo(text)).toBeNull();
    },
  );

  it.each(["maybe", "也许", "có thể", "50万", "", "   ", "yes no", "what?", "hindi ko alam, pero oo"])('reads "%s" as neither', (text) => {
    expect(parseYesNo(text)).toBeNull();
  });

  it("reads Vietnamese chat shorthand only in Vietnamese, and k as ok in English", () => {
    expect(parseYesNo("co", "vi")).toBe(true);
    expect(parseYesNo("ko", "vi")).toBe(false);
    expect(parseYesNo("k", "vi")).toBe(false);
    expect(parseYesNo("k", "en")).toBe(true);
    expect(parseYesNo("k")).toBeNull();
    expect(parseYesNo("ko", "fil")).toBeNull();
  });

  it("reads Filipino di as no only in Filipino (it is 'at' in Indonesian)", () => {
    expect(parseYesNo("di po", "fil")).toBe(false);
    expect(parseYesNo("di", "id")).toBeNull();
  });

  it("never throws on any string", () => {
    for (const arb of [fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })]) {
      fc.assert(
        fc.property(arb, (s) => {
          parseYesNo(s, "th");
        }),
      );
    }
  });
});
