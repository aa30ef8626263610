/**
 * The web chat in a real headless Chromium: the scripted check in English
 * and in Thai through clicks and typing, with the figures the rules core
 * gives for the same answers (what `check --json` prints); the kept results
 * page printed to PDF; an axe-core scan; a 375-px-wide phone; the widget in
 * an iframe of another origin. No request leaves our own server.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { formatCny } from "../../../core/i18n/format.ts";
import type { Lang } from "../../../core/i18n/langs.ts";
import { describeBrowser, launchBrowser } from "../../helpers/browser.ts";
import { PLAN, PLAN_PROFILE, runPlan, type PlanChat } from "../../helpers/plan-script.ts";
import { evaluateOk } from "../../helpers/profiles.ts";
import { buildWebBundle, freePort, startWebApp, type WebApp } from "../../helpers/web-app.ts";
import { resultRepliesByLang } from "../../helpers/result-cards.ts";
import { KeptResults } from "../../../core/dialogues/kept-results.ts";
import type { ResultReply } from "../../../core/dialogues/types.ts";
import type { StreamingExplainer } from "../../../core/explain/streaming.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The cash figures of the plan's applicant, as the rules core gives them, formatted for `lang`. */
function expectedFigures(lang: Lang): string[] {
  const results = evaluateOk(PLAN_PROFILE).results.filter((r) => (r.status === "eligible" || r.status === "likely") && r.maxCashCNY && r.maxCashCNY !== "0.00");
  if (results.length === 0) throw new Error("the plan's applicant should qualify for some cash");
  return results.map((r) => formatCny(r.maxCashCNY!, lang));
}

/** Drives the chat in `frame` as a user: the last question's buttons, clicks and typing, waiting for each answer. */
function chatOf(frame: Page | Frame): PlanChat & { results(): Promise<string>; refresh(): Promise<void> } {
  const turns = () => frame.evaluate(() => Number(document.getElementById("log")?.dataset.turns ?? "0"));
  const after = async (act: () => Promise<void>) => {
    const before = await turns();
    await act();
    await frame.waitForFunction((n) => Number(document.getElementById("log")?.dataset.turns ?? "0") > n, before, { timeout: 30_000 });
  };
  let last: { text: string; choices: { id: string; label: string }[] } = { text: "", choices: [] };
  const read = () =>
    frame.evaluate(() => {
      const groups = document.querySelectorAll("#log .question");
      const g = groups[groups.length - 1];
      if (!g) return { text: "", choices: [] };
      return {
        text: g.querySelector(".msg")?.textContent ?? "",
        choices: [...g.querySelectorAll<HTMLButtonElement>("button[data-choice]")].map((b) => ({ id: b.dataset.choice!, label: b.textContent ?? "" })),
      };
    });
  const chat = {
    question: () => last,
    press: async (id: string) => {
      await after(() => frame.locator(`#log .question >> nth=-1 >> button[data-choice="${id}"]`).click());
      last = await read();
    },
    type: async (text: string) => {
      await after(async () => {
        await frame.locator("#msg").fill(text);
        await frame.locator("#msg").press("Enter");
      });
      last = await read();
    },
    results: async () => (await frame.locator("#log .card").last().textContent()) ?? "",
    refresh: async () => void (last = await read()),
  };
  return chat;
}

describeBrowser("the web chat in Chromium", () => {
  let browser: Browser;
  let web: WebApp;
  let host: Server;
  let hostUrl: string;
  /** A kept results page of the scripted applicant (the longest card), in Burmese. */
  let keptUrl: string;
  const tmp = mkdtempSync(join(tmpdir(), "web-chat-"));

  beforeAll(async () => {
    await buildWebBundle();
    const hostPort = await freePort();
    hostUrl = `http://127.0.0.1:${hostPort}`;
    web = await startWebApp({ WEB_FRAME_ANCESTORS: hostUrl }, { today: PLAN_PROFILE.asOf });
    host = createServer((req, res) => {
      const lang = new URL(req.url ?? "/", "http://host").searchParams.get("lang") ?? "en";
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="${lang}"><head><title>Center</title></head><body><h1>Center</h1><script src="${web.url}/web/widget.js" async></script></body></html>`);
    });
    await new Promise<void>((r) => host.listen(hostPort, "127.0.0.1", r));
    const card = (await resultRepliesByLang()).get("my")!.find((r) => r.kind === "result") as ResultReply;
    keptUrl = (await new KeptResults(web.app.store, web.url).keep("web:kept-for-tests", "my", card)).url;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await new Promise((r) => host?.close(r));
    rmSync(tmp, { recursive: true, force: true });
  });

  /** A fresh browser profile (own storage) in `locale`, recording every request that leaves the two loopback servers. */
  async function open(locale: string, viewport = { width: 1024, height: 800 }): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
    const context = await browser.newContext({ locale, viewport });
    const outside: string[] = [];
    context.on("request", (r) => {
      if (!r.url().startsWith(web.url) && !r.url().startsWith(hostUrl)) outside.push(r.url());
    });
    const page = await context.newPage();
    return { context, page, outside };
  }

  async function started(page: Page | Frame): Promise<ReturnType<typeof chatOf>> {
    await page.waitForFunction(() => Number(document.getElementById("log")?.dataset.turns ?? "0") >= 1, undefined, { timeout: 30_000 });
    const chat = chatOf(page);
    await chat.refresh();
    return chat;
  }

  for (const [lang, locale] of [["en", "en-US"], ["th", "th-TH"]] as const) {
    it(`runs the check in ${lang} by clicks and typing, shows the rules core's figures, and keeps them on a page that prints them`, async () => {
      const { context, page, outside } = await open(locale);
      await page.goto(`${web.url}/`);
      const chat = await started(page);
      // The browser's language is the first guess.
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      expect(await page.locator("#lang").inputValue()).toBe(lang);
      await chat.press("m:check");
      const asked = await runPlan(chat, lang);
      expect(asked).toEqual(expect.arrayContaining(Object.keys(PLAN)));
      await chat.press("c:results");
      const card = await chat.results();
      const figures = expectedFigures(lang);
      for (const f of figures) expect(card).toContain(f);

      await chat.press("k:results");
      const link = await page.locator("#log a[href*='/results?id=']").last().getAttribute("href");
      expect(link).toMatch(new RegExp(`^${web.url}/results\\?id=`));
      const results = await context.newPage();
      await results.goto(link!);
      const pdf = join(tmp, `results-${lang}.pdf`);
      writeFileSync(pdf, await results.pdf({ format: "A4" }));
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      // The figures' digits (the Thai currency word may need a font the machine lacks).
      for (const f of figures) expect(text).toContain(/[\d][\d,.\s]*[\d]/.exec(f)![0]);
      // The print stylesheet leaves the print button out.
      expect(text).not.toContain((await results.locator("[data-action=print]").textContent())!.trim());
      expect(outside).toEqual([]);
      await context.close();
    });
  }

  it("has no serious or critical accessibility violations (axe-core) on the chat and on the results page", async () => {
    const { context, page } = await open("en-US");
    await page.goto(`${web.url}/`);
    const chat = await started(page);
    await chat.press("m:check");
    const scan = async (p: Page) => {
      // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not apply.
      await p.evaluate(AXE);
      const result = await p.evaluate(async () => (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run()).violations);
      return result.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
    };
    expect(await scan(page)).toEqual([]);
    const results = await context.newPage();
    await results.goto(keptUrl);
    expect(await scan(results)).toEqual([]);
    await context.close();
  });

  it("fits a 375-px-wide phone with nothing cut off, on the chat and on the results page", async () => {
    const { context, page } = await open("my-MM", { width: 375, height: 740 });
    await page.goto(`${web.url}/`);
    const chat = await started(page);
    await chat.press("m:check");
    await chat.press("a:enterprise");
    const fits = (p: Page) =>
      p.evaluate(() => {
        const over = [document.documentElement, ...document.querySelectorAll<HTMLElement>("main, header, #log, .msg, .choices, form, button, select, input, .card, li")].filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 1);
        return over.map((el) => `${el.tagName}.${el.className}#${el.id}`);
      });
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(375);
    expect(await fits(page)).toEqual([]);
    const results = await context.newPage();
    await results.goto(keptUrl);
    expect(await results.locator("main li").count()).toBeGreaterThan(3);
    expect(await fits(results)).toEqual([]);
    await context.close();
  });

  it("opens from the one-line widget in an iframe on another origin, and talks from there", async () => {
    const { context, page, outside } = await open("en-US");
    await page.goto(`${hostUrl}/`);
    await page.getByRole("button", { name: /Policy assistant/ }).click();
    const frameEl = await page.waitForSelector("iframe#policy-assistant-frame");
    const frame = (await frameEl.contentFrame())!;
    expect(new URL(frame.url()).origin).toBe(web.url);
    const chat = await started(frame);
    await chat.press("m:check");
    expect(chat.question().choices.map((c) => c.id)).toContain("a:enterprise");
    // The session token is kept by the framed page itself, with no cookie.
    expect(await context.cookies()).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it("labels the widget's button in the host page's language", async () => {
    const { context, page } = await open("en-US");
    await page.goto(`${hostUrl}/?lang=th`);
    await page.getByRole("button", { name: /ผู้ช่วยด้านนโยบาย/ }).waitFor();
    await context.close();
  });

  it("replaces a streamed explanation's draft with its final text", async () => {
    const streaming: StreamingExplainer = {
      explain: async () => ({ text: "The final explanation.", source: "llm" }),
      explainStream: async (_request, onUpdate) => {
        await onUpdate({ text: "A first draft.", source: "template" });
        return { text: "The final explanation.", source: "llm" };
      },
    };
    const streamed = await startWebApp({}, { today: PLAN_PROFILE.asOf, explainer: streaming });
    try {
      const { context, page } = await open("en-US");
      const drafts: string[] = [];
      await page.exposeFunction("noteDraft", (t: string) => void drafts.push(t));
      await page.goto(`${streamed.url}/`);
      await page.evaluate(() => new MutationObserver((list) => { for (const m of list) for (const n of m.addedNodes) if (n instanceof HTMLElement && n.classList.contains("draft")) (window as unknown as { noteDraft(t: string): void }).noteDraft(n.textContent ?? ""); }).observe(document.getElementById("log")!, { childList: true }));
      const chat = await started(page);
      await chat.press("m:check");
      await runPlan(chat, "en");
      await chat.press("c:results");
      const explain = chat.question().choices.find((c) => c.id.startsWith("x:"))!;
      await chat.press(explain.id);
      expect(drafts).toEqual(["A first draft."]);
      expect(await page.locator("#log .draft").count()).toBe(0);
      expect(await page.locator("#log .msg", { hasText: "The final explanation." }).count()).toBe(1);
      await context.close();
    } finally {
      await streamed.stop();
    }
  });

  it("refuses to be framed by a site not in WEB_FRAME_ANCESTORS", async () => {
    const { context, page } = await open("en-US");
    // localhost is another origin than the 127.0.0.1 the list names.
    await page.goto(`${hostUrl.replace("127.0.0.1", "localhost")}/`);
    await page.getByRole("button", { name: /Policy assistant/ }).click();
    const frame = (await (await page.waitForSelector("iframe#policy-assistant-frame")).contentFrame())!;
    await frame.waitForLoadState("load");
    expect(frame.url()).not.toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(await frame.locator("#log").count()).toBe(0);
    await context.close();
  });
});
