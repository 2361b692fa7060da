import { describe, expect, it } from "vitest";
import { calculateBandedFees, unitFee, upliftFees } from "../../../src/payments/ecf/banded-fees.ts";
import type { BandedFeeTerms, BandTerms } from "../../../src/payments/ecf/contract-terms.ts";
import type { BandedDeclarationCounts } from "../../../src/payments/ecf/statement-counts.ts";
import { decimal, fraction, zero } from "../../../src/payments/fraction.ts";

const band = (capacity: number, feePerDeclaration: string, outputFeeRatio = "0.60"): BandTerms => ({
  capacity,
  feePerDeclaration,
  outputFeeRatio,
  serviceFeeRatio: decimalComplement(outputFeeRatio),
});
function decimalComplement(ratio: string): string {
  return (1 - Number(ratio)).toFixed(2);
}
const terms = (overrides: Partial<BandedFeeTerms> = {}): BandedFeeTerms => ({
  bands: [band(2000, "1000.00"), band(2000, "950.00"), band(2000, "900.00")],
  recruitmentTarget: 0,
  upliftFeePerDeclaration: "100.00",
  setupFee: "0.00",
  monthlyServiceFee: "0.00",
  ...overrides,
});
const counts = (partial: Partial<BandedDeclarationCounts>): BandedDeclarationCounts => ({
  previousBillable: 0,
  previousRefundable: 0,
  billable: 0,
  refundable: 0,
  voided: 0,
  ...partial,
});

describe("unit fee", () => {
  it("pays £120, £90, £120 and £90 for started, retained, completed and extended at £1,000 and 60% output", () => {
    const thousand = band(2000, "1000.00");
    expect(unitFee("started", thousand)).toEqual(decimal("120"));
    for (const type of ["retained-1", "retained-2", "retained-3", "retained-4"] as const) {
      expect(unitFee(type, thousand)).toEqual(decimal("90"));
    }
    expect(unitFee("completed", thousand)).toEqual(decimal("120"));
    for (const type of ["extended-1", "extended-2", "extended-3"] as const) {
      expect(unitFee(type, thousand)).toEqual(decimal("90"));
    }
  });

  it("keeps fractions of a penny", () => {
    expect(unitFee("retained-1", band(10, "1234.57"))).toEqual(decimal("111.1113"));
  });

  it("pays the whole output portion over started, four retained and completed", () => {
    const thousand = band(2000, "1000.00");
    const types = ["started", "retained-1", "retained-2", "retained-3", "retained-4", "completed"] as const;
    const total = types.reduce((sum, type) => sum + Number(unitFee(type, thousand).numerator), 0);
    expect(total).toBe(600);
  });
});

describe("banded fees", () => {
  it("pays this statement's billables at the band they fall in", () => {
    const fees = calculateBandedFees(
      terms(),
      { started: counts({ previousBillable: 2100, billable: 2000 }) },
      { billable: 0, refundable: 0 },
    );
    // B: 1,900 x 0.2 x 0.6 x 950 = 216,600; C: 100 x 0.2 x 0.6 x 900 = 10,800.
    expect(fees.outputPayment).toEqual(decimal("227400"));
    expect(fees.declarationTypes[0]?.unitFees).toEqual([decimal("120"), decimal("114"), decimal("108")]);
  });

  it("values clawbacks at the band they drain, not the band that paid them", () => {
    const fees = calculateBandedFees(
      terms(),
      { started: counts({ previousBillable: 2010, refundable: 20 }) },
      { billable: 0, refundable: 0 },
    );
    // 10 from B at £114, then 10 from A at £120.
    expect(fees.clawbacks).toEqual(decimal("2340"));
    expect(fees.subtotal).toEqual(decimal("-2340"));
  });

  it("reports only the declaration types given, in milestone order", () => {
    const fees = calculateBandedFees(
      terms(),
      { completed: counts({ billable: 1 }), started: counts({ billable: 1 }) },
      { billable: 0, refundable: 0 },
    );
    expect(fees.declarationTypes.map((type) => type.declarationType)).toEqual(["started", "completed"]);
  });

  it("adds uplift fees and the service fee, and takes off clawed-back uplifts", () => {
    const fees = calculateBandedFees(
      terms({ monthlyServiceFee: "1000.00" }),
      { started: counts({ billable: 10, refundable: 0, previousBillable: 5 }) },
      { billable: 4, refundable: 1 },
    );
    expect(fees.outputPayment).toEqual(decimal("1200"));
    expect(fees.upliftFees).toEqual(decimal("400"));
    expect(fees.clawbacks).toEqual(decimal("100"));
    expect(fees.subtotal).toEqual(decimal("2500"));
  });

  it("is only the service fee on a statement with no declarations", () => {
    const fees = calculateBandedFees(
      terms({ monthlyServiceFee: null, recruitmentTarget: 29 }),
      {},
      { billable: 0, refundable: 0 },
    );
    expect(fees.outputPayment).toEqual(zero);
    expect(fees.subtotal).toEqual(decimal("400")); // 29 x £1,000 x 0.40 / 29
  });
});

describe("uplift fees", () => {
  it("pays a fixed fee per uplifted start, not banded and not capped", () => {
    const uplift = upliftFees("100.00", { billable: 7000, refundable: 3 });
    expect(uplift.upliftFees).toEqual(decimal("700000"));
    expect(uplift.clawbacks).toEqual(decimal("300"));
  });

  it("pays nothing under a contract without an uplift fee", () => {
    const uplift = upliftFees(null, { billable: 0, refundable: 0 });
    expect(uplift.upliftFees).toEqual(zero);
    expect(uplift.feePerDeclaration).toBeNull();
  });

  it("keeps the fee exact", () => {
    expect(upliftFees("33.33", { billable: 3, refundable: 0 }).upliftFees).toEqual(fraction(9999n, 100n));
  });
});
