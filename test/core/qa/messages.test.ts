/**
 * The messages users actually type first (test/fixtures/ask-messages.json):
 * full questions and short ones (greetings, thanks, one or two words, bare
 * numbers, clause numbers), run as the chat runs them: the language chosen
 * from the message and the conversation so far, then the measures ranked.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { chooseLanguage } from "../../../core/i18n/detect/index.ts";
import { LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { ask } from "../../../core/qa/ask.ts";
import { MEASURE_IDS, type MeasureId } from "../../../core/rules/types.ts";

const lang = z.enum(LANGS as unknown as [Lang, ...Lang[]]);
const measureId = z.enum(MEASURE_IDS as unknown as [MeasureId, ...MeasureId[]]);
const Message = z.strictObject({
  lang,
  message: z.string().min(1),
  expected: z.union([z.literal("none"), measureId, z.array(measureId).min(1).max(2)]),
  context: lang.optional(),
  platform: z.string().optional(),
  short: z.boolean().optional(),
});
type Message = z.infer<typeof Message>;

const FIXTURE = new URL("../../fixtures/ask-messages.json", import.meta.url);
const MESSAGES: Message[] = z.object({ about: z.string(), messages: z.array(Message) }).parse(JSON.parse(readFileSync(FIXTURE, "utf8"))).messages;

/** How one message fared. */
interface Outcome {
  m: Message;
  detected: Lang;
  measures: MeasureId[];
  top1: boolean;
  top3: boolean;
}

function expectedIds(m: Message): MeasureId[] | "none" {
  return m.expected === "none" ? "none" : Array.isArray(m.expected) ? m.expected : [m.expected];
}

function run(m: Message): Outcome {
  const detected = chooseLanguage({ ...(m.context ? { current: m.context } : {}), ...(m.platform ? { platformHint: m.platform } : {}), text: m.message }).lang;
  const { measures } = ask(m.message, detected);
  const want = expectedIds(m);
  if (want === "none") return { m, detected, measures, top1: measures.length === 0, top3: measures.length === 0 };
  return { m, detected, measures, top1: want.includes(measures[0]!), top3: measures.slice(0, 3).some((id) => want.includes(id)) };
}

const share = (rows: Outcome[], ok: (o: Outcome) => boolean) => (rows.length ? rows.filter(ok).length / rows.length : 1);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

function report(outcomes: Outcome[]): string {
  const lines = ["lang  messages  top-1    top-3    language"];
  for (const l of [...LANGS, "all"] as const) {
    const rows = l === "all" ? outcomes : outcomes.filter((o) => o.m.lang === l);
    lines.push(`${l.padEnd(4)}  ${String(rows.length).padStart(8)}  ${pct(share(rows, (o) => o.top1))}  ${pct(share(rows, (o) => o.top3))}  ${pct(share(rows, (o) => o.detected === o.m.lang))}`);
  }
  for (const o of outcomes.filter((x) => !x.top3)) {
    lines.push(`miss [${o.m.lang}] wanted ${String(o.m.expected)}, got ${o.measures.join(",") || "nothing"}: ${o.m.message}`);
  }
  for (const o of outcomes.filter((x) => x.detected !== x.m.lang)) lines.push(`language [${o.m.lang}] read as ${o.detected}: ${o.m.message}`);
  return lines.join("\n");
}

describe("the typed-messages set", () => {
  it("has at least 40 messages in each of the ten languages, a third of them short", () => {
    for (const l of LANGS) {
      const rows = MESSAGES.filter((m) => m.lang === l);
      expect(rows.length, l).toBeGreaterThanOrEqual(40);
      expect(rows.filter((m) => m.short).length / rows.length, l).toBeGreaterThanOrEqual(1 / 3);
    }
  });

  it("has greetings or thanks that match nothing and clause numbers in each language", () => {
    for (const l of LANGS) {
      const rows = MESSAGES.filter((m) => m.lang === l && m.short);
      expect(rows.some((m) => m.expected === "none"), l).toBe(true);
      expect(rows.filter((m) => m.expected !== "none").length, l).toBeGreaterThanOrEqual(4);
    }
  });
});

describe("answering the typed messages", () => {
  let outcomes: Outcome[] = [];
  beforeAll(() => {
    outcomes = MESSAGES.map(run);
    console.log(`ask: typed messages\n${report(outcomes)}`);
  });

  it("puts the expected measure among the first three, or nothing for a greeting, for at least 95% of the messages", () => {
    expect(share(outcomes, (o) => o.top3)).toBeGreaterThanOrEqual(0.95);
  });

  it("answers in the message's language, or the conversation's, for at least 95% of the messages", () => {
    expect(share(outcomes, (o) => o.detected === o.m.lang)).toBeGreaterThanOrEqual(0.95);
  });

  it("does both for at least 90% of the messages of every language", () => {
    for (const l of LANGS) {
      const rows = outcomes.filter((o) => o.m.lang === l);
      expect(share(rows, (o) => o.top3), `${l} top-3`).toBeGreaterThanOrEqual(0.9);
      expect(share(rows, (o) => o.detected === o.m.lang), `${l} language`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
