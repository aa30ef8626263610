/**
 * The shared scripted conversation through Slack, over real HTTP: signed
 * Events API callbacks and button presses in, Web API calls out to the
 * loopback fake. Answers that are a button's label are pressed, the rest
 * typed, as a person would. The amounts on the result card must be the
 * rules core's for the same applicant.
 */
import { afterEach, describe, expect, it } from "vitest";
import { formatCny } from "../../../core/i18n/format.ts";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { LANGS } from "../../../core/i18n/langs.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { D } from "../../../core/rules/money.ts";
import { cardMustShow } from "../../helpers/card-expectations.ts";
import { ANSWERS_EN, EXPECTED_PROFILE, runScript } from "../../helpers/conversation-script.ts";
import { buttonsOf, type PostedMessage, visibleText } from "../../helpers/fake-slack-api.ts";
import { PLAN, PLAN_PROFILE, runPlan, type PlanChat } from "../../helpers/plan-script.ts";
import { evaluateOk } from "../../helpers/profiles.ts";
import { postAction, postEvent, startSlackApp, type SlackApp } from "./harness.ts";

let slack: SlackApp | undefined;

afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

describe("A full eligibility check on Slack", () => {
  it("runs from a first direct message, through buttons and typed answers, to a result card whose amounts equal evaluate()", async () => {
    slack = await startSlackApp();
    const s = slack;
    const user = { id: "U0ALICE" };
    const im = s.fake.imOf(user);
    let presses = 0;
    let typed = 0;

    /** What the user sees after one action: the messages posted since, and any message changed in place. */
    const act = async (send: () => Promise<{ status: number }>): Promise<string> => {
      const before = new Set(s.fake.messagesIn(im).map((m) => m.ts));
      const updatesBefore = new Map(s.fake.messagesIn(im).map((m) => [m.ts, m.updates]));
      expect((await send()).status).toBe(200);
      expect(await s.channel.idle(10_000)).toBe(true);
      const seen = s.fake.messagesIn(im).filter((m) => !before.has(m.ts) || (m.updates !== updatesBefore.get(m.ts) && buttonsOf(m).length > 0));
      return seen.map(visibleText).join("\n");
    };
    const withButtons = (): PostedMessage | undefined => s.fake.messagesIn(im).filter((m) => buttonsOf(m).length > 0).at(-1);
    /** Presses the button labelled `answer` when the last question has one, else types it. */
    const answer = (text: string): Promise<string> => {
      const message = withButtons();
      const button = message && buttonsOf(message).find((b) => b.label.toLowerCase() === text.trim().toLowerCase());
      if (message && button) {
        presses++;
        return act(() => postAction(s.eventsUrl, s.fake.pressPayload(user, message, button.value)));
      }
      typed++;
      return act(() => postEvent(s.eventsUrl, s.fake.messageEvent(user, text)));
    };

    const greeting = await answer("hello");
    expect(greeting).toContain(t("en", "greeting"));
    const script = await runScript(answer, ANSWERS_EN, "en", t("en", "menu.check"));
    expect(script.asked.length).toBeGreaterThan(20);
    expect(presses).toBeGreaterThan(10);
    expect(typed).toBeGreaterThan(5);

    // The summary offers the results as a button.
    const summary = withButtons()!;
    const results = buttonsOf(summary).find((b) => b.value === "c:results");
    expect(results, "a results button under the summary").toBeDefined();
    const card = await act(() => postAction(s.eventsUrl, s.fake.pressPayload(user, summary, results!.value)));

    const evaluation = evaluateOk(EXPECTED_PROFILE);
    let total = new D(0);
    let checked = 0;
    for (const r of evaluation.results) {
      if ((r.status !== "eligible" && r.status !== "likely") || r.maxCashCNY === null || new D(r.maxCashCNY).isZero()) continue;
      const title = measureText(r.measure, "en").title;
      const line = card.split("\n").find((l) => l.includes(title));
      expect(line, `${r.measure} on the card`).toBeDefined();
      expect(line).toContain(formatCny(r.maxCashCNY, "en"));
      // The cash total leaves out tax relief (（十九）), which is not cash.
      if (r.kind !== "tax_relief") total = total.plus(r.maxCashCNY);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(total.toFixed(2)).toBe(evaluation.totals.wholePeriodCashCNY);
    // Reasons, periods and the split totals (tax relief apart) reach the user.
    for (const said of cardMustShow("en")) expect(card).toContain(said);

    // Every message carries a notification text, every section stays under Slack's limit,
    // and a pressed question's buttons are gone.
    const posted = s.fake.callsOf("chat.postMessage");
    expect(posted.every((c) => typeof c.args.text === "string" && c.args.text.length > 0)).toBe(true);
    for (const m of s.fake.messagesIn(im)) for (const b of m.blocks) if (b.type === "section") expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(buttonsOf(summary)).toEqual([]);
    expect(s.fake.callsOf("chat.update").length).toBeGreaterThanOrEqual(presses);
    expect(new Set(s.fake.calls.map((c) => c.token))).toEqual(new Set(["xoxb-1111-2222-TESTtoken"]));
  }, 60_000);
});

describe("The same short check on Slack in every language", () => {
  it.each(LANGS)("reaches the result card in %s, every message inside Slack's limits", async (lang) => {
    slack = await startSlackApp();
    const s = slack;
    const user = { id: `U0${lang.toUpperCase()}` };
    const im = s.fake.imOf(user);
    const send = async (req: () => Promise<{ status: number }>): Promise<void> => {
      expect((await req()).status).toBe(200);
      expect(await s.channel.idle(10_000)).toBe(true);
    };
    const last = (): PostedMessage => {
      const m = s.fake.messagesIn(im).filter((x) => buttonsOf(x).length > 0).at(-1);
      if (!m) throw new Error("no message with buttons");
      return m;
    };
    const chat: PlanChat = {
      question: () => ({ text: visibleText(last()), choices: buttonsOf(last()).map((b) => ({ id: b.value, label: b.label })) }),
      press: (id) => send(() => postAction(s.eventsUrl, s.fake.pressPayload(user, last(), id))),
      type: (text) => send(() => postEvent(s.eventsUrl, s.fake.messageEvent(user, text))),
    };
    await chat.type(`/lang ${lang}`);
    await chat.press("m:check");
    const asked = await runPlan(chat, lang);
    expect(asked).toEqual(expect.arrayContaining(Object.keys(PLAN)));
    await chat.press("c:results");
    const card = s.fake.messagesIn(im).map(visibleText).join("\n");
    const m09 = evaluateOk(PLAN_PROFILE).results.find((r) => r.measure === "m09")!;
    expect(card).toContain(formatCny(m09.maxCashCNY!, lang));
    // Every call is one Slack would take.
    expect(s.fake.refused).toEqual([]);
  });
});
