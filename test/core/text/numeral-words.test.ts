import { describe, expect, test } from "vitest";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { findQuantities, type Lang as TextLang } from "../../../core/text/numeral-words.ts";

const found = (text: string, lang: Parameters<typeof findQuantities>[1]) => findQuantities(text, lang).map((q) => q.why);

describe("quantities a text states", () => {
  test.each([
    ["digits of any script", "Bonus CNY ３ million and ๓ and ៣ and ၃ and ٣", "en"],
    ["superscript and circled digits", "Bonus ³⁰⁰ and ③", "en"],
    ["scientific notation", "Or 3e6 yuan", "en"],
    ["a percent sign", "reimburses half%", "en"],
    ["English words", "tens of millions of yuan", "en"],
    ["twice", "Leading teams get twice that amount", "en"],
    ["a Roman numeral clause", "Clause XXV adds housing", "en"],
    ["Chinese numerals", "另加两百五十万元", "zh"],
    ["formal Chinese numerals", "另有奖励贰佰伍拾万元", "zh"],
    ["Vietnamese words", "thêm hai mươi triệu", "vi"],
    ["an ambiguous Vietnamese word after a clause word", "Khoản năm", "vi"],
    ["Thai words", "เพิ่มอีกสองล้าน", "th"],
    ["Indonesian words", "bonus sejuta yuan", "id"],
    ["Malay words", "dua kali ganda", "ms"],
    ["Filipino words", "sampung libong yuan", "fil"],
    ["Khmer words", "មួយលាន", "km"],
    ["Lao words", "ໜຶ່ງລ້ານ", "lo"],
    ["Burmese words", "သိန်း တစ်ရာ", "my"],
  ] as const)("%s are found", (_what, text, lang) => {
    expect(found(text, lang).length).toBeGreaterThan(0);
  });

  test.each([
    ["English idioms and 'one of'", "One of the measures may help someone like you; AI teams can apply.", "en"],
    ["Chinese idioms", "一些企业可以一起申请，进一步了解之一的措施，十分方便。", "zh"],
    ["Vietnamese year and some", "Một số doanh nghiệp có thể nhận hỗ trợ hằng năm; tỷ lệ do cơ quan quyết định.", "vi"],
    ["Thai 'can' and 'partner'", "ท่านสามารถยื่นคำขอได้ พันธมิตรของศูนย์ดำเนินการเรียบร้อย", "th"],
    ["Indonesian 'one of'", "Salah satu tim dapat mengajukan permohonan.", "id"],
    ["Filipino article", "Isang team na nasa sentro ay maaaring mag-apply; isa sa mga hakbang.", "fil"],
    ["Khmer 'some' and 'period'", "ក្រុមហ៊ុនមួយចំនួនអាចដាក់ពាក្យក្នុងរយៈពេលនេះ", "km"],
    ["Khmer 'in order to', whose subscript letter spells three", "ក្រុមហ៊ុនអាចដាក់ពាក្យដើម្បីទទួលបានជំនួយ", "km"],
    ["Thai 'download'", "ท่านสามารถดาวน์โหลดแบบฟอร์มได้", "th"],
    ["Lao 'can'", "ທ່ານສາມາດຍື່ນຄຳຮ້ອງໄດ້", "lo"],
    ["Burmese 'thing' and 'use'", "အရာအားလုံးကို အသုံးပြုနိုင်သည်", "my"],
  ] as const)("%s pass", (_what, text, lang) => {
    expect(findQuantities(text, lang)).toEqual([]);
  });
});

test("core/text knows the same ten languages as core/i18n", () => {
  const mine: readonly TextLang[] = LANGS;
  const theirs: readonly Lang[] = ["zh", "en", "vi", "th", "id", "ms", "fil", "km", "lo", "my"] satisfies TextLang[];
  expect([...mine].sort()).toEqual([...theirs].sort());
});
