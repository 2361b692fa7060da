/**
 * Exact rational numbers on bigint.
 *
 * Statement money is never rounded before it is shown (the service keeps every intermediate figure in
 * BigDecimal), and some of it cannot be written as a finite decimal at all: the monthly service fee is divided
 * by 29 and by band A's capacity. A numerator/denominator pair keeps every figure exact until display, without a
 * runtime dependency. See docs/decisions/payments-decimal-arithmetic.md.
 */
export interface Fraction {
  readonly numerator: bigint;
  /** Always positive; the fraction is always in lowest terms. */
  readonly denominator: bigint;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const remainder = x % y;
    x = y;
    y = remainder;
  }
  return x;
}

/** Builds numerator/denominator in lowest terms with a positive denominator. */
export function fraction(numerator: bigint, denominator = 1n): Fraction {
  if (denominator === 0n) {
    // The calculator only divides by constants and by capacities and counts its input readers checked to be 1 or
    // more: a zero here is an engine bug, not bad input.
    throw new RangeError("A fraction cannot have a zero denominator");
  }
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = greatestCommonDivisor(numerator, denominator) || 1n;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

export const zero: Fraction = fraction(0n);

export function fromInteger(value: number | bigint): Fraction {
  return fraction(BigInt(value));
}

/** Reads a plain decimal such as "1000", "-0.15" or "1234.567"; undefined for anything else (no exponents). */
export function parseDecimal(text: string): Fraction | undefined {
  const match = decimalPattern.exec(text);
  if (!match) {
    return undefined;
  }
  const [, sign = "", whole = "", decimals = ""] = match;
  return fraction(BigInt(`${sign}${whole}${decimals}`), 10n ** BigInt(decimals.length));
}

/** parseDecimal for text that has already been validated: a failure here is a bug, not bad input. */
export function decimal(text: string): Fraction {
  const value = parseDecimal(text);
  if (value === undefined) {
    throw new RangeError(`Not a decimal: ${JSON.stringify(text)}`);
  }
  return value;
}

export function add(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) {
    return fraction(a.numerator + b.numerator, a.denominator);
  }
  return fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

export function subtract(a: Fraction, b: Fraction): Fraction {
  return add(a, negate(b));
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.numerator, a.denominator * b.denominator);
}

export function divide(a: Fraction, b: Fraction): Fraction {
  return fraction(a.numerator * b.denominator, a.denominator * b.numerator);
}

export function negate(a: Fraction): Fraction {
  return { numerator: -a.numerator, denominator: a.denominator };
}

export function sum(values: Iterable<Fraction>): Fraction {
  let total = zero;
  for (const value of values) {
    total = add(total, value);
  }
  return total;
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * Writes a fraction whose decimal expansion ends (denominator of 2s and 5s only, as every figure read from a
 * decimal string is) with at least `minimumFractionDigits` decimals and no needless trailing zeros beyond them.
 * Returns undefined for a recurring decimal such as 1/3.
 */
export function toExactDecimal(a: Fraction, minimumFractionDigits = 0): string | undefined {
  let digits = 0;
  let scale = 1n;
  while (scale % a.denominator !== 0n) {
    digits += 1;
    scale *= 10n;
    if (digits > 64) {
      return undefined;
    }
  }
  const scaled = (a.numerator * scale) / a.denominator;
  const negative = scaled < 0n;
  const magnitude = (negative ? -scaled : scaled).toString().padStart(digits + 1, "0");
  const whole = magnitude.slice(0, magnitude.length - digits);
  let decimals = magnitude.slice(magnitude.length - digits);
  while (decimals.length > minimumFractionDigits && decimals.endsWith("0")) {
    decimals = decimals.slice(0, -1);
  }
  decimals = decimals.padEnd(minimumFractionDigits, "0");
  const sign = negative ? "-" : "";
  return decimals === "" ? `${sign}${whole}` : `${sign}${whole}.${decimals}`;
}
