/**
 * The OpenAPI 3.1 document of the JSON API, generated from the zod schemas
 * by zod-openapi (5.x, the last line that runs on Node 20), so that the
 * document cannot drift from what the API validates.
 */
import type { z } from "zod";
import { createDocument } from "zod-openapi";
import { ProfileSchema } from "../../core/rules/index.ts";
import { AskRequest, AskResponse, CheckResponse, MeasuresResponse, ProblemSchema } from "./schemas.ts";

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ProblemSchema } } });
const json = (description: string, schema: z.ZodType) => ({ description, content: { "application/json": { schema } } });

/** The OpenAPI document, built once. */
let built: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document of `/api/v1`. */
export function openApiDocument(version: string): ReturnType<typeof createDocument> {
  const errors = {
    "401": problem("API_KEY is set and the request does not carry it"),
    "429": { ...problem("too many requests from this client; see Retry-After"), headers: { "Retry-After": { description: "seconds to wait", schema: { type: "integer" as const } } } },
  };
  const bodyErrors = {
    "400": problem("the body is not valid JSON"),
    "413": problem("the body is over API_BODY_LIMIT_BYTES"),
    "415": problem("the body is not application/json"),
    "422": problem("the body does not fit the schema; errors[] names each field"),
  };
  built ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "policy-assistant API",
      version,
      description:
        "Eligibility estimates and answers about the 22 support measures of the China–ASEAN AI Innovation Cooperation Center (南A中心), Nanning. Amounts are estimates, not a decision.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "only when the server sets API_KEY" } } },
    security: [{}, { bearer: [] }],
    paths: {
      "/api/v1/check": {
        post: {
          summary: "Estimate eligibility and amounts for a profile (Profile v1); the same result as `policy-assistant check --json`",
          requestBody: { required: true, content: { "application/json": { schema: ProfileSchema.meta({ id: "ProfileV1" }) } } },
          responses: { "200": json("the evaluation", CheckResponse), ...bodyErrors, ...errors },
        },
      },
      "/api/v1/ask": {
        post: {
          summary: "The measures that answer a free question, in any of the ten languages",
          requestBody: { required: true, content: { "application/json": { schema: AskRequest } } },
          responses: { "200": json("the answer", AskResponse), ...bodyErrors, ...errors },
        },
      },
      "/api/v1/measures": {
        get: { summary: "The 22 measures: ids, clause text, titles and summaries in the ten languages", responses: { "200": json("the measures", MeasuresResponse), ...errors } },
      },
      "/api/v1/schema": {
        get: { summary: "The JSON Schema of Profile v1 (as `policy-assistant schema` prints it)", responses: { "200": { description: "a JSON Schema", content: { "application/json": {} } }, ...errors } },
      },
      "/api/v1/openapi.json": {
        get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } }, ...errors } },
      },
    },
  });
  return built;
}
