import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { captureIo } from "../helpers/cli-io.ts";

/** One everyday question per language, and the measure that answers it. */
const QUESTIONS: [Lang, string, string][] = [
  ["zh", "入驻以后有没有免费的办公室？", "m01"],
  ["en", "How much can a leading talent team get as start-up money?", "m02"],
  ["vi", "Công ty tôi mua dịch vụ sức mạnh tính toán ở trung tâm, có được hỗ trợ không?", "m09"],
  ["th", "บริษัทกู้เงินธนาคารมา มีการอุดหนุนดอกเบี้ยไหมครับ", "m21"],
  ["id", "Apakah ada bantuan untuk pelatihan AI bagi peserta dari ASEAN?", "m12"],
  ["ms", "Adakah syarikat saya boleh mendapat pengecualian cukai pendapatan?", "m19"],
  ["fil", "Magkano po ang tulong para sa pag-file ng generative AI model sa CAC?", "m11"],
  ["km", "តើមានផ្ទះល្វែងសម្រាប់បុគ្គលិកជាន់ខ្ពស់ទេ?", "m03"],
  ["lo", "ມີການສະໜັບສະໜູນຄ່າໄຟຟ້າສຳລັບສູນຂໍ້ມູນບໍ່?", "m16"],
  ["my", "ဒေတာအစုံ တည်ဆောက်ရင် ဆုငွေ ရနိုင်ပါသလား", "m06"],
];

describe("policy-assistant ask --json", () => {
  it.each(QUESTIONS)("answers a question in %s with its language and the right measure among the first three", async (lang, question, measure) => {
    const c = captureIo();
    expect(await main(["ask", "--json", question], c.io)).toBe(0);
    const out = JSON.parse(c.stdout()) as { language: string; measures: string[]; answer: string };
    expect(out.language).toBe(lang);
    expect(out.measures.slice(0, 3)).toContain(measure);
    expect(out.answer.length).toBeGreaterThan(20);
  });

  it("prints the answer text without --json", async () => {
    const c = captureIo();
    await main(["ask", "What", "is", "the", "compute", "voucher?"], c.io);
    expect(c.stdout()).toContain("Compute");
  });

  it("says how to use it when the question is missing", async () => {
    const c = captureIo();
    expect(await main(["ask", "--json"], c.io)).toBe(2);
    expect(c.stderr()).toContain("usage: policy-assistant ask");
  });
});
