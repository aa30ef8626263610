import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../cli/main.ts";
import { LANGS } from "../../../core/text/langs.ts";
import { MEASURE_IDS, profileJsonSchema } from "../../../core/rules/index.ts";
import { captureIo } from "../../helpers/cli-io.ts";
import { spawnApp, type SpawnedApp } from "../../helpers/spawn-app.ts";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const PROBLEM = /^application\/problem\+json/;

async function cliCheckJson(file: string): Promise<unknown> {
  const c = captureIo();
  expect(await main(["check", "--json", file], c.io)).toBe(0);
  return JSON.parse(c.stdout());
}

describe("the JSON API served by `policy-assistant serve`", () => {
  let app: SpawnedApp;
  const post = (path: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) => fetch(`${app.baseUrl}${path}`, { method: "POST", headers, body });
  beforeAll(async () => {
    app = await spawnApp({ API_BODY_LIMIT_BYTES: "2048", API_CORS_ORIGINS: "https://app.example.com" }, { command: "serve" });
  }, 60_000);
  afterAll(async () => {
    app?.child.kill("SIGTERM");
    await app?.exited;
  });

  it("answers /api/v1/check with exactly what `check --json` prints, for every example profile", async () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const path = join(EXAMPLES, f);
      const res = await post("/api/v1/check", readFileSync(path, "utf8"));
      expect(res.status, f).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await res.json(), f).toEqual(await cliCheckJson(path));
    }
  });

  it("refuses a body that is not JSON with 400", async () => {
    const res = await post("/api/v1/check", "{ not json");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
    expect(await res.json()).toMatchObject({ status: 400, title: "Bad request" });
  });

  it("refuses an unknown field with 422, naming the field", async () => {
    const res = await post("/api/v1/check", JSON.stringify({ applicant: { type: "team", colour: "red" } }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
    const p = (await res.json()) as { status: number; errors: { path: string; pointer: string }[] };
    expect(p.status).toBe(422);
    expect(p.errors).toContainEqual(expect.objectContaining({ path: "applicant.colour", pointer: "/applicant/colour" }));
  });

  it("refuses an oversized body with 413", async () => {
    const res = await post("/api/v1/check", JSON.stringify({ applicant: { type: "team" }, padding: "x".repeat(5000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
    expect(await res.json()).toMatchObject({ status: 413 });
  });

  it("answers an unknown API path with a problem+json 404 that names the paths there are", async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/chek`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
    const p = (await res.json()) as { status: number; detail: string };
    expect(p.status).toBe(404);
    expect(p.detail).toContain("POST /api/v1/check");
  });

  it("answers a known API path asked with the wrong method with a problem+json 405 and Allow", async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/check`);
    expect(res.status).toBe(405);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
    expect(res.headers.get("allow")).toContain("POST");
    expect(await res.json()).toMatchObject({ status: 405, title: "Method not allowed" });
  });

  it("keeps the plain 404 outside the API", async () => {
    const res = await fetch(`${app.baseUrl}/no-such-page`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("refuses another content type with 415", async () => {
    const res = await post("/api/v1/check", "applicant=team", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
    expect(await res.json()).toMatchObject({ status: 415 });
  });

  it("answers a question in the language asked for, as `ask --json` does", async () => {
    const res = await post("/api/v1/ask", JSON.stringify({ question: "免费办公场地", lang: "en" }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { language: string; measures: string[]; answer: string };
    const c = captureIo();
    await main(["ask", "--json", "--lang", "en", "免费办公场地"], c.io);
    expect(body).toEqual(JSON.parse(c.stdout()));
    expect(body.language).toBe("en");
    expect(body.measures[0]).toBe("m01");
  });

  it("refuses a question with an unknown language, naming the field", async () => {
    const res = await post("/api/v1/ask", JSON.stringify({ question: "office", lang: "fr" }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["lang"]);
  });

  it("lists the 22 measures with their clause text and texts in the ten languages", async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/measures`);
    const { measures } = (await res.json()) as { measures: { id: string; text: string; title: Record<string, string>; summary: Record<string, string> }[] };
    expect(measures.map((m) => m.id)).toEqual([...MEASURE_IDS]);
    for (const m of measures) {
      expect(m.text.length).toBeGreaterThan(10);
      expect(Object.keys(m.summary).sort()).toEqual([...LANGS].sort());
      expect(Object.keys(m.title).sort()).toEqual([...LANGS].sort());
    }
  });

  it("serves the Profile v1 JSON Schema and an OpenAPI 3.1 document that describes every endpoint", async () => {
    expect(await (await fetch(`${app.baseUrl}/api/v1/schema`)).json()).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
    const doc = (await (await fetch(`${app.baseUrl}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/ask", "/api/v1/check", "/api/v1/measures", "/api/v1/openapi.json", "/api/v1/schema"]);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["ProfileV1", "AskRequest", "Problem"]));
  });

  it("allows the configured origin only", async () => {
    const allowed = await fetch(`${app.baseUrl}/api/v1/check`, { method: "OPTIONS", headers: { origin: "https://app.example.com", "access-control-request-method": "POST" } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    const other = await fetch(`${app.baseUrl}/api/v1/measures`, { headers: { origin: "https://evil.example.org" } });
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the API's rate limit, key and proxy trust", () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    app = await spawnApp({ API_RATE_LIMIT_PER_MINUTE: "2", API_KEY: "a-long-enough-api-key", TRUST_PROXY: "1" }, { command: "serve" });
  }, 60_000);
  afterAll(async () => {
    app?.child.kill("SIGTERM");
    await app?.exited;
  });
  const get = (headers: Record<string, string>) => fetch(`${app.baseUrl}/api/v1/measures`, { headers: { authorization: "Bearer a-long-enough-api-key", ...headers } });

  it("refuses a request without the key with 401", async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/measures`, { headers: { "x-forwarded-for": "198.51.100.9" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(PROBLEM);
  });

  it("answers 429 with Retry-After past the limit, per client as the trusted proxy reports it", async () => {
    const client = { "x-forwarded-for": "203.0.113.7" };
    expect((await get(client)).status).toBe(200);
    // The third request of a minute is refused; a minute that ends between requests starts a new count,
    // so six requests cover two windows without any timing.
    let refused: Response | undefined;
    for (let i = 0; i < 5 && !refused; i++) {
      const res = await get(client);
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    expect(refused?.status).toBe(429);
    if (!refused) return;
    expect(refused.headers.get("content-type")).toMatch(PROBLEM);
    const retry = Number(refused.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // Another client behind the same proxy has its own count.
    expect((await get({ "x-forwarded-for": "203.0.113.8" })).status).toBe(200);
  });
});
