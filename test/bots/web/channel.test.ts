/**
 * The web chat over real HTTP, without a browser: the page's security
 * headers, sessions by signed token in a header (no cookie), bad requests,
 * the rate limit, `/forget` with a kept results page, escaping, and its
 * configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../../bots/web/escape.ts";
import { KeptResults } from "../../../core/dialogues/kept-results.ts";
import type { StreamingExplainer } from "../../../core/explain/streaming.ts";
import type { Reply, ResultReply } from "../../../core/dialogues/types.ts";
import { t } from "../../../core/i18n/messages/index.ts";
import { ConfigError, channelsOf, loadConfig } from "../../../server/config.ts";
import { resultRepliesByLang } from "../../helpers/result-cards.ts";
import { startWebApp, type WebApp } from "../../helpers/web-app.ts";
import { deleteByPrefix, describeRedis, useSharedRedis } from "../../helpers/redis.ts";
import { RedisStore } from "../../../core/store/redis-store.ts";

interface Answer {
  token?: string;
  lang: string;
  replies: Reply[];
  ui: Record<string, string>;
}

describe("the web chat over HTTP", () => {
  let web: WebApp;
  let card: ResultReply;
  beforeAll(async () => {
    web = await startWebApp({ WEB_FRAME_ANCESTORS: "https://www.example.org, https://center.example.com", RATE_LIMIT_PER_MINUTE: "8" });
    card = (await resultRepliesByLang()).get("en")!.find((r) => r.kind === "result") as ResultReply;
  }, 60_000);
  afterAll(() => web?.stop());

  const turn = async (input: unknown, token?: string, extra: Record<string, string> = {}) => {
    const res = await fetch(`${web.url}/web/api/turn`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { "x-chat-session": token } : {}), ...extra },
      body: JSON.stringify({ input, lang: "en-GB" }),
    });
    return { res, body: (await res.json()) as Answer };
  };

  it("serves the page with a CSP that allows only its own scripts, and the configured sites as frame ancestors", async () => {
    const res = await fetch(`${web.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'self' https://www.example.org https://center.example.com");
    expect(res.headers.get("set-cookie")).toBeNull();
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("gives a new visitor a signed token, continues the session with it, and starts afresh on a forged one", async () => {
    const first = await turn({ kind: "start" });
    expect(first.res.headers.get("set-cookie")).toBeNull();
    expect(first.body.token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    expect(first.body.ui.send).toBe(t("en", "web.send"));
    const token = first.body.token!;
    const asked = await turn({ kind: "choice", id: "m:check" }, token);
    expect(asked.body.token).toBeUndefined();
    expect(asked.body.replies.map((r) => r.text).join("\n")).toContain(t("en", "q.type"));

    const [id] = token.split(".");
    const forged = await turn({ kind: "choice", id: "a:enterprise" }, `${id}.${"A".repeat(43)}`);
    expect(forged.body.token).toBeDefined();
    expect(forged.body.token).not.toBe(token);
  });

  it("answers bad requests with a 4xx, not a stack trace", async () => {
    const post = (body: string, type = "application/json") => fetch(`${web.url}/web/api/turn`, { method: "POST", headers: { "content-type": type }, body });
    expect((await post('{"input":{"kind":"start"}}', "text/plain")).status).toBe(415);
    expect((await post("{not json")).status).toBe(400);
    const unknown = await post('{"input":{"kind":"start"},"admin":true}');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: "invalid_request", field: "" });
    expect((await post(JSON.stringify({ input: { kind: "text", text: "x".repeat(9000) } }))).status).toBe(413);
    expect((await fetch(`${web.url}/web/api/turn`)).status).toBe(405);
  });

  it("limits a session's messages like every channel", async () => {
    const { body } = await turn({ kind: "start" });
    const texts: string[] = [];
    for (let i = 0; i < 9; i++) texts.push((await turn({ kind: "text", text: "hello" }, body.token)).body.replies.map((r) => r.text).join("\n"));
    expect(texts.at(-1)).toBe(t("en", "rateLimited"));
  });

  it("deletes the kept results page on /forget", async () => {
    const { body } = await turn({ kind: "start" });
    const sessionId = body.token!.split(".")[0]!;
    const { url } = await new KeptResults(web.app.store, web.url).keep(`web:${sessionId}`, "en", card);
    expect((await fetch(url)).status).toBe(200);
    const forgot = await turn({ kind: "text", text: "/forget" }, body.token);
    expect(forgot.body.replies[0]!.text).toBe(t("en", "forgotten"));
    const gone = await fetch(url);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain(t("en", "keep.gone"));
    const thai = await fetch(url, { headers: { "accept-language": "de-DE, th;q=0.8, en;q=0.5" } });
    expect(thai.status).toBe(404);
    const html = await thai.text();
    expect(html).toContain(t("th", "keep.gone"));
    expect(html).toContain('<html lang="th">');
  });

  it("shows on the results page every line the results card says: working, parts, reasons, what does not apply, the split totals", async () => {
    const { url } = await new KeptResults(web.app.store, web.url).keep("web:every-line", "en", card);
    const html = await (await fetch(url)).text();
    const lines = card.text.split("\n").slice(1).map((l) => l.trim().replace(/^• /, "")).filter((l) => l && !/^\d+\. /.test(l));
    expect(lines.length).toBeGreaterThan(5);
    expect(card.totals!.length).toBeGreaterThan(0);
    expect(card.notApplicable!.length).toBeGreaterThan(0);
    for (const line of lines) expect(html, line).toContain(escapeHtml(line));
  });

  it("still shows a card kept before the results page had the split totals", async () => {
    const { notApplicable: _n, totals: _t, notes: _o, ...old } = card;
    const { url } = await new KeptResults(web.app.store, web.url).keep("web:old-card", "en", { ...old, items: old.items.map(({ parts: _p, pending: _q, ...it }) => it) });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(escapeHtml(card.items[0]!.title));
    expect(html).toContain(escapeHtml(card.total));
  });

  it("escapes everything the engine says on the results page", async () => {
    const hostile: ResultReply = { ...card, items: [{ ...card.items[0]!, title: `<script>alert(1)</script>`, reason: `"><img src=x onerror=alert(1)>` }] };
    const { url } = await new KeptResults(web.app.store, web.url).keep("web:hostile", "en", hostile);
    const html = await (await fetch(url)).text();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain(card.total);
  });
});

describe("explanations streamed as server-sent events", () => {
  /** A streaming explainer as the LLM explainer is: the template at once, then a better text. */
  const streaming: StreamingExplainer = {
    explain: async () => ({ text: "final text", source: "llm" }),
    explainStream: async (_request, onUpdate) => {
      await onUpdate({ text: "template text", source: "template" });
      return { text: "final text", source: "llm" };
    },
  };
  let web: WebApp;
  beforeAll(async () => void (web = await startWebApp({}, { explainer: streaming })));
  afterAll(() => web?.stop());

  const post = (input: unknown, accept: string) =>
    fetch(`${web.url}/web/api/turn`, { method: "POST", headers: { "content-type": "application/json", accept }, body: JSON.stringify({ input, lang: "en" }) });

  it("sends the draft, then the turn with the final explanation, to a page that accepts event streams", async () => {
    const res = await post({ kind: "choice", id: "x:m09" }, "text/event-stream, application/json");
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = (await res.text()).trim().split("\n\n").map((block) => ({ name: /^event: (.*)$/m.exec(block)![1], data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) }));
    expect(events.map((e) => e.name)).toEqual(["session", "draft", "turn"]);
    expect(events[1]!.data).toEqual({ text: "template text" });
    expect((events[2]!.data as Answer).replies.map((r) => r.text)).toContain("final text");
  });

  it("answers plain JSON to a client that does not accept event streams", async () => {
    const res = await post({ kind: "choice", id: "x:m09" }, "application/json");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await res.json()) as Answer).replies.map((r) => r.text)).toContain("final text");
  });
});

describeRedis("the web chat on Redis: /forget leaves nothing about the user", () => {
  const redis = useSharedRedis("web-forget");
  it("deletes the session, the rate-limit counters, the pointer to the kept page and the page", async () => {
    const store = new RedisStore(await redis.connect(), { keyPrefix: redis.prefix, ownsClient: false });
    const web = await startWebApp({}, { store });
    try {
      const post = (input: unknown, token?: string) =>
        fetch(`${web.url}/web/api/turn`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { "x-chat-session": token } : {}) }, body: JSON.stringify({ input }) }).then((r) => r.json() as Promise<Answer>);
      const { token } = await post({ kind: "start" });
      await post({ kind: "choice", id: "m:check" }, token);
      const id = token!.split(".")[0]!;
      const card = (await resultRepliesByLang()).get("en")!.find((r) => r.kind === "result") as ResultReply;
      await new KeptResults(store, web.url).keep(`web:${id}`, "en", card);
      const keys = async () => (await (await redis.connect()).keys(`${redis.prefix}*`)).filter((k) => k.includes(id) || k.includes("kept-page:"));
      expect((await keys()).length).toBeGreaterThanOrEqual(4);
      await post({ kind: "command", name: "forget" }, token);
      expect(await keys()).toEqual([]);
    } finally {
      await web.stop();
      await deleteByPrefix(await redis.connect(), redis.prefix);
    }
  });
});

describe("the web chat's configuration", () => {
  it("is off unless WEB_CHAT turns it on, so that npm start with nothing configured opens the terminal chat", () => {
    expect(channelsOf(loadConfig({})).web).toBe(false);
    expect(channelsOf(loadConfig({ WEB_CHAT: "1" })).web).toBe(true);
    expect(channelsOf(loadConfig({ WEB_CHAT: "0" })).web).toBe(false);
  });

  it("refuses frame ancestors that are not origins, and short session secrets, naming the variable", () => {
    expect(() => loadConfig({ WEB_CHAT: "1", WEB_FRAME_ANCESTORS: "https://ok.example, *" })).toThrow(ConfigError);
    expect(() => loadConfig({ WEB_CHAT: "1", WEB_FRAME_ANCESTORS: "https://ok.example/path" })).toThrow(/WEB_FRAME_ANCESTORS/);
    expect(() => loadConfig({ WEB_CHAT: "1", WEB_SESSION_SECRET: "short" })).toThrow(/WEB_SESSION_SECRET/);
    expect(loadConfig({ WEB_CHAT: "1", WEB_FRAME_ANCESTORS: "https://a.example https://b.example:8443" }).WEB_FRAME_ANCESTORS).toEqual(["https://a.example", "https://b.example:8443"]);
  });
});
