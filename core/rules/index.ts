/**
 * The rules core: the 22 measures as pure functions over a validated profile.
 *
 * @example
 * const r = evaluate({ applicant: { type: "team", talentTeamTier: "leading" } });
 * if (r.ok) console.log(r.result.totalMaxCashCNY);
 */
export { evaluate, evaluateMeasures, evaluateProfile, evaluateResults, type EvaluateOptions, type EvaluateOutcome } from "./evaluate.ts";
export { parseProfile, profileJsonSchema, ProfileSchema, type Profile, type ProfileInput, type ProfileIssue } from "./profile.ts";
export { MEASURES, MEASURE_BY_ID } from "./measures/index.ts";
export { EvaluationResultSchema, resultJsonSchema } from "./result-schema.ts";
export { INTERESTS, type Interest, type MeasureDefinition } from "./definition.ts";
export { POLICY, VALID_FROM, VALID_UNTIL, SCOPE_TEXT } from "./policy.ts";
export * from "./types.ts";
