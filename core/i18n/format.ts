/**
 * Locale formatting of the figures the rules core gives: money, numbers,
 * rates, clause numbers and dates, for the ten languages.
 *
 * Two choices hold across the file:
 * - Money never passes through a float: amounts are rounded as `Decimal`
 *   (half up, to 0.01 CNY, like the rules core) and handed to
 *   `Intl.NumberFormat` as decimal strings, which it formats exactly.
 * - Digits are always ASCII (`numberingSystem: "latn"`). Node 20 writes
 *   Burmese digits for `my` by default; we keep the same digits the rules core
 *   printed so that users, the clause text and the LLM guard all compare the
 *   same figures. Dates use the Gregorian calendar for the same reason (Thai
 *   would otherwise print Buddhist-era years, 2568 for 2025).
 * - Spaces are plain: ICU puts no-break spaces inside `CNY 500,000` and some
 *   dates; we write U+0020 so that a figure in a reply, in a test and in the
 *   LLM's output compare equal byte for byte.
 */
import { Decimal } from "decimal.js";
import { D } from "../rules/money.ts";
import { formatDateEn, formatDurationEn, formatNumberEn, formatPercentEn } from "./format-en.ts";
import { LANG_LOCALES, type Lang } from "./langs.ts";

/** Values the number formatters accept: Decimal or a decimal string (and plain numbers where no money is involved). */
export type Numeric = Decimal | string | number;

const WAN = new D(10_000);
const YI = new D(100_000_000);
const MILLION = new D(1_000_000);

/** Parses `value` as a Decimal, or null when it is not a finite number. */
function toDecimal(value: Numeric): Decimal | null {
  try {
    const d = new D(value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The options this file formats with (each one part of the cache key below). */
type FormatOptions = Pick<Intl.NumberFormatOptions, "style" | "currency" | "currencyDisplay" | "unit" | "unitDisplay" | "minimumFractionDigits" | "maximumFractionDigits">;

/**
 * `Intl.NumberFormat` for `lang` with ASCII digits, made once per language and
 * options: building one costs some 40 times more than using it, and a results
 * card formats dozens of figures. (The key is spelt out rather than
 * `JSON.stringify`d: it is built for every figure formatted.)
 */
function numberFormat(lang: Lang, options: FormatOptions): Intl.NumberFormat {
  const o = options;
  const key = `${lang}|${o.style}|${o.currency}|${o.currencyDisplay}|${o.unit}|${o.unitDisplay}|${o.minimumFractionDigits}|${o.maximumFractionDigits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LANG_LOCALES[lang], { numberingSystem: "latn", ...options });
    numberFormats.set(key, nf);
  }
  return nf;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * `Intl.NumberFormat#format` with a decimal string. Node 20 formats strings
 * exactly (Intl.NumberFormat v3); the cast only widens the older lib typing.
 */
function formatDecimalString(nf: Intl.NumberFormat, s: string): string {
  return plainSpaces((nf.format as (v: string) => string)(s));
}

/** Replaces the no-break spaces ICU emits (U+00A0, U+202F) with plain spaces. */
export function plainSpaces(s: string): string {
  return s.replace(/[\u00A0\u202F]/gu, " ");
}

/** Decimal places of a Decimal as written (`1.50` → 1 after normalising, `2` → 0). */
function decimalPlaces(d: Decimal): number {
  return Math.min(d.decimalPlaces(), 100);
}

/**
 * Formats a CNY amount for `lang`.
 *
 * The amount is first rounded half up to 0.01 CNY. Whole amounts show no
 * decimals, other amounts show two.
 * - zh, the way Chinese policy texts write money: an amount of at least 1亿
 *   that is a whole number of 100万 is written in 亿 (`50亿元`, `1.5亿元`,
 *   `1亿元`); otherwise an amount of at least 1万 that is a whole number of
 *   万 is written in 万 without separators (`50万元`, `5000万元`,
 *   `12345万元`); anything else is written in 元 with separators
 *   (`1,234.50元`, `12,345元`, `0元`).
 * - th, as Thai readers write a foreign currency: the figure, then the
 *   word หยวน (`500,000 หยวน`); `Intl` would give `CNY 500,000`.
 * - Other languages: `Intl.NumberFormat` with the ISO code, as the locale
 *   places it: en `CNY 500,000`, vi `500.000 CNY`, id `CNY 12.345,67`.
 *
 * A value that is not a number is returned unchanged rather than thrown, so
 * that a user never sees an error from formatting.
 */
export function formatCny(amount: Decimal | string, lang: Lang): string {
  const d = toDecimal(amount);
  if (d === null) return String(amount);
  const rounded = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const whole = rounded.isInteger();
  if (lang === "zh") return formatCnyZh(rounded);
  if (lang === "th") {
    const plain = numberFormat("th", { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    return `${formatDecimalString(plain, rounded.toFixed(whole ? 0 : 2))} หยวน`;
  }
  const nf = numberFormat(lang, {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "code",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
  return formatDecimalString(nf, rounded.toFixed(whole ? 0 : 2));
}

/** The zh rule of {@link formatCny}, for an amount already rounded to 0.01. */
function formatCnyZh(amount: Decimal): string {
  const sign = amount.isNegative() && !amount.isZero() ? "-" : "";
  const abs = amount.abs();
  if (abs.greaterThanOrEqualTo(YI) && abs.mod(MILLION).isZero()) return `${sign}${abs.dividedBy(YI).toFixed()}亿元`;
  if (abs.greaterThanOrEqualTo(WAN) && abs.mod(WAN).isZero()) return `${sign}${abs.dividedBy(WAN).toFixed()}万元`;
  const whole = abs.isInteger();
  const nf = numberFormat("zh", { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
  return `${sign}${formatDecimalString(nf, abs.toFixed(whole ? 0 : 2))}元`;
}

/** The most fraction digits `Intl.NumberFormat` accepts on every Node this project supports. */
const MAX_FRACTION_DIGITS = 20;

/**
 * Formats a plain number with the locale's separators and ASCII digits,
 * keeping every decimal it has (at most 20): en `1,234,567.5`, vi `1.234.567,5`.
 * A value that is not a number is returned as given.
 */
export function formatNumber(value: Numeric, lang: Lang): string {
  const d = toDecimal(value);
  if (d === null) return String(value);
  // Intl takes at most 20 fraction digits (Node 20): a longer decimal (10,000,000 / 3) is rounded to 20.
  const places = Math.min(decimalPlaces(d), MAX_FRACTION_DIGITS);
  // English without ICU (format-en.ts): the same text, without loading ICU's data in a command that prints only English.
  if (lang === "en") return formatNumberEn(d, places);
  return formatDecimalString(numberFormat(lang, { maximumFractionDigits: places }), d.toFixed(places));
}

/**
 * Formats a rate as a percentage for the locale: `0.3` → `30%`, `0.025` →
 * `2.5%` (up to two decimals of a percent). A value that is not a number is
 * returned as given.
 */
export function formatPercent(rate: Numeric, lang: Lang): string {
  const d = toDecimal(rate);
  if (d === null) return String(rate);
  if (lang === "en") return formatPercentEn(d);
  return formatDecimalString(numberFormat(lang, { style: "percent", maximumFractionDigits: 2 }), d.toFixed());
}

/** Units of time that {@link formatDuration} knows. */
export type DurationUnit = "year" | "month" | "day";

/**
 * Formats a duration with the locale's own unit words, which `Intl` knows for
 * all ten languages: en `2 years`, zh `2年`, vi `2 năm`, th `2 ปี`, my `2 နှစ်`.
 * A value that is not a number is returned as given.
 */
export function formatDuration(value: Numeric, unit: DurationUnit, lang: Lang): string {
  const d = toDecimal(value);
  if (d === null) return String(value);
  if (lang === "en") return formatDurationEn(d, unit, decimalPlaces(d));
  const nf = numberFormat(lang, { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: decimalPlaces(d) });
  return formatDecimalString(nf, d.toFixed());
}

/**
 * How each language names a clause; `{n}` is its number in ASCII digits.
 * Chinese keeps the clause as printed (`（十三）`). The words are listed in
 * core/i18n/glossary.md.
 */
export const CLAUSE_FORMS: Record<Exclude<Lang, "zh">, string> = {
  en: "Clause {n}",
  vi: "Khoản {n}",
  th: "ข้อ {n}",
  id: "Butir {n}",
  ms: "Fasal {n}",
  fil: "Seksiyon {n}",
  km: "ចំណុចទី {n}",
  lo: "ຂໍ້ {n}",
  my: "အပိုဒ် {n}",
};

const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral from 1 to 99 (`十三` → 13, `二十` → 20), or null. */
export function parseHanNumber(s: string): number | null {
  if (s.length === 1 && s in HAN_DIGITS) return HAN_DIGITS[s]!;
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(s);
  if (!m) return null;
  const tens = m[1] ? HAN_DIGITS[m[1]]! : 1;
  return tens * 10 + (m[2] ? HAN_DIGITS[m[2]]! : 0);
}

/**
 * Formats a clause number as printed in the policy (`（十三）`, with or
 * without the brackets) for `lang`: zh `（十三）`, en `Clause 13`,
 * vi `Khoản 13`, th `ข้อ 13`. Input that is not a clause number is returned
 * as given.
 */
export function formatClause(clause: string, lang: Lang): string {
  const inner = clause.trim().replace(/^[（(]/u, "").replace(/[）)]$/u, "");
  const n = parseHanNumber(inner);
  if (n === null) return clause;
  if (lang === "zh") return `（${inner}）`;
  return CLAUSE_FORMS[lang].replace("{n}", String(n));
}

/**
 * Formats an ISO date (`2025-03-01`, or the date part of a timestamp) in the
 * locale's long form, Gregorian, ASCII digits: zh `2025年3月1日`,
 * en `March 1, 2025`, th `1 มีนาคม 2025`. Anything else is returned as given.
 */
export function formatDate(iso: string, lang: Lang): string {
  // A card names the same few dates (today, the policy's validity) again and again; formatting one costs microseconds.
  const key = `${lang}|${iso}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const formatted = formatDateUncached(iso, lang);
  if (formattedDates.size >= 1_000) formattedDates.clear();
  formattedDates.set(key, formatted);
  return formatted;
}

const formattedDates = new Map<string, string>();

function formatDateUncached(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return iso;
  const en = lang === "en" ? formatDateEn(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (en !== null) return en;
  let df = dateFormats.get(lang);
  if (!df) {
    df = new Intl.DateTimeFormat(LANG_LOCALES[lang], { dateStyle: "long", timeZone: "UTC", calendar: "gregory", numberingSystem: "latn" });
    dateFormats.set(lang, df);
  }
  const formatted = df.format(date);
  return plainSpaces(formatted);
}
