/**
 * The chat tells users why, for how long and on what assumptions (issue 15),
 * in every language: reasons with their clause on a "no", the early
 * out-of-scope answer, periods and working lines, split totals with tax
 * relief apart, the ASEAN wording, explain-by-number and paged explain buttons.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Conversations } from "../../../../core/dialogues/conversations.ts";
import { plan } from "../../../../core/dialogues/planner.ts";
import { EXPLAIN_PAGE, renderResults } from "../../../../core/dialogues/render/results.ts";
import type { Input, Reply } from "../../../../core/dialogues/types.ts";
import { formatClause, formatCny, formatDate, formatNumber, formatPercent } from "../../../../core/i18n/format.ts";
import { withPeriod } from "../../../../core/i18n/figures.ts";
import { measureHeading, reasonText } from "../../../../core/i18n/labels.ts";
import { LANGS, type Lang } from "../../../../core/i18n/langs.ts";
import { measureText } from "../../../../core/i18n/measures/render.ts";
import { t } from "../../../../core/i18n/messages/index.ts";
import { evaluate } from "../../../../core/rules/evaluate.ts";
import { VALID_FROM, VALID_UNTIL } from "../../../../core/rules/policy.ts";
import type { EvaluationResult, MeasureId, MeasureResult } from "../../../../core/rules/types.ts";
import { MemoryStore } from "../../../../core/store/memory-store.ts";
import { SessionStore } from "../../../../core/store/session-store.ts";
import { EXPECTED_PROFILE, SCRIPT_TODAY, textOf } from "../../../helpers/conversation-script.ts";
import { resultRepliesByLang } from "../../../helpers/result-cards.ts";

let cards: Map<Lang, Reply[]>;
let expected: EvaluationResult;
const result = (id: MeasureId): MeasureResult => expected.results.find((r) => r.measure === id)!;
const cardOf = (lang: Lang): string => cards.get(lang)!.find((r) => r.kind === "result")!.text;

beforeAll(async () => {
  cards = await resultRepliesByLang();
  const r = evaluate(EXPECTED_PROFILE);
  if (!r.ok) throw new Error("the scripted profile is invalid");
  expected = r.result;
}, 120_000);

/** A conversation in `lang` on `today`, driven by commands and the ids of the buttons shown. */
function chat(lang: Lang, today: string) {
  const conversations = new Conversations({ sessions: new SessionStore(new MemoryStore()), today: () => today });
  let last: Reply[] = [];
  const send = async (input: Input) => (last = await conversations.handle("test:why", input));
  return {
    send,
    command: (name: string, arg?: string) => send({ kind: "command", name: name as never, ...(arg ? { arg } : {}) }),
    text: (text: string) => send({ kind: "text", text }),
    /** Presses the button whose id ends with `:<option>`. */
    pick: (option: string) => {
      const choice = last.flatMap((r) => (r.kind === "choices" ? r.choices : [])).find((c) => c.id.endsWith(`:${option}`));
      if (!choice) throw new Error(`no button ${option} in: ${textOf(last).slice(0, 300)}`);
      return send({ kind: "choice", id: choice.id });
    },
  };
}

describe.each(LANGS.map((l) => [l] as const))("in %s", (lang) => {
  it("a measure that does not apply shows its clause and its main reason on the card", () => {
    const m05 = result("m05");
    expect(m05.status).toBe("ineligible");
    const line = cardOf(lang).split("\n").find((l) => l.includes(measureHeading(m05, lang)));
    expect(line).toBeDefined();
    expect(line).toContain(reasonText(m05.reasons[0]!, lang));
  });

  it("a cash figure shows its period and a line of working from the rules core's trace", () => {
    const card = cardOf(lang);
    const m09 = result("m09");
    const step = m09.trace.find((s) => s.values.award !== undefined)!.values;
    expect(card).toContain(withPeriod(formatCny(m09.maxCashCNY!, lang), m09.period, lang));
    expect(card).toContain(t(lang, "fig.per_year", { amount: formatCny(m09.maxCashCNY!, lang) }));
    expect(card).toContain(t(lang, "results.working", { line: `${formatNumber(step.spend!, lang)} × ${formatPercent(step.rate!, lang)} = ${formatNumber(step.award!, lang)}` }));
    const m17 = result("m17");
    expect(m17.period).toMatchObject({ type: "years", years: 3 });
    expect(card).toContain(String((m17.period as { fromYear: number }).fromYear));
    expect(card).toContain(withPeriod(formatCny(m17.maxCashCNY!, lang), m17.period, lang));
  });

  it("splits the totals as the rules core does, with tax relief apart from cash", () => {
    const card = cardOf(lang);
    const { firstYearCashCNY, wholePeriodCashCNY, taxReliefCNY } = expected.totals;
    expect(card).toContain(t(lang, "results.totalFirstYear", { amount: formatCny(firstYearCashCNY, lang) }));
    expect(card).toContain(t(lang, "results.totalWhole", { amount: formatCny(wholePeriodCashCNY, lang) }));
    expect(card).toContain(t(lang, "results.totalTax", { amount: formatCny(taxReliefCNY, lang) }));
    expect(card).not.toContain(formatCny(String(Number(wholePeriodCashCNY) + Number(taxReliefCNY)), lang));
    const m19 = result("m19");
    expect(card).toContain(t(lang, "fig.taxRelief", { figure: withPeriod(formatCny(m19.maxCashCNY!, lang), m19.period, lang) }));
  });

  it("says the ASEAN figure already includes the doubling, and that the factor is assessed", () => {
    const p = plan({ answers: { type: "enterprise", ai: true, settlement: "settled", settledOn: "2025-06-01", asean: true, interests: ["space"], site: "showcase_center", headcount: 8 }, skipped: [] }, SCRIPT_TODAY);
    const m01 = p.evaluation.results.find((r) => r.measure === "m01")!;
    const area = m01.benefits.find((b) => b.kind === "office_space")!.quantity!;
    const card = renderResults(p, lang)[0]!.text;
    const line = card.split("\n").findIndex((l) => l.includes(measureHeading(m01, lang)));
    expect(card.split("\n")[line]).toContain(formatNumber(area, lang));
    expect(card.split("\n").slice(line, line + 4).join("\n")).toContain(t(lang, "reason.asean_up_to_double"));
    expect(card).not.toContain(formatNumber(String(Number(area) * 2), lang));
  });

  it("says at once that a settlement before 2025-03-01 is out of scope, what would change it, and asks only about what is left", async () => {
    const c = chat(lang, SCRIPT_TODAY);
    await c.command("lang", lang);
    await c.command("check");
    await c.pick("enterprise");
    await c.pick("yes");
    await c.pick("settled");
    const said = textOf(await c.text("2024-06-01"));
    expect(said).toContain(reasonText({ code: "settled_before_scope", clause: "", text: "", params: { date: "2024-06-01" } }, lang));
    expect(said).toContain(t(lang, "scope.change.settled_before_scope", { validFrom: formatDate(VALID_FROM, lang) }));
    expect(said).toContain(measureHeading({ measure: "m13", clause: "（十三）" }, lang));
    expect(said).not.toContain(measureHeading({ measure: "m09", clause: "（九）" }, lang));
    expect(said).not.toContain(t(lang, "q.headcount"));
  });

  it("says at once that the measures ended when the check is after 2027-12-31, and shows why instead of asking", async () => {
    const c = chat(lang, "2028-01-05");
    await c.command("lang", lang);
    const replies = await c.command("check");
    const said = textOf(replies);
    expect(said).toContain(t(lang, "reason.policy_expired", { validUntil: formatDate(VALID_UNTIL, lang) }));
    expect(said).toContain(t(lang, "scope.change.policy_expired", { validUntil: formatDate(VALID_UNTIL, lang) }));
    expect(replies.some((r) => r.kind === "result")).toBe(true);
    expect(said).not.toContain(t(lang, "q.type"));
  });

  it("explains a measure named by its clause number after the results", async () => {
    const c = chat(lang, SCRIPT_TODAY);
    await c.command("lang", lang);
    await c.command("check");
    await c.pick("enterprise");
    await c.pick("yes");
    await c.pick("settled");
    await c.text("2024-06-01");
    const results = await c.command("results");
    expect(results.some((r) => r.kind === "result")).toBe(true);
    const said = textOf(await c.text(formatClause("（十三）", lang)));
    expect(said).toContain(measureText("m13", lang).title);
    expect(said).toContain(t(lang, "results.next"));
  });
});

describe("the explain buttons", () => {
  it("page through every open measure, at most five at a time", async () => {
    const c = chat("en", SCRIPT_TODAY);
    await c.command("lang", "en");
    await c.command("check");
    await c.pick("enterprise");
    await c.pick("yes");
    await c.pick("planning");
    const first = await c.command("results");
    const card = first.find((r) => r.kind === "result");
    const items = card?.kind === "result" ? card.items.map((i) => i.measure) : [];
    expect(items.length).toBeGreaterThan(EXPLAIN_PAGE);
    const offered = new Set<string>();
    let seen = first;
    for (let i = 0; i < 10; i++) {
      const choices = seen.flatMap((r) => (r.kind === "choices" ? r.choices : []));
      const explain = choices.filter((ch) => ch.id.startsWith("x:m"));
      expect(explain.length).toBeLessThanOrEqual(EXPLAIN_PAGE);
      if (explain.some((ch) => offered.has(ch.id.slice(2)))) break;
      for (const ch of explain) offered.add(ch.id.slice(2));
      const more = choices.find((ch) => ch.id.startsWith("x:p"));
      if (!more) break;
      seen = await c.send({ kind: "choice", id: more.id });
    }
    for (const m of items) expect([...offered], `${m} can be explained`).toContain(m);
    // A button of a later page explains its measure.
    const last = items.at(-1)!;
    expect(textOf(await c.send({ kind: "choice", id: `x:${last}` }))).toContain(measureText(last, "en").title);
  });
});
