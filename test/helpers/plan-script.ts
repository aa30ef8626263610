/**
 * A short eligibility check that runs the same in all ten languages: the
 * user answers by choice id (a button, or the number of the option where
 * there are no buttons) or types language-neutral values (ISO dates, plain
 * digits), so one plan drives every channel in every language. The
 * questions are recognised by their text in the user's language.
 */
import { QUESTIONS } from "../../core/dialogues/questions/bank.ts";
import type { Lang } from "../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../core/i18n/messages/index.ts";

/** How the user answers each question: a choice, several choices, or typed text. */
export const PLAN: Record<string, { press: string } | { pressAll: string[] } | { type: (lang: Lang) => string }> = {
  type: { press: "a:enterprise" },
  ai: { press: "a:yes" },
  settlement: { press: "a:settled" },
  settledOn: { type: () => "2025-06-01" },
  asean: { press: "a:no" },
  interests: { pressAll: ["t:data_compute", "a:done"] },
  datasets: { press: "a:no" },
  publicData: { press: "a:no" },
  computeSpend: { type: (lang) => (lang === "zh" ? "50万" : "500000") },
  corpusSpend: { type: () => "200000" },
  computeCenterNew: { press: "a:no" },
  computingPower: { type: (lang) => t(lang, "no") },
};

/** The same facts as a Profile v1, written by hand. */
export const PLAN_PROFILE = {
  asOf: "2026-06-01",
  applicant: { type: "enterprise", aiBusiness: true, aseanOrigin: false, computingPowerEnterprise: false, settlement: { status: "settled", date: "2025-06-01" } },
  datasets: { building: false },
  publicData: { productOrService: false },
  compute: { annualSpendAtCenter: "500000" },
  corpus: { annualPurchaseFromUnrelatedParties: "200000" },
  computeCenter: { newBuild: false },
};

/** What a driver needs from a channel: the last question with its options, and the two ways to answer. */
export interface PlanChat {
  /** The last message that offers options, with their choice ids. */
  question(): { text: string; choices: { id: string; label: string }[] };
  press(id: string): Promise<void>;
  type(text: string): Promise<void>;
}

/** Answers the check by {@link PLAN} until the summary offers the results; returns the question ids asked. */
export async function runPlan(chat: PlanChat, lang: Lang): Promise<string[]> {
  const asked: string[] = [];
  for (let step = 0; step < 40; step++) {
    const m = chat.question();
    if (m.choices.some((c) => c.id === "c:results")) return asked;
    const q = QUESTIONS.find((d) => m.text.includes(t(lang, `q.${d.id}` as MessageKey)));
    if (!q) throw new Error(`unrecognised question in ${lang}: ${m.text.slice(0, 200)}`);
    const plan = PLAN[q.id];
    if (asked.at(-1) === q.id && !(plan && "pressAll" in plan)) throw new Error(`question ${q.id} asked again in ${lang}: ${m.text.slice(0, 200)}`);
    asked.push(q.id);
    if (!plan) await chat.press("c:skip");
    else if ("press" in plan) await chat.press(plan.press);
    else if ("pressAll" in plan) for (const id of plan.pressAll) await chat.press(id);
    else await chat.type(plan.type(lang));
  }
  throw new Error(`no summary in ${lang} after 40 steps`);
}
