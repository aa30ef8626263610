/**
 * The zod schemas of the API's requests and answers: requests are validated
 * with them, and the OpenAPI document (`openapi.ts`) is generated from them.
 * Profile v1 itself is `core/rules/profile.ts`.
 */
import * as z from "zod";
import { LANGS } from "../../core/text/langs.ts";
import { MEASURE_IDS } from "../../core/rules/types.ts";

/** `POST /api/v1/ask`. */
export const AskRequest = z
  .object({
    question: z.string().trim().min(1, { message: "question must not be empty" }).max(2000, { message: "question must be at most 2000 characters" }),
    lang: z.enum(LANGS).optional().meta({ description: "answer in this language; by default the question's own" }),
  })
  .strict()
  .meta({ id: "AskRequest" });

/** What `POST /api/v1/ask` answers (and `ask --json` prints). */
export const AskResponse = z
  .object({
    language: z.enum(LANGS),
    measures: z.array(z.enum(MEASURE_IDS)).meta({ description: "the measures that answer the question, best first" }),
    general: z.array(z.string()).meta({ description: "general topics of the question (scope, validity, stacking, interpret)" }),
    answer: z.string().meta({ description: "the answer as text in `language`" }),
  })
  .meta({ id: "AskResponse" });

const PerLanguage = z.object(Object.fromEntries(LANGS.map((l) => [l, z.string()])) as Record<(typeof LANGS)[number], z.ZodString>);

/** One measure in `GET /api/v1/measures`. */
export const MeasureEntry = z
  .object({
    id: z.enum(MEASURE_IDS),
    clause: z.string().meta({ description: "the clause number as printed, e.g. （一）" }),
    text: z.string().meta({ description: "the clause text in Chinese, as published" }),
    title: PerLanguage,
    summary: PerLanguage.meta({ description: "a plain summary in each of the ten languages; amounts from the rules core" }),
  })
  .meta({ id: "Measure" });

/** `GET /api/v1/measures`. */
export const MeasuresResponse = z.object({ measures: z.array(MeasureEntry) }).meta({ id: "MeasuresResponse" });

/** `POST /api/v1/check`: the result of `check --json` (described loosely: its source of truth is `core/rules/types.ts`). */
export const CheckResponse = z
  .looseObject({
    asOf: z.string(),
    results: z.array(z.looseObject({ measure: z.enum(MEASURE_IDS), clause: z.string(), status: z.enum(["eligible", "likely", "needs_info", "ineligible"]) })),
    totalMaxCashCNY: z.string().meta({ description: "decimal string, rounded to 0.01 CNY" }),
  })
  .meta({ id: "CheckResult" });

/** An error (RFC 9457). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), pointer: z.string(), detail: z.string() })).optional(),
  })
  .meta({ id: "Problem" });
