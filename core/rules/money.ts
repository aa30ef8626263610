/**
 * Money helpers. Amounts are `Decimal` from input to output and rounded once,
 * at output, to 0.01 CNY (half up).
 */
import { Decimal } from "decimal.js";

/** A Decimal constructor with enough precision for any CNY sum we handle. */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** A Decimal made by {@link D}. */
export type Dec = Decimal;

/** Printed forms of Decimals that live as long as the program (parameters), made once: traces print them in every evaluation. */
const KEPT_TEXT = new WeakMap<Decimal, string>();

/** Keeps the printed form ({@link show}) of a Decimal that is never dropped, such as a parameter's value; returns the value. */
export function keepText<T extends Decimal>(value: T): T {
  KEPT_TEXT.set(value, value.toFixed());
  return value;
}

/** Zero, for sums. */
export const ZERO = keepText(new D(0));

/** One: the multiplier of （五） when it does not apply. */
export const ONE = keepText(new D(1));

/**
 * `value × factor`, or `value` itself when the factor is {@link ONE}: the same
 * value without a new Decimal (a parameter, or a product already within D's 40 digits).
 */
export function scaled(value: Decimal, factor: Decimal): Decimal {
  return factor === ONE ? value : value.times(factor);
}

/** Zero printed by {@link formatCny}. */
export const ZERO_CNY = "0.00";

/**
 * Rounds once, half up, to 0.01 and prints it with two decimals and no exponent: `"1000000.00"`.
 * `places` is `amount.decimalPlaces()`, when the caller has it already.
 */
export function formatCny(amount: Decimal, places = amount.decimalPlaces()): string {
  // An amount with at most two decimals needs no rounding: print it and pad, without the
  // rounded copy toFixed(2) makes (4x faster; most figures are whole yuan).
  if (places <= 2) {
    const plain = plainText(amount);
    return places === 0 ? `${plain}.00` : places === 1 ? `${plain}0` : plain;
  }
  return amount.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** The smaller of two amounts. */
export function min(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) < 0 ? a : b;
}

/**
 * `a.comparedTo(b)` (-1, 0 or 1) without the copy of `b` decimal.js makes for
 * every comparison (a Decimal and its digit array, each time): decimal.js's own
 * steps over its documented digits (`d`, words of 7 digits), exponent (`e`) and
 * sign (`s`). NaN and ±Infinity (no digits) go to decimal.js itself.
 */
export function compare(a: Decimal, b: Decimal): number {
  const xd = a.d;
  const yd = b.d;
  if (!xd || !yd) return a.comparedTo(b);
  const xs = a.s;
  const ys = b.s;
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (a.e !== b.e) return (a.e > b.e) !== (xs < 0) ? 1 : -1;
  const xl = xd.length;
  const yl = yd.length;
  for (let i = 0, n = xl < yl ? xl : yl; i < n; i++) {
    if (xd[i] !== yd[i]) return (xd[i]! > yd[i]!) !== (xs < 0) ? 1 : -1;
  }
  return xl === yl ? 0 : (xl > yl) !== (xs < 0) ? 1 : -1;
}

/** Sum of amounts (zero for none). */
export function sum(amounts: Iterable<Decimal>): Decimal {
  let total: Decimal = ZERO;
  for (const a of amounts) total = total.plus(a);
  return total;
}

/** A decimal string for traces: no exponent, trailing zeros trimmed. */
export function show(value: Decimal): string {
  return KEPT_TEXT.get(value) ?? plainText(value);
}

/**
 * `value.toFixed()`, written directly for the usual figure: a positive whole
 * number of at most 7 significant digits and 14 in all (`d`, `e` and `s` are
 * decimal.js's documented digits, exponent and sign). 3x faster, and most
 * figures are such. (Written out for every finite value, word by word, it was
 * slower than toFixed() on the others.)
 */
export function plainText(value: Decimal): string {
  const d = value.d;
  if (d !== null && d !== undefined && d.length === 1 && value.s === 1) {
    const digits = String(d[0]);
    const zeros = value.e - digits.length + 1;
    if (zeros === 0) return digits;
    if (zeros > 0 && zeros < 8) return digits + "0000000".slice(0, zeros);
  }
  return value.toFixed();
}
