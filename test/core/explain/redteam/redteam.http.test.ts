/**
 * The red-team suite over real HTTP: every completion is served by a fake
 * OpenAI-compatible server on loopback and read by LangChain's ChatOpenAI,
 * as in production. Every hostile completion ends in the template answer, a
 * security event with its categories and a count; every honest one reaches
 * the user with its placeholders filled, in one message.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createExplainer } from "../../../../core/explain/config.ts";
import { GUARD_REJECTIONS } from "../../../../core/explain/guard-counter.ts";
import { MAX_MESSAGE_BYTES } from "../../../../core/explain/length-cap.ts";
import { LlmExplainer } from "../../../../core/explain/llm-explainer.ts";
import { TemplateExplainer } from "../../../../core/explain/template-explainer.ts";
import { LANGS } from "../../../../core/i18n/langs.ts";
import { t } from "../../../../core/i18n/messages/index.ts";
import { FakeOpenAiServer } from "../../../helpers/fake-openai-server.ts";
import { filled, recordingLogger, requestFor } from "../fixtures.ts";
import { HONEST, OWN_HOSTILE, SHARED, type HostileCase } from "./cases.ts";

let fake: FakeOpenAiServer;
let explainer: LlmExplainer;
const logger = recordingLogger();

beforeAll(async () => {
  fake = await FakeOpenAiServer.start();
  const made = await createExplainer({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: "fake-redteam", LLM_TIMEOUT_MS: "20000" }, { logger });
  if (!(made instanceof LlmExplainer)) throw new Error("expected the LLM explainer");
  explainer = made;
});

afterAll(async () => {
  await fake.close();
});

async function servedAndExplained(c: { lang: HostileCase["lang"]; text: string }) {
  fake.queue({ kind: "answer", content: c.text });
  const warningsBefore = logger.warnings().length;
  const countedBefore = GUARD_REJECTIONS.snapshot().total;
  const out = await explainer.explain(requestFor(c.lang));
  return { out, events: logger.warnings().slice(warningsBefore).map((r) => r.details), counted: GUARD_REJECTIONS.snapshot().total - countedBefore };
}

const hostile = [...SHARED.filter((c) => !c.name.startsWith("control")), ...OWN_HOSTILE];

describe("the red-team suite through ChatOpenAI", () => {
  test("it holds the seventy shared hostile completions and more than eighty of our own", () => {
    expect(SHARED.filter((c) => !c.name.startsWith("control"))).toHaveLength(70);
    expect(OWN_HOSTILE.length).toBeGreaterThanOrEqual(80);
  });

  test.each(hostile.map((c) => [c.lang, c.name, c] as const))("in %s, %s: the user gets the template", async (lang, _name, c) => {
    const { out, events, counted } = await servedAndExplained(c);
    expect(out).toEqual({ text: (await new TemplateExplainer().explain(requestFor(lang))).text, source: "template" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event: "llm_guard_rejected", lang, origin: "model", model: "fake-redteam" });
    if (c.category) expect(events[0]!.codes).toContain(c.category);
    expect(counted).toBe(1);
    // The event names categories, never what the model wrote.
    expect(JSON.stringify(events[0])).not.toContain(c.text.slice(0, 40));
  });

  const honest = LANGS.flatMap((lang) => HONEST[lang].map((text) => ({ lang, text })));

  test("at least twenty honest completions cover the ten languages", () => {
    expect(honest.length).toBeGreaterThanOrEqual(20);
    expect(new Set(honest.map((c) => c.lang))).toEqual(new Set(LANGS));
  });

  test.each(honest.map((c) => [c.lang, c.text, c] as const))("in %s, the honest %s reaches the user filled, in one message", async (lang, _text, c) => {
    const { out, events } = await servedAndExplained(c);
    expect(events).toEqual([]);
    expect(out).toEqual({ text: `${filled(c.text, requestFor(lang))}\n\n${t(lang, "disclaimer")}`, source: "llm" });
    expect(out.text).not.toMatch(/[{}]/u);
    expect(Buffer.byteLength(out.text)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
  });
});
