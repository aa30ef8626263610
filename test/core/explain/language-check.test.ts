import { describe, expect, test } from "vitest";
import { checkLanguage } from "../../../core/explain/language-check.ts";
import type { Lang } from "../../../core/i18n/langs.ts";
import { GOOD } from "./fixtures.ts";

const MS = "Di bawah Fasal 2, pasukan bakat peringkat tinggi seperti pasukan anda boleh mendapat dana permulaan sehingga CNY 2,000,000. Peringkat pasukan dan jumlahnya ditetapkan semasa permohonan dinilai.";
const FIL = "Sa ilalim ng Seksiyon 2, ang isang high-level talent team na tulad ng sa inyo ay maaaring makatanggap ng start-up funding na hanggang CNY 2,000,000. Ang antas ng team at ang eksaktong halaga ay itinatakda kapag sinuri ang aplikasyon.";
const KM = "យោងតាមចំណុចទី 2 ក្រុមទេពកោសល្យកម្រិតខ្ពស់របស់អ្នកអាចទទួលបានមូលនិធិចាប់ផ្តើមអាជីវកម្មរហូតដល់ CNY 2,000,000។";
const LO = "ຕາມຂໍ້ 2 ທີມງານລະດັບສູງຂອງທ່ານອາດຈະໄດ້ຮັບທຶນເລີ່ມຕົ້ນທຸລະກິດສູງສຸດ CNY 2,000,000.";
const MY = "အပိုဒ် 2 အရ သင့်အဖွဲ့သည် စတင်ရန်ရန်ပုံငွေ CNY 2,000,000 အထိ ရရှိနိုင်ပါသည်။";

function ok(text: string, lang: Lang): boolean {
  return checkLanguage(text, lang).length === 0;
}

describe("a text in the requested language passes", () => {
  const cases: [Lang, string][] = [
    ["zh", GOOD.zh!],
    ["en", GOOD.en!],
    ["vi", GOOD.vi!],
    ["th", GOOD.th!],
    ["id", GOOD.id!],
    ["ms", MS],
    ["fil", FIL],
    ["km", KM],
    ["lo", LO],
    ["my", MY],
  ];
  for (const [lang, text] of cases) test(lang, () => expect(checkLanguage(text, lang)).toEqual([]));

  test("Indonesian and Malay, which the detector mixes up, pass for each other", () => {
    expect(ok(GOOD.id!, "ms")).toBe(true);
    expect(ok(MS, "id")).toBe(true);
  });

  test("Chinese names in brackets do not make an English text Chinese", () => {
    const text = "Clause 2 may give you up to CNY 2,000,000. The Nanning Data Bureau (南宁市数据局) decides.";
    expect(ok(text, "en")).toBe(true);
  });
});

describe("a text in another language fails", () => {
  test("English for Thai, Lao, Khmer, Burmese or Chinese", () => {
    for (const lang of ["th", "lo", "km", "my", "zh"] as const) expect(ok(GOOD.en!, lang)).toBe(false);
  });

  test("Thai for Lao, and Lao for Thai", () => {
    expect(ok(GOOD.th!, "lo")).toBe(false);
    expect(ok(LO, "th")).toBe(false);
  });

  test("Vietnamese for English, and English for Vietnamese", () => {
    expect(ok(GOOD.vi!, "en")).toBe(false);
    expect(ok(GOOD.en!, "vi")).toBe(false);
  });

  test("English, Indonesian or Filipino where another of them was asked", () => {
    expect(ok(GOOD.en!, "id")).toBe(false);
    expect(ok(GOOD.id!, "en")).toBe(false);
    expect(ok(GOOD.en!, "fil")).toBe(false);
    expect(ok(FIL, "ms")).toBe(false);
  });

  test("a script none of our languages uses", () => {
    expect(checkLanguage("Согласно пункту 2 вы можете получить до 2 000 000 юаней.", "en")[0]).toMatchObject({ code: "language" });
  });
});
