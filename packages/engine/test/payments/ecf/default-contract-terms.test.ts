import { describe, expect, it } from "vitest";
import { calculateStatement } from "../../../src/payments/calculate-statement.ts";
import { type ContractTermsOptions, defaultContractTerms } from "../../../src/payments/ecf/default-contract-terms.ts";
import { ecfStatementInput } from "../../../src/payments/ecf/ecf-statement-input.ts";
import { readContractTerms } from "../../../src/payments/ecf/read-contract-terms.ts";
import type { StatementCounts } from "../../../src/payments/ecf/statement-counts.ts";
import { expectOk } from "../../support/expect-failure.ts";

const defaults = (options: ContractTermsOptions) => expectOk(defaultContractTerms(options));

const noCounts = (flatRate: boolean): StatementCounts => ({
  banded: Object.fromEntries(
    [
      "started",
      "retained-1",
      "retained-2",
      "retained-3",
      "retained-4",
      "completed",
      "extended-1",
      "extended-2",
      "extended-3",
    ].map((type) => [type, { previousBillable: 0, previousRefundable: 0, billable: 0, refundable: 0, voided: 0 }]),
  ) as StatementCounts["banded"],
  uplifts: { billable: 0, refundable: 0 },
  mentorFlatRate: flatRate
    ? { started: { billable: 0, refundable: 0, voided: 0 }, completed: { billable: 0, refundable: 0, voided: 0 } }
    : null,
});

describe("defaultContractTerms", () => {
  it("has bands A 1-2,000, B 2,001-4,000 and C 4,001-6,000 at 60% output", () => {
    const terms = defaults({ cohort: 2024 });
    expect(
      terms.banded.bands.map((band) => [
        band.capacity,
        band.feePerDeclaration,
        band.outputFeeRatio,
        band.serviceFeeRatio,
      ]),
    ).toEqual([
      [2000, "1000.00", "0.60", "0.40"],
      [2000, "950.00", "0.60", "0.40"],
      [2000, "900.00", "0.60", "0.40"],
    ]);
    expect(terms.vat).toEqual({ registered: true, rate: "0.20" });
    expect(terms.banded).toMatchObject({ recruitmentTarget: 2000, setupFee: "0.00", monthlyServiceFee: null });
  });

  it("has uplift fees up to the 2024 cohort and a mentor flat rate from 2025", () => {
    for (const cohort of [2021, 2022, 2023, 2024]) {
      const terms = defaults({ cohort });
      expect(terms.banded.upliftFeePerDeclaration).toBe("100.00");
      expect(terms.mentorFlatRate).toBeNull();
    }
    for (const cohort of [2025, 2026]) {
      const terms = defaults({ cohort });
      expect(terms.banded.upliftFeePerDeclaration).toBeNull();
      expect(terms.mentorFlatRate).toEqual({ feePerDeclaration: "1000.00", recruitmentTarget: 2000 });
    }
  });

  it("makes terms the calculator accepts for every cohort", () => {
    for (const cohort of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const terms = defaults({ cohort });
      expect(readContractTerms(terms)).toEqual({ ok: true, value: terms });
      const input = expectOk(ecfStatementInput(terms, noCounts(terms.mentorFlatRate !== null)));
      expect(calculateStatement(input).ok).toBe(true);
    }
  });

  it("takes overrides", () => {
    const terms = defaults({
      cohort: 2025,
      vat: { registered: false },
      banded: { monthlyServiceFee: "1234.56", setupFee: "5000.00" },
      mentorFlatRate: { feePerDeclaration: "1200.00" },
    });
    expect(terms.vat).toEqual({ registered: false, rate: "0.20" });
    expect(terms.banded).toMatchObject({ monthlyServiceFee: "1234.56", setupFee: "5000.00", recruitmentTarget: 2000 });
    expect(terms.mentorFlatRate).toEqual({ feePerDeclaration: "1200.00", recruitmentTarget: 2000 });
    expect(defaults({ cohort: 2025, mentorFlatRate: null }).mentorFlatRate).toBeNull();
  });

  it("refuses overrides that make invalid terms, saying why", () => {
    expect(defaultContractTerms({ cohort: 2024, mentorFlatRate: {} })).toEqual({
      ok: false,
      failure: [
        {
          title: "mentorFlatRate",
          detail: "mentorFlatRate must be null for the 2024 cohort: mentors are paid a flat rate from the 2025 cohort",
        },
      ],
    });
    expect(defaultContractTerms({ cohort: 2024, banded: { bands: [] } })).toEqual({
      ok: false,
      failure: [{ title: "banded.bands", detail: "banded.bands must have from 1 to 26 entries" }],
    });
    expect(defaultContractTerms({ cohort: 2019 })).toEqual({
      ok: false,
      failure: [{ title: "cohort", detail: "cohort must be a whole number, from 2021 to 2100" }],
    });
  });
});

describe("ecfStatementInput", () => {
  it("refuses counts made for the other kind of contract", () => {
    const refusal = {
      ok: false,
      failure: [
        {
          title: "counts.mentorFlatRate",
          detail:
            "counts.mentorFlatRate does not match the contract: count declarations with mentorsOnFlatRate set exactly when the contract has a mentor flat rate",
        },
      ],
    };
    expect(ecfStatementInput(defaults({ cohort: 2025 }), noCounts(false))).toEqual(refusal);
    expect(ecfStatementInput(defaults({ cohort: 2024 }), noCounts(true))).toEqual(refusal);
  });
});
