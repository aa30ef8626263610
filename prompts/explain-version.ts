/**
 * Bumped whenever the wording of the explanation prompt (`explain.ts`)
 * changes, so cached explanations written under an older prompt are not
 * served (the version is part of the cache key). A file of its own so that
 * reading it does not load LangChain.
 */
export const EXPLAIN_PROMPT_VERSION = "explain-v2-placeholders";
