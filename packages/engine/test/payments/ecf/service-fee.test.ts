import { describe, expect, it } from "vitest";
import type { BandedFeeTerms } from "../../../src/payments/ecf/contract-terms.ts";
import { monthlyServiceFee, numberOfServiceFeePayments } from "../../../src/payments/ecf/service-fee.ts";
import { decimal, fraction, fromInteger } from "../../../src/payments/fraction.ts";

const terms = (overrides: Partial<BandedFeeTerms> = {}): BandedFeeTerms => ({
  bands: [
    { capacity: 2000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
    { capacity: 2000, feePerDeclaration: "950.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
    { capacity: 2000, feePerDeclaration: "900.00", outputFeeRatio: "1.00", serviceFeeRatio: "0.00" },
  ],
  recruitmentTarget: 2500,
  upliftFeePerDeclaration: null,
  setupFee: "0.00",
  monthlyServiceFee: null,
  ...overrides,
});

describe("monthly service fee", () => {
  it("spreads the recruitment target's service share over 29 payments", () => {
    const fee = monthlyServiceFee(terms());
    if (fee.basis !== "recruitment-target") {
      throw new Error("expected a calculated fee");
    }
    // A: 2,000 x 1,000 x 0.40 = 800,000; B: 500 x 950 x 0.40 = 190,000.
    expect(fee.bands.map((band) => band.participants)).toEqual([2000, 500, 0]);
    expect(fee.bands.map((band) => band.amount)).toEqual([decimal("800000"), decimal("190000"), decimal("0")]);
    expect(fee.monthly).toEqual(fraction(990000n, 29n));
    expect(numberOfServiceFeePayments).toBe(29);
  });

  it("deducts the set-up fee pro rata to how much of band A the target fills", () => {
    const full = monthlyServiceFee(terms({ setupFee: "29000.00" }));
    expect(full.monthly).toEqual(fraction(990000n - 29000n, 29n));
    const half = monthlyServiceFee(terms({ setupFee: "29000.00", recruitmentTarget: 1000 }));
    // 1,000 x 1,000 x 0.40 = 400,000, less 1,000 / 2,000 of the set-up fee.
    expect(half.monthly).toEqual(fraction(400000n - 14500n, 29n));
    if (half.basis === "recruitment-target") {
      expect(half.setupFeeDeduction).toEqual(fromInteger(14500));
    }
  });

  it("earns nothing for recruitment beyond the bands, nor in a band with no service share", () => {
    const fee = monthlyServiceFee(terms({ recruitmentTarget: 10000 }));
    // A 800,000 + B 760,000 + C nothing (100% output).
    expect(fee.monthly).toEqual(fraction(1560000n, 29n));
  });

  it("is zero for a target of zero", () => {
    expect(monthlyServiceFee(terms({ recruitmentTarget: 0, setupFee: "500.00" })).monthly).toEqual(fromInteger(0));
  });

  it("uses the contract's monthly service fee instead when there is one, even zero", () => {
    expect(monthlyServiceFee(terms({ monthlyServiceFee: "12345.67" }))).toEqual({
      basis: "monthly-service-fee",
      monthly: decimal("12345.67"),
    });
    expect(monthlyServiceFee(terms({ monthlyServiceFee: "0.00" })).monthly).toEqual(fromInteger(0));
  });
});
