import { describe, expect, it } from "vitest";
import { calculateMentorFlatRateFees } from "../../../src/payments/ecf/mentor-flat-rate-fees.ts";
import { decimal } from "../../../src/payments/fraction.ts";

describe("mentor flat rate", () => {
  it("pays £500 for a start and £500 for a completion at £1,000", () => {
    const fees = calculateMentorFlatRateFees(
      { feePerDeclaration: "1000.00", recruitmentTarget: 100 },
      { started: { billable: 1, refundable: 0, voided: 0 }, completed: { billable: 1, refundable: 0, voided: 0 } },
    );
    expect(fees.declarationTypes.map((type) => type.unitFee)).toEqual([decimal("500"), decimal("500")]);
    expect(fees.outputPayment).toEqual(decimal("1000"));
    expect(fees.subtotal).toEqual(decimal("1000"));
  });

  it("takes clawbacks off at the same rate, and is not capped by the recruitment target", () => {
    const fees = calculateMentorFlatRateFees(
      { feePerDeclaration: "999.99", recruitmentTarget: 1 },
      { started: { billable: 3, refundable: 1, voided: 2 }, completed: { billable: 0, refundable: 2, voided: 0 } },
    );
    expect(fees.outputPayment).toEqual(decimal("1499.985"));
    expect(fees.clawbacks).toEqual(decimal("1499.985"));
    expect(fees.subtotal).toEqual(decimal("0"));
    expect(fees.declarationTypes[0]?.voided).toBe(2);
  });
});
