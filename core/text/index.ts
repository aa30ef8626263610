/**
 * Parsers for what users type, in the ten languages: pure functions that never
 * throw and return typed values or a coded error.
 *
 * @example
 * const m = parseMoney("50万", "zh");
 * if (m.ok) profile.revenueCNY = m.value.toFixed();
 */

// Answers to the check's questions
export { parseMoney, MAX_CNY, type MoneyResult, type MoneyError } from "./money.ts";
export { parseInteger, type IntegerResult, type IntegerError } from "./integer.ts";
export { parseDate, type DateResult, type DateError } from "./date.ts";
export { parsePercent, parseDecimal, type PercentResult, type PercentError, type DecimalResult, type DecimalError } from "./percent.ts";
export { parseYesNo } from "./yes-no.ts";
export { isSkip, isNone } from "./skip.ts";
export type { AmbiguityHint } from "./quantity.ts";

// Free text, for the LLM guard
export { findNumbers, type FoundNumber, type NumberKind } from "./numbers-in-text.ts";
export { clauseMentions } from "./clause-mentions.ts";

// Building blocks
export { normalizeDigits, normalizeDigitsMapped, type MappedText } from "./digits.ts";
export { parseChineseNumber } from "./chinese-numerals.ts";
export { readNumeral, DOT_THOUSANDS_LANGS, type NumeralReading } from "./separators.ts";
