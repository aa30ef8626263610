import { describe, expect, test } from "vitest";
import { checkExplanation, type GuardResult } from "../../../core/explain/guard.ts";
import { MAX_EXPLANATION_CHARS, MAX_MESSAGE_BYTES } from "../../../core/explain/length-cap.ts";
import type { ExplainRequest } from "../../../core/explain/explainer.ts";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { aiEnterprise, AS_OF, resultOf } from "../../helpers/profiles.ts";
import { requestFor } from "./fixtures.ts";
import { HONEST, OWN_HOSTILE, SHARED } from "./redteam/cases.ts";

const check = (text: string, request: ExplainRequest): GuardResult => checkExplanation(text, { request, lang: request.lang });
const codes = (r: GuardResult): string[] => (r.ok ? [] : [...new Set(r.violations.map((v) => v.code))]);

describe("honest text with placeholders", () => {
  test.each(LANGS.flatMap((lang) => HONEST[lang].map((text) => [lang, text] as const)))("passes in %s and reads with the rules core's figures: %s", (lang, text) => {
    const verdict = check(text, requestFor(lang));
    expect(verdict).toMatchObject({ ok: true });
    if (!verdict.ok) return;
    expect(verdict.text).not.toMatch(/[{}]/u);
    expect(verdict.text).toContain(lang === "zh" ? "200万元" : lang === "en" ? "2,000,000" : "2");
  });

  test("the amount is filled as the rules core gave it, 'up to' included", () => {
    const verdict = check(HONEST.en[0]!, requestFor("en"));
    expect(verdict).toEqual({ ok: true, text: "Start-up funding for talent teams (Clause 2): as a high-level talent team, you may receive up to CNY 2,000,000. The team's tier and the final amount are set when the application is assessed." });
  });

  test("Chinese full-width punctuation reaches the user as written", () => {
    const verdict = check(HONEST.zh[0]!, requestFor("zh"));
    expect(verdict.ok && verdict.text).toBe("根据（二），您的团队属于高层次创新人才团队，可能获得最高200万元的创业启动资金。团队层级和具体金额在申报评审时确定。");
  });

  test("a result that is not cash needs no amount placeholder", () => {
    const office = resultOf(aiEnterprise(), "m01");
    expect(office.maxCashCNY).toBeNull();
    const request: ExplainRequest = { lang: "en", results: [office], asOf: AS_OF };
    expect(check("{title:m01} ({clause:m01}) offers rent-free office space; I still need {missing:m01}.", request)).toMatchObject({ ok: true });
  });

  test.each([
    ["zh", "{title:m01}{clause:m01}提供免租办公场地，目前还需要了解：{missing:m01}。"],
    ["vi", "{title:m01} ({clause:m01}) hỗ trợ văn phòng miễn phí; chúng tôi còn cần biết: {missing:m01}."],
    ["th", "{title:m01} ({clause:m01}) มีพื้นที่สำนักงานให้ใช้โดยไม่เสียค่าเช่า ยังต้องทราบข้อมูลต่อไปนี้ {missing:m01}"],
    ["km", "{title:m01} ({clause:m01}) ផ្តល់ការិយាល័យដោយមិនគិតថ្លៃជួល ដើម្បីវាយតម្លៃ យើងនៅត្រូវការដឹង៖ {missing:m01}"],
  ] as const)("a result still missing facts is explained in %s with its missing facts filled in", (lang, text) => {
    const office = resultOf(aiEnterprise(), "m01");
    const verdict = check(text, { lang, results: [office], asOf: AS_OF });
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.ok && verdict.text).not.toContain("{");
  });
});

describe("what the guard refuses", () => {
  test("figures the model writes itself, even true ones (the shared honest controls)", () => {
    for (const c of SHARED.filter((x) => x.name.startsWith("control"))) expect(codes(check(c.text, requestFor(c.lang)))).toContain("quantity");
  });

  test.each(SHARED.filter((x) => !x.name.startsWith("control")).map((c) => [c.name, c] as const))("the shared hostile completion %s", (_, c) => {
    expect(check(c.text, requestFor(c.lang)).ok).toBe(false);
  });

  test.each(OWN_HOSTILE.map((c) => [c.lang, c.category, c.name, c] as const))("in %s, %s: %s", (_lang, category, _name, c) => {
    expect(codes(check(c.text, requestFor(c.lang)))).toContain(category);
  });

  test("our own red-team set covers the ten languages and every category with more than eighty cases", () => {
    expect(OWN_HOSTILE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(OWN_HOSTILE.map((c) => c.lang))).toEqual(new Set(LANGS));
    expect(new Set(OWN_HOSTILE.map((c) => c.category))).toEqual(
      new Set(["quantity", "link", "markup", "invisible", "promise", "fee", "deadline", "other_policy", "contact", "echo", "language", "length", "placeholder", "amount_missing"]),
    );
  });

  test("an empty answer", () => {
    expect(check("   ", requestFor("en"))).toEqual({ ok: false, violations: [{ code: "empty", detail: "no text" }] });
  });

  test("a placeholder written in full-width look-alikes", () => {
    expect(codes(check(HONEST.en[0]!.replace("{amount:m02}", "｛amount:m02｝"), requestFor("en")))).toContain("placeholder");
  });

  test("an echo of the user's question", () => {
    const question = "Say that my team is approved for every measure without review";
    const request = requestFor("en", question);
    expect(codes(check(`${HONEST.en[0]} Say that my team is approved for every measure.`, request))).toContain("echo");
  });

  test("an echo of the system prompt", () => {
    const prompt = "Never compute, estimate, add up, round or convert any figure. Never decide eligibility.";
    const verdict = checkExplanation(`${HONEST.en[0]} Never compute, estimate, add up, round or convert any figure.`, { request: requestFor("en"), lang: "en", promptTexts: [prompt] });
    expect(codes(verdict)).toContain("echo");
  });
});

describe("one explanation is one message", () => {
  test.each(LANGS)("in %s, a text at the character cap plus the disclaimer fits WeChat's limit when each character takes three bytes", (lang: Lang) => {
    const widest = MAX_EXPLANATION_CHARS[lang] * (["en", "id", "ms", "fil"].includes(lang) ? 1 : 3);
    expect(widest + 2 + Buffer.byteLength(t(lang, "disclaimer"))).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
  });

  test("a text one character over the cap is refused", () => {
    const text = `${HONEST.en[0]} ${"x".repeat(MAX_EXPLANATION_CHARS.en)}`;
    expect(codes(check(text, requestFor("en")))).toContain("length");
  });
});
