/**
 * The scripted eligibility check, run through the whole service over real
 * HTTP: webhook updates in, Bot API calls out to the loopback fake. The
 * amounts on the result card must be the rules core's for the same profile.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { TelegramChannel } from "../../../bots/telegram/channel.ts";
import { QUESTIONS } from "../../../core/dialogues/questions/bank.ts";
import { formatCny } from "../../../core/i18n/format.ts";
import { withPeriod } from "../../../core/i18n/figures.ts";
import { reasonText } from "../../../core/i18n/labels.ts";
import { escapeHtml } from "../../../bots/telegram/render.ts";
import { LANG_NAMES, LANGS, type Lang } from "../../../core/i18n/langs.ts";
import { t, type MessageKey } from "../../../core/i18n/messages/index.ts";
import { evaluate } from "../../../core/rules/index.ts";
import { D, sum } from "../../../core/rules/money.ts";
import { MEASURES } from "../../../core/rules/measures/index.ts";
import { MemoryStore } from "../../../core/store/memory-store.ts";
import { startApp, type RunningApp } from "../../../server/app.ts";
import { loadConfig } from "../../../server/config.ts";
import { createLogger } from "../../../server/logger.ts";
import { FakeTelegramApi, type SentMessage } from "../../helpers/fake-telegram-api.ts";
import { PLAN, PLAN_PROFILE } from "../../helpers/plan-script.ts";
import { postUpdate, telegramEnv } from "./harness.ts";

const TODAY = "2026-06-01";

// The plan every channel runs in every language (choice ids pressed, neutral values typed).
const PROFILE = PLAN_PROFILE;

let fake: FakeTelegramApi | undefined;
let app: RunningApp | undefined;

afterEach(async () => {
  await app?.stop();
  await fake?.close();
  app = undefined;
  fake = undefined;
});

describe("A full eligibility check on Telegram", () => {
  it.each(LANGS.map((l) => [l, LANG_NAMES[l]] as const))("runs from /start to a result card whose amounts are the rules core's (%s, chosen by button)", async (lang, langLabel) => {
    fake = await FakeTelegramApi.start();
    app = await startApp(loadConfig(telegramEnv(fake, "webhook")), createLogger("silent"), { store: new MemoryStore(), today: () => TODAY });
    const channel = app.channels.find((c) => c.name === "telegram") as TelegramChannel;
    const base = `http://127.0.0.1:${app.port}`;
    const f = fake;
    // A language Telegram knows and we do not speak, so the language menu comes first.
    const user = { id: 5001, language_code: "de" };

    const deliver = async (update: Parameters<typeof postUpdate>[1]) => {
      expect((await postUpdate(base, update)).status).toBe(200);
      expect(await channel.idle(10_000)).toBe(true);
    };
    const chat = (): SentMessage[] => [...f.messages.values()].filter((m) => m.chatId === user.id);
    const withButtons = (): SentMessage => {
      const m = chat().filter((x) => x.keyboard).at(-1);
      if (!m) throw new Error("no message with buttons");
      return m;
    };
    const buttons = (m: SentMessage) => m.keyboard!.inline_keyboard.flat().map((b) => ("callback_data" in b ? { id: b.callback_data, label: b.text } : { id: "", label: b.text }));
    const pressed = new Set<number>();
    let presses = 0;
    const press = async (id: string) => {
      presses++;
      const m = withButtons();
      pressed.add(m.message_id);
      expect(buttons(m).map((b) => b.id)).toContain(id);
      await deliver(f.pressUpdate(user, m.message_id, id));
    };
    const type = (text: string) => deliver(f.textUpdate(user, text));

    await type("/start");
    const menu = withButtons();
    expect(buttons(menu).map((b) => b.label)).toEqual(["中文", "English", "Tiếng Việt", "ไทย", "Bahasa Indonesia", "Bahasa Melayu", "Filipino", "ខ្មែរ", "ລາວ", "မြန်မာ"]);
    expect(buttons(menu).find((b) => b.label === langLabel)?.id).toBe(`l:${lang}`);
    await press(`l:${lang}`);
    expect(chat().some((m) => m.text === t(lang, "langSet"))).toBe(true);
    const check = buttons(withButtons()).find((b) => b.label === t(lang, "menu.check"));
    expect(check).toBeDefined();
    await press(check!.id);

    const asked: string[] = [];
    for (let step = 0; step < 40; step++) {
      const m = withButtons();
      if (buttons(m).some((b) => b.id === "c:results")) break;
      const q = QUESTIONS.find((d) => m.text.includes(t(lang, `q.${d.id}` as MessageKey)));
      if (!q) throw new Error(`unrecognised question: ${m.text.slice(0, 80)}`);
      if (asked.at(-1) === q.id && !("pressAll" in (PLAN[q.id] ?? {}))) throw new Error(`question ${q.id} asked again: ${m.text.slice(0, 200)}`);
      asked.push(q.id);
      const plan = PLAN[q.id];
      if (!plan) await press("c:skip");
      else if ("press" in plan) await press(plan.press);
      else if ("pressAll" in plan) for (const id of plan.pressAll) await press(id);
      else await type(plan.type(lang));
    }
    expect(asked).toEqual(expect.arrayContaining(Object.keys(PLAN)));

    // The summary shows the typed amounts as understood.
    const summary = withButtons();
    expect(summary.text).toContain(formatCny("500000", lang));
    expect(summary.text).toContain(formatCny("200000", lang));
    await press("c:results");

    const outcome = evaluate(PROFILE);
    if (!outcome.ok) throw new Error("the expected profile is invalid");
    const inScope = outcome.result.results.filter((r) => MEASURES.find((m) => m.id === r.measure)!.interests.includes("data_compute"));
    const cash = inScope.filter((r) => (r.status === "eligible" || r.status === "likely") && r.maxCashCNY !== null);
    expect(cash.length).toBeGreaterThan(0);

    // The title's words around the date (in Burmese the date comes first).
    const titleWords = t(lang, "results.title", { date: "\u0000" }).split("\u0000").sort((a, b) => b.length - a.length)[0]!;
    const card = chat().find((m) => m.text.includes(titleWords));
    expect(card, "a result card").toBeDefined();
    for (const r of cash) expect(card!.text).toContain(formatCny(r.maxCashCNY!, lang));
    // The cash total leaves out tax relief (（十九）), which is not cash.
    const total = sum(cash.filter((r) => r.kind !== "tax_relief").map((r) => new D(r.maxCashCNY!))).toFixed(2);
    expect(card!.text).toContain(t(lang, "results.total", { amount: formatCny(total, lang) }));
    // Each figure with its period, and each measure that does not apply with its reason.
    for (const r of cash) expect(card!.text).toContain(escapeHtml(withPeriod(formatCny(r.maxCashCNY!, lang), r.period, lang)));
    for (const r of inScope.filter((x) => x.status === "ineligible")) expect(card!.text).toContain(escapeHtml(reasonText(r.reasons[0]!, lang)));
    // m09 (compute and corpus vouchers) is the measure the typed amounts decide.
    expect(cash.map((r) => r.measure)).toContain("m09");
    // Every press was acknowledged, and no pressed keyboard can be pressed again.
    expect(f.callsOf("answerCallbackQuery")).toHaveLength(presses);
    expect(chat().filter((m) => pressed.has(m.message_id) && m.keyboard)).toEqual([]);
    expect(f.callsOf("sendMessage").every((c) => c.payload.parse_mode === "HTML")).toBe(true);
    // Every call is one Telegram would take.
    expect(f.refused).toEqual([]);
  });
});
