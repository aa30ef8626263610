/**
 * What each endpoint of `/api/v1` answers, apart from HTTP: a validated body
 * in, a status and a JSON body (or a problem) out. `routes.ts` puts them on
 * the server behind the key, the rate limit, CORS and the body checks.
 */
import type { z } from "zod";
import { measureText } from "../../core/i18n/measures/render.ts";
import { MEASURES, profileJsonSchema } from "../../core/rules/index.ts";
import { LANGS } from "../../core/text/langs.ts";
import { checkProfile } from "./check-profile.ts";
import { problem, type Problem } from "./problem.ts";
import { AskRequest, type MeasuresResponse } from "./schemas.ts";

/** An endpoint's answer: a JSON body with its status, or a problem. */
export type EndpointAnswer = { status: 200; body: unknown } | { problem: Problem };

/** One endpoint: its method and path, and whether it reads a JSON body. */
export interface Endpoint {
  method: "GET" | "POST";
  path: string;
  answer(body: unknown): EndpointAnswer | Promise<EndpointAnswer>;
}

let measures: z.output<typeof MeasuresResponse> | undefined;

/** The 22 measures with their texts in every language (built once: they are constant). */
function measureList(): z.output<typeof MeasuresResponse> {
  measures ??= {
    measures: MEASURES.map((m) => {
      const texts = Object.fromEntries(LANGS.map((l) => [l, measureText(m.id, l)])) as Record<(typeof LANGS)[number], ReturnType<typeof measureText>>;
      return {
        id: m.id,
        clause: m.clause,
        text: m.text,
        title: Object.fromEntries(LANGS.map((l) => [l, texts[l].title])) as Record<(typeof LANGS)[number], string>,
        summary: Object.fromEntries(LANGS.map((l) => [l, texts[l].summary])) as Record<(typeof LANGS)[number], string>,
      };
    }),
  };
  return measures;
}

/** The endpoints of `/api/v1`; `version` is the service's version, for the OpenAPI document. */
export function endpoints(version: string): Endpoint[] {
  return [
    {
      method: "POST",
      path: "/api/v1/check",
      answer: (body) => {
        const r = checkProfile(body);
        return r.ok ? { status: 200, body: r.result } : { problem: problem(422, "the profile is not valid Profile v1 (GET /api/v1/schema)", r.issues) };
      },
    },
    {
      method: "POST",
      path: "/api/v1/ask",
      answer: async (body) => {
        const r = AskRequest.safeParse(body);
        if (!r.success) return { problem: problem(422, "the body must be {question, lang?}", r.error.issues.map((i) => ({ path: pathOf(i), message: i.message }))) };
        // Loaded by the first question, not while the server warms up: the search index and CLD3's wasm.
        const { answerQuestion } = await import("./answers.ts");
        return { status: 200, body: answerQuestion(r.data.question, r.data.lang) };
      },
    },
    { method: "GET", path: "/api/v1/measures", answer: () => ({ status: 200, body: measureList() }) },
    { method: "GET", path: "/api/v1/schema", answer: () => ({ status: 200, body: profileJsonSchema() }) },
    // zod-openapi, loaded by the first request for the document.
    { method: "GET", path: "/api/v1/openapi.json", answer: async () => ({ status: 200, body: (await import("./openapi.ts")).openApiDocument(version) }) },
  ];
}

/** A zod issue's path as `events[0].cost`; an unknown key names the key itself. */
function pathOf(issue: z.core.$ZodIssue): string {
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}
