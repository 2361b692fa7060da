import { describe, expect, it } from "vitest";
import { decimal, fraction } from "../../src/payments/fraction.ts";
import {
  displayPounds,
  formatAmount,
  formatPence,
  formatRatio,
  parseMoney,
  roundToPence,
} from "../../src/payments/money.ts";

describe("money", () => {
  it("rounds half-up, away from zero, to the penny", () => {
    expect(roundToPence(decimal("0.005"))).toBe(1n);
    expect(roundToPence(decimal("0.0049999"))).toBe(0n);
    expect(roundToPence(decimal("-0.005"))).toBe(-1n);
    expect(roundToPence(decimal("-0.0049"))).toBe(0n);
    expect(roundToPence(decimal("2.675"))).toBe(268n); // 2.67 in binary floating point
    expect(roundToPence(decimal("1.125"))).toBe(113n); // not banker's rounding (which gives 1.12)
    expect(roundToPence(fraction(60000n, 29n))).toBe(206897n); // 2068.9655...
  });

  it("writes pence as pounds, never as negative zero", () => {
    expect(formatPence(0n)).toBe("0.00");
    expect(formatPence(5n)).toBe("0.05");
    expect(formatPence(-15000n)).toBe("-150.00");
    expect(formatPence(123456789n)).toBe("1234567.89");
    expect(formatAmount(decimal("-0.004"))).toBe("0.00");
    expect(formatAmount(decimal("111.1113"))).toBe("111.11");
  });

  it("reads pounds and pence with at most 10 digits of pounds and 2 of pence", () => {
    expect(parseMoney("1000.00")).toEqual(decimal("1000"));
    expect(parseMoney("-250.5")).toEqual(decimal("-250.5"));
    expect(parseMoney("9999999999.99")).toEqual(decimal("9999999999.99"));
    for (const text of ["10000000000", "1.001", "1e3", "£10", "1,000.00", "", " 1"]) {
      expect(parseMoney(text)).toBeUndefined();
    }
  });

  it("displays pounds for people", () => {
    expect(displayPounds("1234567.5")).toBe("£1,234,567.50");
    expect(displayPounds("-150.00")).toBe("-£150.00");
    expect(displayPounds("0.001")).toBe("£0.00");
    expect(displayPounds(decimal("-0.001"))).toBe("£0.00");
    expect(displayPounds(fraction(60000n, 29n))).toBe("£2,068.97");
  });

  it("shows ratios with at least two decimals", () => {
    expect(formatRatio(decimal("0.6"))).toBe("0.60");
    expect(formatRatio(decimal("1"))).toBe("1.00");
    expect(formatRatio(decimal("0.175"))).toBe("0.175");
  });
});
