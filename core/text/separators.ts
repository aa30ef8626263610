/**
 * Reading one written number with its separators: `1,200,000`, `1.200.000,50`,
 * `1 200 000`, `2,5`, and deciding, by language, what `1.200` means.
 */
import type { Lang } from "./langs.ts";
import { D, type Dec } from "../rules/money.ts";

/**
 * Languages whose usual number format groups thousands with a dot and marks
 * decimals with a comma (CLDR, as `Intl.NumberFormat` prints them: vi
 * `1.234.567,5`, id `1.234.567,5`, lo `1.234.567,5`). The other seven (zh, en,
 * th, ms, fil, km, my) write `1,234,567.5`.
 */
export const DOT_THOUSANDS_LANGS: ReadonlySet<Lang> = new Set<Lang>(["vi", "id", "lo"]);

/** A number read from digits and separators. */
export type NumeralReading =
  | {
      readonly ok: true;
      readonly value: Dec;
      /** True for a whole number written with digits only (no separator): Chinese-style "1万5" reads it by its length. */
      readonly bare: boolean;
    }
  | { readonly ok: false; readonly error: "not_a_number" | "ambiguous" };

const NUMERAL = /^\d+(?:[., ]\d+)*$/;

/**
 * Reads digits with `.`, `,` or space separators (ASCII only: run
 * {@link normalizeDigits} first).
 *
 * The rules, in order:
 * - Both `.` and `,`: the last one, written once, is the decimal sign; the
 *   others group thousands (`1.200.000,50`, `1,200,000.50`).
 * - One kind written twice or more, or spaces: thousands (`1.200.000`,
 *   `1 200 000`); every group after the first must have three digits.
 * - One `.` or `,` written once and followed by other than three digits: a
 *   decimal sign (`1.5`, `2,5`, `12,50`); also when it follows a leading zero
 *   (`0.500`), more than three digits (`1234.567`) or space-grouped thousands.
 * - One `.` or `,` followed by exactly three digits (`1.200`, `1,200`): a
 *   thousands separator when the language writes it so, and `ambiguous` when
 *   the language uses that sign for decimals. With no language a comma groups
 *   thousands (the most common habit among our users) and a dot is ambiguous.
 *   So `1,200` is 1200 in zh/en/th/ms/fil/km/my and ambiguous in vi/id/lo;
 *   `1.200` is 1200 in vi/id/lo and ambiguous elsewhere.
 */
export function readNumeral(text: string, lang?: Lang): NumeralReading {
  if (!NUMERAL.test(text)) return { ok: false, error: "not_a_number" };
  const groups = text.split(/[., ]/);
  const seps = text.replace(/\d+/g, "").split("");
  if (seps.length === 0) return { ok: true, value: new D(text), bare: true };

  const marks = seps.filter((c) => c !== " ");
  const kinds = new Set(marks);
  const last = seps.length - 1;
  let decimalAt: number | "ambiguous" | null = null; // index into seps of the decimal sign

  if (kinds.size === 2) {
    const lastSep = seps[last];
    if (lastSep === " " || marks.filter((c) => c === lastSep).length !== 1) return { ok: false, error: "not_a_number" };
    decimalAt = last;
  } else if (kinds.size === 1 && marks.length === 1 && seps[last] !== " ") {
    decimalAt = singleMarkRole(seps[last] as "." | ",", groups[last] ?? "", groups[last + 1] ?? "", seps.length > 1, lang);
    if (decimalAt === "ambiguous") return { ok: false, error: "ambiguous" };
    if (decimalAt !== null) decimalAt = last;
  }

  const integerGroups = decimalAt === null ? groups : groups.slice(0, -1);
  if (integerGroups.length > 1 && !groupsOfThree(integerGroups)) return { ok: false, error: "not_a_number" };
  const integer = integerGroups.join("");
  const fraction = decimalAt === null ? "" : `.${groups[groups.length - 1]}`;
  return { ok: true, value: new D(integer + fraction), bare: false };
}

/** Whether a lone `.` or `,` is the decimal sign (0), a thousands separator (null), or cannot be told. */
function singleMarkRole(
  mark: "." | ",",
  before: string,
  after: string,
  spaceGrouped: boolean,
  lang: Lang | undefined,
): 0 | null | "ambiguous" {
  if (after.length !== 3 || spaceGrouped || before.startsWith("0") || before.length > 3) return 0;
  const dotThousands = lang !== undefined && DOT_THOUSANDS_LANGS.has(lang);
  if (mark === ",") return dotThousands ? "ambiguous" : null;
  return dotThousands ? null : "ambiguous";
}

function groupsOfThree(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3 || (first.length > 1 && first.startsWith("0"))) return false;
  return rest.every((g) => g.length === 3);
}
