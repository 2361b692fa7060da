import { compare, type Fraction, fraction, parseDecimal, zero } from "../fraction.ts";
import { parseMoney } from "../money.ts";

/**
 * A problem with the calculator's input, in the shape the Lead Provider API uses for its errors: `title` names
 * the field (as a path such as `feeStructures[0].terms.bands[1].capacity`), `detail` says what is wrong.
 */
export interface StatementInputError {
  title: string;
  detail: string;
}

/** The errors' details in one line (a forecast quoting why a calculation refused its input). */
export function joinedDetails(errors: readonly StatementInputError[]): string {
  return errors.map((error) => error.detail).join("; ");
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `parent.key`, or `parent["retained-1"]` for a key that is not an identifier. */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === "number") {
    return `${parent}[${key}]`;
  }
  if (!identifier.test(key)) {
    return `${parent}[${JSON.stringify(key)}]`;
  }
  return parent === "" ? key : `${parent}.${key}`;
}

const one = fraction(1n);

/** Enough to fix a hand-written input; a huge malformed one should not produce a huge answer. */
const maximumErrors = 100;

/**
 * Reads untrusted JSON field by field, collecting every problem instead of stopping at the first, and never
 * throwing: each reader returns undefined for a value it has reported.
 */
export class FieldReader {
  readonly errors: StatementInputError[] = [];

  report(path: string, problem: string): void {
    if (this.errors.length >= maximumErrors) {
      return;
    }
    this.errors.push({ title: path === "" ? "input" : path, detail: `${path === "" ? "The input" : path} ${problem}` });
  }

  /** Reports a value that is not what was expected; a missing value is named as missing. */
  expected(value: unknown, path: string, expectation: string): void {
    this.report(path, value === undefined ? `is required and ${expectation}` : expectation);
  }

  /** A plain object whose keys are all known; unknown keys are reported (they are usually misspellings). */
  object(value: unknown, path: string, knownKeys: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.expected(value, path, "must be an object");
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!knownKeys.includes(key)) {
        this.report(fieldPath(path, key), `is not a recognised field (expected ${listOf(knownKeys)})`);
      }
    }
    return record;
  }

  array(value: unknown, path: string, limits: { minimum: number; maximum: number }): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.expected(value, path, "must be an array");
      return undefined;
    }
    if (value.length < limits.minimum || value.length > limits.maximum) {
      this.report(path, `must have from ${limits.minimum} to ${limits.maximum} entries`);
      return undefined;
    }
    return value;
  }

  /** A whole number from `minimum` up to the largest safe integer. */
  integer(value: unknown, path: string, minimum = 0, maximum = Number.MAX_SAFE_INTEGER): number | undefined {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum || value > maximum) {
      const range = maximum === Number.MAX_SAFE_INTEGER ? `${minimum} or more` : `from ${minimum} to ${maximum}`;
      this.expected(value, path, `must be a whole number, ${range}`);
      return undefined;
    }
    return value;
  }

  /** An object of counts, each a whole number from 0; a count left out is 0. */
  counts<Key extends string>(value: unknown, path: string, keys: readonly Key[]): Record<Key, number> | undefined {
    const record = this.object(value, path, keys);
    if (!record) {
      return undefined;
    }
    const counts = {} as Record<Key, number>;
    let valid = true;
    for (const key of keys) {
      const given = field(record, key);
      const count = given === undefined ? 0 : this.integer(given, fieldPath(path, key));
      if (count === undefined) {
        valid = false;
      } else {
        counts[key] = count;
      }
    }
    return valid ? counts : undefined;
  }

  /**
   * An object of counts per declaration type (`{ started: { billable: 3 } }`), each read by {@link counts}; a type
   * left out is absent.
   */
  countsByType<Type extends string, Key extends string>(
    value: unknown,
    path: string,
    types: readonly Type[],
    keys: readonly Key[],
  ): Partial<Record<Type, Record<Key, number>>> | undefined {
    const record = this.object(value, path, types);
    if (!record) {
      return undefined;
    }
    const byType: Partial<Record<Type, Record<Key, number>>> = {};
    let valid = true;
    for (const type of types) {
      const given = field(record, type);
      if (given === undefined) {
        continue;
      }
      const counts = this.counts(given, fieldPath(path, type), keys);
      if (counts) {
        byType[type] = counts;
      } else {
        valid = false;
      }
    }
    return valid ? byType : undefined;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value !== "boolean") {
      this.expected(value, path, "must be true or false");
      return undefined;
    }
    return value;
  }

  text(value: unknown, path: string, maximumLength: number): string | undefined {
    if (typeof value !== "string" || value.trim() === "" || value.length > maximumLength) {
      this.expected(value, path, `must be a non-blank string of at most ${maximumLength} characters`);
      return undefined;
    }
    return value;
  }

  /** Pounds and pence as a string, such as "1000.00"; `allowNegative` for adjustments. */
  money(value: unknown, path: string, options: { allowNegative: boolean }): Fraction | undefined {
    const amount = typeof value === "string" ? parseMoney(value) : undefined;
    if (amount === undefined) {
      this.expected(
        value,
        path,
        'must be an amount in pounds written as a string, such as "1000.00" (up to 10 digits before the decimal point and 2 after)',
      );
      return undefined;
    }
    if (!options.allowNegative && compare(amount, zero) < 0) {
      this.report(path, "must not be negative");
      return undefined;
    }
    return amount;
  }

  /** A ratio from 0 to 1 as a decimal string, such as "0.60". */
  ratio(value: unknown, path: string): Fraction | undefined {
    const ratio = typeof value === "string" && value.length <= 20 ? parseDecimal(value) : undefined;
    if (ratio === undefined || compare(ratio, zero) < 0 || compare(ratio, one) > 0) {
      this.expected(value, path, 'must be a decimal written as a string from "0" to "1", such as "0.60"');
      return undefined;
    }
    return ratio;
  }
}

function listOf(keys: readonly string[]): string {
  return keys.map((key) => `"${key}"`).join(", ");
}

/** Own properties only: a JSON object never inherits, and a key such as "constructor" must not read the prototype. */
export function field(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
