import { decimal, type Fraction, parseDecimal, toExactDecimal } from "./fraction.ts";

/**
 * Money is an exact Fraction of pounds while it is being calculated, and becomes pence only when a figure is
 * shown. The service rounds each shown figure on its own, half-up (away from zero), to two decimal places, and
 * never shows "-£0.00"; so do we.
 */

/** An amount in pounds as the calculator's JSON carries it: "1234.56", "-150.00". */
export type PoundsString = string;

const moneyPattern = /^-?\d{1,10}(?:\.\d{1,2})?$/;

/** Reads "1234.56" (up to 10 digits of pounds and 2 of pence, like the service's decimal(12,2)); else undefined. */
export function parseMoney(text: string): Fraction | undefined {
  return moneyPattern.test(text) ? parseDecimal(text) : undefined;
}

/** Rounds half-up, away from zero, to whole pence. */
export function roundToPence(pounds: Fraction): bigint {
  const pence = pounds.numerator * 100n;
  const negative = pence < 0n;
  const magnitude = negative ? -pence : pence;
  let whole = magnitude / pounds.denominator;
  const remainder = magnitude % pounds.denominator;
  if (remainder * 2n >= pounds.denominator) {
    whole += 1n;
  }
  return negative ? -whole : whole;
}

/** Whole pence as a pounds string: -15000n -> "-150.00"; zero is always "0.00". */
export function formatPence(pence: bigint): PoundsString {
  const negative = pence < 0n;
  const digits = (negative ? -pence : pence).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The figure the service shows for an exact amount: rounded half-up to the penny. */
export function formatAmount(pounds: Fraction): PoundsString {
  return formatPence(roundToPence(pounds));
}

/**
 * A pounds string for people: "1234.5" -> "£1,234.50", "-150.00" -> "-£150.00". It formats amounts the calculator
 * produced (a `StatementCalculation`'s), so text that is not a decimal is a programming error and throws; input from
 * people is read by `calculateStatement`, which reports it instead.
 */
export function displayPounds(amount: PoundsString | Fraction): string {
  const pence = typeof amount === "string" ? roundToPence(decimal(amount)) : roundToPence(amount);
  const [whole = "0", pennies = "00"] = formatPence(pence < 0n ? -pence : pence).split(".");
  return `${pence < 0n ? "-" : ""}£${groupThousands(whole)}.${pennies}`;
}

/** "1234567" -> "1,234,567", without depending on the runtime's locale data. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A ratio read from a decimal string, with at least two decimals: "0.6" is shown as "0.60", "0.175" as is. */
export function formatRatio(value: Fraction): string {
  return toExactDecimal(value, 2) ?? formatAmount(value);
}
