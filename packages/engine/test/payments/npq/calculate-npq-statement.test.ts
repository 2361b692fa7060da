import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NpqCourseIdentifier } from "../../../src/npq/reference/courses.ts";
import { calculateStatement } from "../../../src/payments/calculate-statement.ts";
import {
  decimal,
  type Fraction,
  fromInteger,
  multiply,
  negate,
  subtract,
  sum,
} from "../../../src/payments/fraction.ts";
import type { StatementInputError } from "../../../src/payments/input/field-reader.ts";
import { formatAmount } from "../../../src/payments/money.ts";
import type { NpqCourseCalculation, NpqStatementCalculation } from "../../../src/payments/statement-calculation.ts";
import type {
  NpqCourseFeeStructureInput,
  NpqStatementCalculationInput,
} from "../../../src/payments/statement-input.ts";

/** DfE's factory contract template: £800, 60% output over 3 periods, 40% service over 19 instalments, target 72. */
const factoryTerms: NpqCourseFeeStructureInput["terms"] = {
  recruitmentTarget: 72,
  feePerParticipant: "800.00",
  numberOfPaymentPeriods: 3,
  serviceFeeInstallments: 19,
};

function course(
  name: NpqCourseIdentifier,
  overrides: Partial<NpqCourseFeeStructureInput> = {},
): NpqCourseFeeStructureInput {
  return { model: "npq-course", course: name, terms: factoryTerms, declarations: {}, ...overrides };
}

function input(overrides: Partial<NpqStatementCalculationInput> = {}): NpqStatementCalculationInput {
  return { cohort: 2024, statementMonth: "2025-06", feeStructures: [course("npq-leading-literacy")], ...overrides };
}

function calculated(value: NpqStatementCalculationInput): NpqStatementCalculation {
  const outcome = calculateStatement(value);
  if (!outcome.ok) {
    throw new Error(`expected a calculation, got ${JSON.stringify(outcome.failure)}`);
  }
  return outcome.value;
}

function refused(value: unknown): StatementInputError[] {
  const outcome = calculateStatement(value);
  if (outcome.ok) {
    throw new Error("expected the input to be refused");
  }
  return outcome.failure;
}

function only(calculation: NpqStatementCalculation, index = 0): NpqCourseCalculation {
  const fees = calculation.feeStructures[index];
  if (!fees) {
    throw new Error(`no course at ${index}`);
  }
  return fees;
}

describe("calculateStatement for an NPQ statement: output payments (payment rules §6.2)", () => {
  it("pays price x output% / payment periods for every declaration type alike: £800 at 60% over 3 is £160", () => {
    const fees = only(
      calculated(
        input({
          feeStructures: [
            course("npq-leading-literacy", {
              declarations: {
                started: { billable: 3 },
                "retained-1": { billable: 2 },
                completed: { billable: 1, refundable: 1 },
              },
            }),
          ],
        }),
      ),
    );
    expect(fees.outputPaymentPerParticipant).toBe("160.00");
    expect(fees.declarations).toEqual([
      { declarationType: "started", billable: 3, refundable: 0, voided: 0, outputPayment: "480.00", clawbacks: "0.00" },
      {
        declarationType: "retained-1",
        billable: 2,
        refundable: 0,
        voided: 0,
        outputPayment: "320.00",
        clawbacks: "0.00",
      },
      {
        declarationType: "completed",
        billable: 1,
        refundable: 1,
        voided: 0,
        outputPayment: "160.00",
        clawbacks: "-160.00",
      },
    ]);
    expect(fees.totals.outputPayment).toBe("960.00");
    expect(fees.totals.clawbacks).toBe("-160.00");
  });

  it("takes the payment periods and percentages from the course group when left out (payment rules §6.1)", () => {
    const terms = { recruitmentTarget: 10, feePerParticipant: "1000.00", serviceFeeInstallments: 10 };
    const calculation = calculated(
      input({
        feeStructures: [
          course("npq-headship", { terms }),
          course("npq-leading-teaching", { terms }),
          course("npq-early-headship-coaching-offer", { terms }),
        ],
      }),
    );
    expect(calculation.feeStructures.map((fees) => [fees.courseGroup, fees.outputPaymentPerParticipant])).toEqual([
      ["leadership", "150.00"],
      ["specialist", "200.00"],
      ["ehco", "250.00"],
    ]);
    expect(calculation.feeStructures.map((fees) => fees.serviceFee.monthly)).toEqual(["400.00", "400.00", "0.00"]);
  });

  it("pays nothing for outputs when the output percentage is 0", () => {
    const terms = { ...factoryTerms, outputPaymentPercentage: 0 };
    const fees = only(
      calculated(
        input({ feeStructures: [course("npq-headship", { terms, declarations: { started: { billable: 5 } } })] }),
      ),
    );
    expect(fees.outputPaymentPerParticipant).toBe("0.00");
    expect(fees.totals.outputPayment).toBe("0.00");
  });
});

describe("calculateStatement for an NPQ statement: the service fee", () => {
  it("calculates target x price x service% / instalments: 72 x £800 x 40% / 19 = £1,212.63", () => {
    const fees = only(calculated(input()));
    expect(fees.serviceFee).toEqual({
      basis: "recruitment-target",
      monthly: "1212.63",
      perParticipant: "16.84",
      serviceFeePercentage: 40,
      serviceFeeInstallments: 19,
    });
  });

  it("uses an explicit monthly service fee instead, shown per participant over the target: £5,432.10 / 438", () => {
    const terms = { ...factoryTerms, recruitmentTarget: 438, monthlyServiceFee: "5432.10" };
    const fees = only(calculated(input({ feeStructures: [course("npq-leading-literacy", { terms })] })));
    expect(fees.serviceFee.basis).toBe("monthly-service-fee");
    expect(fees.serviceFee.monthly).toBe("5432.10");
    expect(fees.serviceFee.perParticipant).toBe("12.40");
  });

  it("pays an explicit monthly service fee of £0.00 as zero, not the calculated fee", () => {
    const terms = { ...factoryTerms, monthlyServiceFee: "0.00" };
    const fees = only(calculated(input({ feeStructures: [course("npq-leading-literacy", { terms })] })));
    expect(fees.serviceFee.monthly).toBe("0.00");
    expect(fees.totals.courseTotal).toBe("0.00");
  });
});

describe("calculateStatement for an NPQ statement: targeted delivery funding and totals", () => {
  const headship = (statementMonth: string, cohort = 2024, name: NpqCourseIdentifier = "npq-headship") =>
    input({
      cohort,
      statementMonth,
      feeStructures: [
        course(name, {
          terms: { recruitmentTarget: 100, feePerParticipant: "1000.00", serviceFeeInstallments: 12 },
          declarations: { started: { billable: 10, refundable: 1, voided: 2 } },
          targetedDeliveryFunding: { billable: 4, refundable: 1 },
        }),
      ],
    });

  it("adds £100 per eligible start and takes it back with a refunded start, up to October 2025", () => {
    const calculation = calculated(headship("2025-10"));
    const fees = only(calculation);
    expect(fees.targetedDeliveryFunding).toEqual({
      applies: true,
      perParticipant: "100.00",
      billable: 4,
      refundable: 1,
      payment: "400.00",
      clawbacks: "-100.00",
    });
    // £3,333.33 service fee + 10 x £150 - 1 x £150 + 4 x £100 - 1 x £100.
    expect(fees.totals).toEqual({
      outputPayment: "1500.00",
      serviceFee: "3333.33",
      targetedDeliveryFunding: "400.00",
      clawbacks: "-150.00",
      targetedDeliveryFundingClawbacks: "-100.00",
      courseTotal: "4983.33",
    });
    expect(calculation.totals).toEqual({
      outputPayment: "1500.00",
      serviceFee: "3333.33",
      targetedDeliveryFunding: "400.00",
      clawbacks: "-250.00",
      adjustments: "0.00",
      total: "4983.33",
      specialCourses: "0.00",
    });
  });

  it("pays no targeted delivery funding on statements after October 2025", () => {
    const fees = only(calculated(headship("2025-11")));
    expect(fees.targetedDeliveryFunding).toMatchObject({ applies: false, payment: "0.00", clawbacks: "0.00" });
    expect(fees.totals.courseTotal).toBe("4683.33");
  });

  it("pays none for cohorts before 2022, nor for EHCO or ASO", () => {
    expect(only(calculated(headship("2023-03", 2021))).targetedDeliveryFunding.applies).toBe(false);
    expect(only(calculated(headship("2023-03", 2022))).targetedDeliveryFunding.applies).toBe(true);
    expect(
      only(calculated(headship("2023-03", 2022, "npq-early-headship-coaching-offer"))).targetedDeliveryFunding.applies,
    ).toBe(false);
    expect(
      only(calculated(headship("2023-03", 2022, "npq-additional-support-offer"))).targetedDeliveryFunding.applies,
    ).toBe(false);
  });

  it("shows special courses apart and leaves them out of the statement's totals", () => {
    const calculation = calculated(
      input({
        feeStructures: [
          course("npq-leading-literacy", { declarations: { started: { billable: 1 } } }),
          course("npq-leading-primary-mathematics", {
            terms: { ...factoryTerms, specialCourse: true, monthlyServiceFee: "500.00" },
            declarations: { started: { billable: 2 } },
          }),
        ],
        adjustments: [{ description: "Reconciliation", amount: "-12.37" }],
      }),
    );
    expect(calculation.feeStructures.map((fees) => [fees.specialCourse, fees.totals.courseTotal])).toEqual([
      [false, "1372.63"],
      [true, "820.00"],
    ]);
    expect(calculation.totals).toMatchObject({
      outputPayment: "160.00",
      serviceFee: "1212.63",
      adjustments: "-12.37",
      total: "1360.26",
      specialCourses: "820.00",
    });
  });
});

describe("calculateStatement for an NPQ statement: the input reader", () => {
  it("refuses unknown fields, bad decimals and VAT, each with a clear message", () => {
    expect(
      refused({
        ...input(),
        vat: { registered: true },
        feeStructures: [
          {
            ...course("npq-headship"),
            terms: { ...factoryTerms, feePerParticipant: "800.005", serviceFee: 40 },
          },
        ],
      }),
    ).toEqual([
      {
        title: "vat",
        detail: "vat must be left out of an NPQ statement: NPQ statements carry no VAT, their total is net of VAT",
      },
      {
        title: "feeStructures[0].terms.serviceFee",
        detail: expect.stringContaining("feeStructures[0].terms.serviceFee is not a recognised field (expected"),
      },
      {
        title: "feeStructures[0].terms.feePerParticipant",
        detail:
          'feeStructures[0].terms.feePerParticipant must be an amount in pounds written as a string, such as "1000.00" (up to 10 digits before the decimal point and 2 after)',
      },
    ]);
  });

  it("needs the statement's month as YYYY-MM, a known course once each, and only npq-course structures", () => {
    const errors = refused({
      cohort: 2024,
      statementMonth: "2025-13",
      feeStructures: [
        course("npq-headship"),
        course("npq-headship"),
        { ...course("npq-headship"), course: "npq-knitting" },
        { model: "ecf-banded" },
      ],
    });
    expect(errors.map((error) => error.title)).toEqual([
      "statementMonth",
      "feeStructures[1].course",
      "feeStructures[2].course",
      "feeStructures[3].model",
    ]);
    expect(errors[0]?.detail).toBe(
      'statementMonth must be the statement\'s year and month written as "YYYY-MM", such as "2025-10"',
    );
    expect(errors[3]?.detail).toBe(
      'feeStructures[3].model must be "npq-course": an NPQ statement has no ECF fee structures',
    );
  });

  it("refuses more targeted delivery funding starts than started declarations, and terms it would divide by zero", () => {
    expect(
      refused(
        input({
          feeStructures: [
            course("npq-headship", {
              declarations: { started: { billable: 1 } },
              targetedDeliveryFunding: { billable: 2 },
            }),
          ],
        }),
      ),
    ).toEqual([
      {
        title: "feeStructures[0].targetedDeliveryFunding.billable",
        detail:
          "feeStructures[0].targetedDeliveryFunding.billable must not be more than the billable started declarations (1): targeted delivery funding is paid on starts only",
      },
    ]);
    expect(
      refused(
        input({ feeStructures: [course("npq-headship", { terms: { ...factoryTerms, serviceFeeInstallments: 0 } })] }),
      ),
    ).toEqual([
      {
        title: "feeStructures[0].terms.serviceFeeInstallments",
        detail:
          "feeStructures[0].terms.serviceFeeInstallments must be 1 or more when serviceFeePercentage is above 0 and the monthly service fee is calculated",
      },
    ]);
  });

  it("refuses a zero adjustment but, unlike ECF, no limit on its size", () => {
    expect(refused(input({ adjustments: [{ description: "Nothing", amount: "0.00" }] }))).toEqual([
      { title: "adjustments[0].amount", detail: "adjustments[0].amount must not be zero" },
    ]);
    expect(
      calculated(input({ adjustments: [{ description: "Large", amount: "2000000.00" }] })).totals.adjustments,
    ).toBe("2000000.00");
  });
});

describe("calculateStatement for an NPQ statement: any JSON", () => {
  const termKeys = Object.keys({ ...factoryTerms, monthlyServiceFee: null, specialCourse: false });
  it("answers an outcome, never an exception, whatever JSON replaces a field", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("cohort", "statementMonth", "feeStructures", "adjustments", "vat"),
        fc.constantFrom("model", "course", "terms", "declarations", "targetedDeliveryFunding"),
        fc.constantFrom(...termKeys, "targetedDeliveryFundingPerParticipant"),
        fc.jsonValue(),
        fc.nat(2),
        (statementKey, courseKey, termKey, value, where) => {
          const structure = course("npq-headship", { declarations: { started: { billable: 1 } } });
          const replaced =
            where === 0
              ? { ...input(), [statementKey]: value }
              : where === 1
                ? input({ feeStructures: [{ ...structure, [courseKey]: value } as NpqCourseFeeStructureInput] })
                : input({ feeStructures: [{ ...structure, terms: { ...structure.terms, [termKey]: value } }] });
          const outcome = calculateStatement(replaced as unknown);
          expect(typeof outcome.ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("calculateStatement for an NPQ statement: properties", () => {
  const courses = ["npq-headship", "npq-leading-literacy", "npq-senco", "npq-early-headship-coaching-offer"] as const;
  const counts = fc.record({ billable: fc.nat(500), refundable: fc.nat(500), voided: fc.nat(5) });
  const structure = (name: NpqCourseIdentifier) =>
    fc
      .record({
        // Prices in multiples of £12 make every output unit a whole number of pence (periods are 3 or 4).
        price: fc.integer({ min: 1, max: 300 }).map((units) => `${units * 12}.00`),
        monthly: fc.integer({ min: 0, max: 10_000_000 }).map((pence) => formatAmount(fraction100(pence))),
        special: fc.boolean(),
        started: counts,
        retained: counts,
        completed: counts,
        funding: fc.record({ billable: fc.nat(500), refundable: fc.nat(500) }),
      })
      .map(
        (drawn): NpqCourseFeeStructureInput =>
          course(name, {
            terms: {
              recruitmentTarget: 50,
              feePerParticipant: drawn.price,
              serviceFeeInstallments: 12,
              monthlyServiceFee: drawn.monthly,
              specialCourse: drawn.special,
            },
            declarations: { started: drawn.started, "retained-1": drawn.retained, completed: drawn.completed },
            targetedDeliveryFunding: {
              billable: Math.min(drawn.funding.billable, drawn.started.billable),
              refundable: Math.min(drawn.funding.refundable, drawn.started.refundable),
            },
          }),
      );
  const statement = fc
    .record({
      structures: fc.subarray([...courses], { minLength: 1 }).chain((names) => fc.tuple(...names.map(structure))),
      adjustments: fc.array(
        fc.integer({ min: -100_000_000, max: 100_000_000 }).filter((pence) => pence !== 0),
        { maxLength: 3 },
      ),
      statementMonth: fc.constantFrom("2024-12", "2025-10", "2025-11", "2026-03"),
    })
    .map(
      (drawn): NpqStatementCalculationInput =>
        input({
          statementMonth: drawn.statementMonth,
          feeStructures: drawn.structures,
          adjustments: drawn.adjustments.map((pence, index) => ({
            description: `Adjustment ${index}`,
            amount: formatAmount(fraction100(pence)),
          })),
        }),
    );

  it("totals the courses that are not special plus the adjustments", () => {
    fc.assert(
      fc.property(statement, (value) => {
        const calculation = calculated(value);
        const paid = calculation.feeStructures.filter((fees) => !fees.specialCourse);
        const expected = sum([
          ...paid.map((fees) => decimal(fees.totals.courseTotal)),
          ...calculation.adjustments.map((adjustment) => decimal(adjustment.amount)),
        ]);
        expect(calculation.totals.total).toBe(formatAmount(expected));
      }),
      { numRuns: 200 },
    );
  });

  it("never takes back more for a refunded declaration than a paid one of the same type earns", () => {
    fc.assert(
      fc.property(statement, (value) => {
        for (const fees of calculated(value).feeStructures) {
          const unit = decimal(fees.outputPaymentPerParticipant);
          for (const type of fees.declarations) {
            expect(type.outputPayment).toBe(formatAmount(times(type.billable, unit)));
            expect(type.clawbacks).toBe(formatAmount(negate(times(type.refundable, unit))));
          }
          const funding = fees.targetedDeliveryFunding;
          const refunded = subtract(decimal(funding.payment), negate(decimal(funding.clawbacks)));
          const perStart = decimal(funding.perParticipant);
          expect(formatAmount(refunded)).toBe(
            formatAmount(funding.applies ? times(funding.billable - funding.refundable, perStart) : fromInteger(0)),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

function times(count: number, unit: Fraction): Fraction {
  return multiply(fromInteger(count), unit);
}

function fraction100(pence: number): Fraction {
  return multiply(fromInteger(pence), decimal("0.01"));
}
