import { describe, expect, it } from "vitest";
import { decimal, fraction, zero } from "../../src/payments/fraction.ts";
import { applicableVatRate, vatOn } from "../../src/payments/vat.ts";

describe("VAT", () => {
  it("charges the contract's rate to a VAT-registered provider", () => {
    expect(applicableVatRate({ registered: true, rate: "0.20" })).toEqual(decimal("0.2"));
    expect(vatOn(decimal("1000"), { registered: true, rate: "0.20" })).toEqual(decimal("200"));
  });

  it("charges nothing to a provider that is not VAT-registered", () => {
    expect(applicableVatRate({ registered: false, rate: "0.20" })).toEqual(zero);
    expect(vatOn(decimal("1000"), { registered: false, rate: "0.20" })).toEqual(zero);
  });

  it("takes VAT on the unrounded subtotal", () => {
    expect(vatOn(fraction(60000n, 29n), { registered: true, rate: "0.20" })).toEqual(fraction(12000n, 29n));
  });
});
