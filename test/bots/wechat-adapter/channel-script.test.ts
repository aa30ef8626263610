import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Reply } from "../../../core/dialogues/types.ts";
import { formatCny } from "../../../core/i18n/format.ts";
import { LANGS } from "../../../core/i18n/langs.ts";
import { measureText } from "../../../core/i18n/measures/render.ts";
import { D } from "../../../core/rules/money.ts";
import { cardMustShow } from "../../helpers/card-expectations.ts";
import { ANSWERS_ZH, EXPECTED_PROFILE, runScript } from "../../helpers/conversation-script.ts";
import { PLAN, PLAN_PROFILE, runPlan, type PlanChat } from "../../helpers/plan-script.ts";
import { evaluateOk } from "../../helpers/profiles.ts";
import { startWechatApp, type WechatApp } from "../../helpers/wechat-app.ts";
import type { WechatTestUser } from "../../helpers/wechat-client.ts";

let wechat: WechatApp;

beforeAll(async () => {
  wechat = await startWechatApp({ customerService: true });
});

afterAll(async () => {
  await wechat.close();
});

/**
 * What the user sees after sending `text`: the passive reply, then what the
 * customer-service API delivered for it (a long reply's rest), in order.
 */
async function seen(user: WechatTestUser, text: string): Promise<{ passive: string; full: string }> {
  const before = wechat.api!.delivered.length;
  const reply = await user.text(text);
  const passive = reply.content ?? "";
  // Every step of the script ends with numbered options; a reply that does not was split, and its rest follows.
  const endsWithOptions = (text: string) => /\n {2}(\d+\.|•) [^\n]+$/.test(text);
  let rest: string[] = [];
  await vi.waitFor(
    () => {
      rest = wechat.api!.delivered.slice(before).map((s) => s.body?.text?.content ?? "");
      expect(endsWithOptions([passive, ...rest].join("\n"))).toBe(true);
    },
    { timeout: 5000, interval: 20 },
  );
  return { passive, full: [passive, ...rest].join("\n") };
}

/** The card line of the measure titled `title`: "<n>. <title> <clause>: <status>, <amount>", the clause with or without a space before it. */
function cardLine(lines: string[], title: string): string | undefined {
  return lines.find((line) => {
    const rest = line.replace(/^\d+\. /, "");
    return rest !== line && rest.startsWith(title) && /^\s*[（(]/.test(rest.slice(title.length));
  });
}

describe("the shared scripted conversation through WeChat", () => {
  it("reaches a result card, split over the customer-service API, whose amounts equal evaluate()", async () => {
    const user = wechat.user("safe", "o_shared_script");
    await user.event("subscribe");
    const script = await runScript(async (text) => (await seen(user, text)).full, ANSWERS_ZH, "zh", "1");
    expect(script.asked.length).toBeGreaterThan(20);
    expect(script.last).toContain("查看结果");

    const card = await seen(user, "1");
    expect(Buffer.byteLength(card.passive, "utf8")).toBeLessThanOrEqual(2048);
    expect(card.full.length).toBeGreaterThan(card.passive.length);

    const evaluation = evaluateOk(EXPECTED_PROFILE);
    const lines = card.full.split("\n");
    let total = new D(0);
    let checked = 0;
    for (const r of evaluation.results) {
      if ((r.status !== "eligible" && r.status !== "likely") || r.maxCashCNY === null || new D(r.maxCashCNY).isZero()) continue;
      const title = measureText(r.measure, "zh").title;
      const line = cardLine(lines, title);
      expect(line, `${r.measure} on the card`).toBeDefined();
      expect(line).toContain(formatCny(r.maxCashCNY, "zh"));
      // The cash total leaves out tax relief (（十九）), which is not cash.
      if (r.kind !== "tax_relief") total = total.plus(r.maxCashCNY);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(total.toFixed(2)).toBe(evaluation.totals.wholePeriodCashCNY);
    // Reasons, periods and the split totals (tax relief apart) reach the user.
    for (const said of cardMustShow("zh")) expect(card.full).toContain(said);
  }, 30_000);
});

describe("the same short check through WeChat in every language", () => {
  it.each(LANGS)("reaches the result card in %s, every passive reply within 2,048 bytes and every message one WeChat takes", async (lang) => {
    const user = wechat.user("safe", `o_plan_${lang}`);
    // The engine's last replies, to know which number stands for which option (WeChat shows no ids).
    let last: Reply[] = [];
    const handleOnce = wechat.app.conversations.handleOnce.bind(wechat.app.conversations);
    const spy = vi.spyOn(wechat.app.conversations, "handleOnce").mockImplementation(async (...args) => {
      const outcome = await handleOnce(...args);
      if (outcome.status === "answered") last = outcome.replies;
      return outcome;
    });
    let shown = "";
    const say = async (text: string): Promise<void> => {
      shown = (await seen(user, text)).full;
    };
    try {
      await user.event("subscribe");
      const chat: PlanChat = {
        question: () => {
          const options = last.filter((r) => r.kind === "choices").at(-1);
          return { text: shown, choices: options?.kind === "choices" ? options.choices : [] };
        },
        press: async (id) => {
          const options = last.filter((r) => r.kind === "choices").at(-1);
          if (options?.kind !== "choices") throw new Error("no options to pick from");
          const index = options.choices.findIndex((c) => c.id === id);
          // Typed numbers answer a several-choice question at once: there is no "done" to press after.
          if (index < 0 && id === "a:done") return;
          if (index < 0) throw new Error(`no option ${id} in ${lang}`);
          // Shortcuts of a typed question are listed without numbers: the user types the label.
          await say(options.typed ? options.choices[index]!.label : String(index + 1));
        },
        type: say,
      };
      await say(`/lang ${lang}`);
      await chat.press("m:check");
      const asked = await runPlan(chat, lang);
      expect(asked).toEqual(expect.arrayContaining(Object.keys(PLAN)));
      await chat.press("c:results");
      const m09 = evaluateOk(PLAN_PROFILE).results.find((r) => r.measure === "m09")!;
      expect(shown).toContain(formatCny(m09.maxCashCNY!, lang));
      // The customer-service API took every message (the fake refuses texts over 2,048 bytes).
      expect(wechat.api!.sends.filter((s) => s.errcode !== 0)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
