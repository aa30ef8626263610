/**
 * Explanations of the rules core's results.
 *
 * Commonly used: {@link createExplainer} (from the environment), the
 * {@link Explainer} interface, {@link LlmExplainer#explainStream} for
 * channels that edit messages.
 * Advanced: {@link checkExplanation} (the guard), {@link ExplanationCache},
 * {@link SecurityLog}, {@link createChatModel}, {@link llmConfigFromEnv}.
 */
export type { ExplainOptions, ExplainRequest, Explainer, Explanation } from "./explainer.ts";
export { TemplateExplainer, explainResult } from "./template-explainer.ts";
export {
  createExplainer,
  createChatModel,
  llmConfigFromEnv,
  redactBaseUrl,
  LlmConfigError,
  MAX_OUTPUT_TOKENS,
  type CreateExplainerOptions,
  type LlmConfig,
  type LlmEnv,
} from "./config.ts";
export {
  LlmExplainer,
  DEFAULT_BUDGET_MS,
  type ChatModelLike,
  type FallbackReason,
  type LlmExplainOptions,
  type LlmExplainerOptions,
} from "./llm-explainer.ts";
export { checkExplanation, type GuardContext, type GuardResult, type Violation, type ViolationCode } from "./guard.ts";
export { allowedClauses, allowedFigures, USER_FIGURE_LIMIT, type AllowedFigures } from "./allowed.ts";
export { clauseRefs, type ClauseRef } from "./clause-refs.ts";
export { checkLanguage, OTHER_LANGUAGE_CONFIDENCE } from "./language-check.ts";
export { ExplanationCache, explanationKey, EXPLANATION_TTL_SECONDS, CACHE_KEY_PREFIX, type ModelIdentity } from "./cache.ts";
export { SecurityLog, securityEvent, type ExplainLogger, type GuardFailure, type SecurityEvent } from "./security-log.ts";
export { promptInput, resultForPrompt, LANGUAGE_FOR_PROMPT, SCRIPT_RULE, type ResultForPrompt } from "./prompt-input.ts";
export { Budget, BudgetEndedError, type BudgetEnd } from "./budget.ts";
export { canStream, withExplainDefaults, type StreamingExplainer } from "./streaming.ts";
