/**
 * Explanations on Telegram with an LLM: the whole service over real HTTP,
 * webhook updates in, Bot API calls out to the loopback fake, and the model
 * served by a fake OpenAI-compatible server through LangChain. The user gets
 * the model's text (placeholders filled) when it behaves, the curated
 * template when it does not, and one message per explanation either way.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../bots/telegram/channel.ts";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { startApp, type RunningApp } from "../../../server/app.ts";
import { loadConfig } from "../../../server/config.ts";
import { createLogger } from "../../../server/logger.ts";
import { FakeOpenAiServer, promptResults } from "../../helpers/fake-openai-server.ts";
import { FakeTelegramApi, type SentMessage } from "../../helpers/fake-telegram-api.ts";
import { SHARED } from "../../core/explain/redteam/cases.ts";
import { postUpdate, telegramEnv } from "./harness.ts";

const TODAY = "2026-06-01";
const HONEST_LINE = (id: string): string => `From the model: {title:${id}} ({clause:${id}}) is {status:${id}} for you; you may receive {amount:${id}}, as the assessment decides.`;

let telegram: FakeTelegramApi;
let llm: FakeOpenAiServer;
let app: RunningApp;

beforeEach(async () => {
  telegram = await FakeTelegramApi.start();
  llm = await FakeOpenAiServer.start();
  const env = { ...telegramEnv(telegram, "webhook"), LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "fake-model", LLM_TIMEOUT_MS: "20000" };
  app = await startApp(loadConfig(env), createLogger("silent"), { store: new MemoryStore(), today: () => TODAY });
});

afterEach(async () => {
  await app.stop();
  await llm.close();
  await telegram.close();
});

/** Runs a user to the result card and presses its first "explain" button; returns the messages the press produced. */
async function explainFirstMeasure(userId: number): Promise<{ measure: string; after: SentMessage[] }> {
  const channel = app.channels.find((c) => c.name === "telegram") as TelegramChannel;
  const base = `http://127.0.0.1:${app.port}`;
  const user = { id: userId, language_code: "en" };
  const deliver = async (update: Parameters<typeof postUpdate>[1]) => {
    expect((await postUpdate(base, update)).status).toBe(200);
    expect(await channel.idle(20_000)).toBe(true);
  };
  const chat = (): SentMessage[] => [...telegram.messages.values()].filter((m) => m.chatId === user.id);
  const buttonsOf = (m: SentMessage) => m.keyboard!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));
  await deliver(telegram.textUpdate(user, "/start"));
  await deliver(telegram.textUpdate(user, "/check"));
  await deliver(telegram.textUpdate(user, "/results"));
  const card = chat().filter((m) => m.keyboard && buttonsOf(m).some((id) => id.startsWith("x:"))).at(-1);
  if (!card) throw new Error(`no result card: ${chat().map((m) => m.text.slice(0, 60)).join(" | ")}`);
  const explain = buttonsOf(card).find((id) => id.startsWith("x:"))!;
  const before = new Set(chat().map((m) => m.message_id));
  await deliver(telegram.pressUpdate(user, card.message_id, explain));
  return { measure: explain.slice(2), after: chat().filter((m) => !before.has(m.message_id)) };
}

describe("explanations on Telegram with an LLM", () => {
  it("give the model's text, placeholders filled, in one message", async () => {
    llm.always({ kind: "answer", content: (req) => promptResults(req).map((r) => HONEST_LINE(r.measure)).join("\n") });
    const { measure, after } = await explainFirstMeasure(7001);
    const explanations = after.filter((m) => m.text.includes("From the model"));
    expect(explanations).toHaveLength(1);
    expect(explanations[0]!.text).not.toMatch(/[{}]/u);
    expect(explanations[0]!.text).toContain(measureText(measure as never, "en").title);
    expect(explanations[0]!.text).toContain(t("en", "disclaimer").slice(0, 40));
    expect(llm.requests).toHaveLength(1);
  });

  it("show the template at once when the model is slow, then turn that same message into the model's text", async () => {
    llm.always({ kind: "stream", delayMs: 900, chunks: (req) => [promptResults(req).map((r) => HONEST_LINE(r.measure)).join("\n").slice(0, 40), promptResults(req).map((r) => HONEST_LINE(r.measure)).join("\n").slice(40)] });
    const { measure, after } = await explainFirstMeasure(7004);
    const summary = measureText(measure as never, "en").summary.slice(0, 30);
    // The draft was sent with the curated template...
    const draft = telegram.callsOf("sendMessage").find((c) => String(c.payload.text ?? "").includes(summary));
    expect(draft, "a draft with the template was sent").toBeDefined();
    // ...and is now the model's text: one message, no second copy of the template.
    const explanations = after.filter((m) => m.text.includes("From the model"));
    expect(explanations).toHaveLength(1);
    expect(after.filter((m) => m.text.includes(summary))).toHaveLength(0);
    expect(telegram.callsOf("editMessageText").some((c) => Number(c.payload.message_id) === explanations[0]!.message_id)).toBe(true);
    expect(llm.requests).toHaveLength(1);
  });

  const misbehaving = ["promise: guaranteed", "prompt-injection echo", "phishing URL", "markdown link injection", "HTML injection", "bidi override (RLO) text", "fee demand no figure", "round2: superscript digits ³⁰⁰⁰⁰⁰⁰"];

  it.each(SHARED.filter((c) => misbehaving.includes(c.name)).map((c) => [c.name, c.text] as const))(
    "give the curated template, in one message, when the model answers with %s",
    async (_name, text) => {
      llm.always({ kind: "answer", content: text });
      const { measure, after } = await explainFirstMeasure(7002);
      const summary = measureText(measure as never, "en").summary.slice(0, 30);
      expect(after.filter((m) => m.text.includes(summary))).toHaveLength(1);
      expect(after.some((m) => m.text.includes(text.slice(-30)))).toBe(false);
      expect(llm.requests).toHaveLength(1);
    },
  );

  it("never pass on a 210,000-character answer: the template comes as one message", async () => {
    const long = SHARED.find((c) => c.text.length > 100_000)!;
    llm.always({ kind: "answer", content: long.text });
    const { measure, after } = await explainFirstMeasure(7003);
    expect(after.filter((m) => m.text.includes(measureText(measure as never, "en").summary.slice(0, 30)))).toHaveLength(1);
    expect(after.some((m) => m.text.includes("The assessment is done by the commission"))).toBe(false);
    expect(llm.requests).toHaveLength(1);
  });
});
