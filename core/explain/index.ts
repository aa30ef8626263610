/**
 * Explanations of the rules core's results.
 *
 * Commonly used: {@link createExplainer} (from the environment), the
 * {@link Explainer} interface, {@link LlmExplainer#explainStream} for
 * channels that edit messages.
 * Advanced: {@link checkExplanation} (the guard), {@link placeholderTable}
 * (what the model may mention, and our text for it), {@link GUARD_REJECTIONS}
 * (rejections per category, for metrics), {@link ExplanationCache},
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
  type BreakerState,
  type FallbackReason,
  type LlmExplainOptions,
  type LlmExplainerOptions,
} from "./llm-explainer.ts";
export { checkExplanation, VIOLATION_CODES, type GuardContext, type GuardResult, type Violation, type ViolationCode } from "./guard.ts";
export { placeholderTable, requiredPlaceholders, PLACEHOLDER_TOKEN, type DescribeMissing, type Placeholder } from "./placeholders.ts";
export { GUARD_REJECTIONS, GuardRejections } from "./guard-counter.ts";
export { forbiddenPhrases, FORBIDDEN_PHRASES, type PhraseCategory, type PhraseFound } from "./forbidden-phrases.ts";
export { unsafeContent, type SafetyCategory, type SafetyFinding } from "./text-safety.ts";
export { lengthProblem, MAX_EXPLANATION_CHARS, MAX_MESSAGE_BYTES } from "./length-cap.ts";
export { kinLanguageInstead } from "./kin-languages.ts";
export { checkLanguage, OTHER_LANGUAGE_CONFIDENCE } from "./language-check.ts";
export { ExplanationCache, explanationKey, EXPLANATION_TTL_SECONDS, CACHE_KEY_PREFIX, type ModelIdentity } from "./cache.ts";
export { SecurityLog, securityEvent, type ExplainLogger, type GuardFailure, type SecurityEvent } from "./security-log.ts";
export { promptInput, placeholderLines, resultForPrompt, LANGUAGE_FOR_PROMPT, SCRIPT_RULE, type ResultForPrompt } from "./prompt-input.ts";
export { Budget, BudgetEndedError, type BudgetEnd } from "./budget.ts";
export { canStream, withExplainDefaults, type StreamingExplainer } from "./streaming.ts";
