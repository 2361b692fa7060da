import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  decimal,
  divide,
  fraction,
  fromInteger,
  multiply,
  negate,
  parseDecimal,
  subtract,
  sum,
  toExactDecimal,
} from "../../src/payments/fraction.ts";

describe("fraction", () => {
  it("keeps fractions in lowest terms with a positive denominator", () => {
    expect(fraction(10n, -4n)).toEqual({ numerator: -5n, denominator: 2n });
    expect(fraction(0n, 7n)).toEqual({ numerator: 0n, denominator: 1n });
  });

  it("refuses a zero denominator", () => {
    expect(() => fraction(1n, 0n)).toThrow(RangeError);
  });

  it("reads plain decimals exactly and nothing else", () => {
    expect(parseDecimal("0.15")).toEqual(fraction(3n, 20n));
    expect(parseDecimal("-1234.50")).toEqual(fraction(-2469n, 2n));
    expect(parseDecimal("1000")).toEqual(fromInteger(1000));
    for (const text of ["", "1e3", ".5", "5.", "+1", " 1", "1,000", "0x10", "NaN", "--1"]) {
      expect(parseDecimal(text)).toBeUndefined();
    }
    expect(() => decimal("abc")).toThrow(RangeError);
  });

  it("does arithmetic without losing anything", () => {
    // 0.1 + 0.2 is exactly 0.3 here, unlike in floating point.
    expect(add(decimal("0.1"), decimal("0.2"))).toEqual(decimal("0.3"));
    expect(subtract(decimal("1"), decimal("0.6"))).toEqual(decimal("0.4"));
    expect(multiply(decimal("0.15"), multiply(decimal("0.6"), decimal("1234.57")))).toEqual(decimal("111.1113"));
    expect(divide(fromInteger(60000), fromInteger(29))).toEqual(fraction(60000n, 29n));
    expect(multiply(divide(fromInteger(1), fromInteger(3)), fromInteger(3))).toEqual(fromInteger(1));
    expect(negate(decimal("2.5"))).toEqual(decimal("-2.5"));
    expect(sum([decimal("1.5"), decimal("2.25"), decimal("-0.75")])).toEqual(decimal("3"));
    expect(sum([])).toEqual(fromInteger(0));
  });

  it("compares exactly", () => {
    expect(compare(fraction(1n, 3n), decimal("0.3333333333"))).toBe(1);
    expect(compare(decimal("0.60"), decimal("0.6"))).toBe(0);
    expect(compare(decimal("-1"), decimal("0"))).toBe(-1);
  });

  it("writes finite decimals with a minimum of decimals, and refuses recurring ones", () => {
    expect(toExactDecimal(decimal("0.6"), 2)).toBe("0.60");
    expect(toExactDecimal(decimal("0.175"), 2)).toBe("0.175");
    expect(toExactDecimal(decimal("60.00"))).toBe("60");
    expect(toExactDecimal(decimal("-0.05"), 2)).toBe("-0.05");
    expect(toExactDecimal(decimal("111.1113"), 2)).toBe("111.1113");
    expect(toExactDecimal(fraction(1n, 3n))).toBeUndefined();
  });
});
