/**
 * The results card of a measure settled by one part while another still
 * misses a fact (issue 14): the settled amount beside the bound, the pending
 * parts with what would settle them; and the items named in
 * otherSupportForSameItem (从优不重复), in the user's language.
 */
import { describe, expect, it } from "vitest";
import { plan } from "../../../../core/dialogues/planner.ts";
import { renderResults, resultItem } from "../../../../core/dialogues/render/results.ts";
import { LANGS, type Lang } from "../../../../core/i18n/langs.ts";
import { explainResult } from "../../../../core/explain/template-explainer.ts";

const TODAY = "2026-06-01";
// （九）: 30% × 1,000,000 of compute = 300,000 a year settled; the corpus purchase unknown, up to its 2,000,000 cap.
const answers = { type: "enterprise", ai: true, settlement: "planning", asean: false, interests: ["data_compute"], computeSpend: "1000000" };
const computeOnly = () => plan({ answers, skipped: [] }, TODAY);
const cardOf = (p: ReturnType<typeof plan>, lang: Lang) => (renderResults(p, lang)[0] as { text: string }).text;
const linesOf = (text: string, heading: string) => {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.includes(heading));
  const block = [lines[at]!];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith("   ")) break;
    block.push(l.trim());
  }
  return block;
};

describe("a measure settled by one part, another pending", () => {
  it("in English: eligible, settled ¥300,000 a year, up to ¥2,300,000 once the corpus purchases are known, and the corpus voucher listed as pending", () => {
    const block = linesOf(cardOf(computeOnly(), "en"), "(Clause 9)");
    expect(block[0]).toBe("1. Compute and corpus vouchers (Clause 9): Eligible, settled CNY 300,000 a year; up to CNY 2,300,000 a year once we know: Yearly corpus purchases");
    expect(block).toContain("compute voucher: Eligible, CNY 300,000 a year");
    expect(block).toContain("Still to settle: corpus voucher (Yearly corpus purchases).");
    // The figure and the pending line say what is missing: no third "Still unknown" line.
    expect(block.some((l) => l.startsWith("Still unknown"))).toBe(false);
  });

  it("in Chinese: 符合，已确定每年30万元，告诉我每年语料采购额后最高可达每年230万元；语料券待确定", () => {
    const block = linesOf(cardOf(computeOnly(), "zh"), "（九）");
    expect(block[0]).toBe("1. 支持模型训练（算力券、语料券）（九）: 符合, 已确定每年30万元；告诉我每年语料采购额后，最高可达每年230万元");
    expect(block).toContain("待确定：语料券（每年语料采购额）。");
  });

  it("in Thai: the settled amount, the bound and the pending voucher", () => {
    const block = linesOf(cardOf(computeOnly(), "th"), "(ข้อ 9)");
    expect(block[0]).toContain("มีสิทธิ์, ยืนยันแล้ว 300,000 หยวน ต่อปี; สูงสุด 2,300,000 หยวน ต่อปี เมื่อทราบ: ค่าซื้อคลังข้อมูลภาษาต่อปี");
    expect(block).toContain("ส่วนที่ยังรอยืนยัน: คูปองคลังข้อมูลภาษา (ค่าซื้อคลังข้อมูลภาษาต่อปี)");
  });

  it.each(LANGS.map((l) => [l] as const))("in %s the card counts only the settled 300,000 in its total, and the item still lists the missing fact", (lang) => {
    const p = computeOnly();
    const card = renderResults(p, lang)[0] as { totalCNY: string };
    expect(card.totalCNY).toBe("300000.00");
    const m09 = p.inScope.find((r) => r.measure === "m09")!;
    expect(resultItem(m09, p, lang).missing.length).toBe(1);
  });

  it("the template explanation gives the settled amount beside the bound and what is still unknown", () => {
    const m09 = computeOnly().inScope.find((r) => r.measure === "m09")!;
    const text = explainResult(m09, "en", ["Yearly corpus purchases"]);
    expect(text).toContain("CNY 300,000 settled, up to CNY 2,300,000 in all");
    expect(text).toContain("Still unknown: Yearly corpus purchases.");
  });

  it("once the corpus purchase is known (500,000 → 150,000), the card shows one figure and no pending line", () => {
    const p = plan({ answers: { ...answers, corpusSpend: "500000" }, skipped: [] }, TODAY);
    const block = linesOf(cardOf(p, "en"), "(Clause 9)");
    expect(block[0]).toBe("1. Compute and corpus vouchers (Clause 9): Eligible, CNY 450,000 a year");
    expect(block.some((l) => l.startsWith("Still to settle"))).toBe(false);
  });
});

describe("items named in otherSupportForSameItem", () => {
  const named = () => {
    const p = computeOnly();
    p.built.profile.otherSupportForSameItem = ["m14", "m21"];
    return p;
  };

  it("are named on the card in English, Chinese and Vietnamese, with clause numbers", () => {
    expect(cardOf(named(), "en")).toContain("You said AI deployments in ASEAN countries (Clause 14), Loan interest subsidies (Clause 21) already get regional or city support for the same item");
    expect(cardOf(named(), "zh")).toContain("您表示面向东盟应用场景落地（十四）、降低融资成本（贷款贴息）（二十一）的同一事项已获自治区或南宁市支持");
    expect(cardOf(named(), "vi")).toMatch(/Quý vị cho biết .*\(Khoản 14\).*\(Khoản 21\) đã được khu tự trị hoặc thành phố hỗ trợ/);
  });

  it("are not mentioned when the profile does not name them", () => {
    expect(cardOf(computeOnly(), "en")).not.toContain("You said");
  });
});
