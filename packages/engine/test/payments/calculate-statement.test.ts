import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateStatement } from "../../src/payments/calculate-statement.ts";
import type {
  EcfBandedCalculation,
  EcfMentorFlatRateCalculation,
  StatementCalculation,
} from "../../src/payments/statement-calculation.ts";
import { isNpqStatementCalculation } from "../../src/payments/statement-calculation.ts";
import type { EcfBandedFeeStructureInput, StatementCalculationInput } from "../../src/payments/statement-input.ts";

const bands = [
  { capacity: 2000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
  { capacity: 2000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
  { capacity: 2000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
];

function banded(overrides: Partial<EcfBandedFeeStructureInput> = {}): EcfBandedFeeStructureInput {
  return {
    model: "ecf-banded",
    terms: { bands, recruitmentTarget: 0, upliftFeePerDeclaration: "100.00", monthlyServiceFee: "0.00" },
    declarations: {},
    ...overrides,
  };
}

function input(overrides: Partial<StatementCalculationInput> = {}): StatementCalculationInput {
  return { cohort: 2024, vat: { registered: true }, feeStructures: [banded()], ...overrides };
}

function calculated(value: unknown): StatementCalculation {
  const outcome = calculateStatement(value);
  if (!outcome.ok) {
    throw new Error(`expected a calculation, got ${JSON.stringify(outcome.failure)}`);
  }
  if (isNpqStatementCalculation(outcome.value)) {
    throw new Error("expected an ECF calculation");
  }
  return outcome.value;
}

function bandedOf(calculation: StatementCalculation): EcfBandedCalculation {
  const fees = calculation.feeStructures.find((structure) => structure.model === "ecf-banded");
  if (fees?.model !== "ecf-banded") {
    throw new Error("no banded fee structure");
  }
  return fees;
}

function errorsOf(value: unknown) {
  const outcome = calculateStatement(value);
  if (outcome.ok) {
    throw new Error("expected errors");
  }
  return outcome.failure;
}

describe("calculateStatement: the worked examples", () => {
  it("bands 2,100 earlier and 2,000 current starts as A 0, B 1,900, C 100", () => {
    const calculation = calculated(
      input({ feeStructures: [banded({ declarations: { started: { previousBillable: 2100, billable: 2000 } } })] }),
    );
    const started = bandedOf(calculation).declarations[0];
    expect(started?.bands.map((band) => band.billable)).toEqual([0, 1900, 100]);
    expect(started?.bands.map((band) => band.previousBillable)).toEqual([2000, 100, 0]);
    expect(started?.outputPayment).toBe("240000.00");
    expect(calculation.totals.outputPayment).toBe("240000.00");
  });

  it("pays £120 per start, £90 per retained, £120 per completion and £90 per extension at £1,000", () => {
    const declarations = Object.fromEntries(
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
      ].map((type) => [type, { billable: 1 }]),
    );
    const calculation = calculated(input({ feeStructures: [banded({ declarations })] }));
    expect(bandedOf(calculation).declarations.map((type) => [type.declarationType, type.outputPayment])).toEqual([
      ["started", "120.00"],
      ["retained-1", "90.00"],
      ["retained-2", "90.00"],
      ["retained-3", "90.00"],
      ["retained-4", "90.00"],
      ["completed", "120.00"],
      ["extended-1", "90.00"],
      ["extended-2", "90.00"],
      ["extended-3", "90.00"],
    ]);
    expect(calculation.totals.outputPayment).toBe("870.00");
  });

  it("pays a £1,000 mentor £500 for starting and £500 for completing", () => {
    const calculation = calculated(
      input({
        cohort: 2025,
        feeStructures: [
          banded({ terms: { bands, recruitmentTarget: 0, monthlyServiceFee: "0.00" } }),
          {
            model: "ecf-mentor-flat-rate",
            terms: { feePerDeclaration: "1000.00", recruitmentTarget: 10 },
            declarations: { started: { billable: 1 }, completed: { billable: 1 } },
          },
        ],
      }),
    );
    const mentors = calculation.feeStructures[1] as EcfMentorFlatRateCalculation;
    expect(
      mentors.declarations.map((type) => [type.declarationType, type.proportion, type.unitFee, type.outputPayment]),
    ).toEqual([
      ["started", "0.50", "500.00", "500.00"],
      ["completed", "0.50", "500.00", "500.00"],
    ]);
    expect(calculation.totals).toMatchObject({
      outputPayment: "1000.00",
      subtotal: "1000.00",
      vat: "200.00",
      total: "1200.00",
    });
  });
});

describe("calculateStatement: totals, VAT and rounding", () => {
  it("gives an empty statement with no service fee a total of zero", () => {
    const calculation = calculated(input());
    expect(calculation.totals).toEqual({
      outputPayment: "0.00",
      upliftFees: "0.00",
      serviceFee: "0.00",
      clawbacks: "0.00",
      adjustments: "0.00",
      subtotal: "0.00",
      vat: "0.00",
      total: "0.00",
    });
    expect(calculation.adjustments).toEqual([]);
    expect(bandedOf(calculation).declarations).toEqual([]);
  });

  it("adds VAT at the contract's rate for a VAT-registered provider, on adjustments too", () => {
    const calculation = calculated(
      input({
        vat: { registered: true, rate: "0.175" },
        feeStructures: [banded({ declarations: { started: { billable: 10 } } })],
        adjustments: [{ description: "Late start, agreed with DfE", amount: "80.00" }],
      }),
    );
    expect(calculation.vat).toEqual({ registered: true, rate: "0.175", applicableRate: "0.175" });
    expect(calculation.totals).toMatchObject({
      adjustments: "80.00",
      subtotal: "1280.00",
      vat: "224.00",
      total: "1504.00",
    });
  });

  it("adds no VAT for a provider that is not VAT-registered", () => {
    const calculation = calculated(
      input({ vat: { registered: false }, feeStructures: [banded({ declarations: { started: { billable: 10 } } })] }),
    );
    expect(calculation.vat).toEqual({ registered: false, rate: "0.20", applicableRate: "0.00" });
    expect(calculation.totals).toMatchObject({ subtotal: "1200.00", vat: "0.00", total: "1200.00" });
  });

  it("shows clawbacks as negative amounts and takes them off the total", () => {
    const calculation = calculated(
      input({
        feeStructures: [
          banded({
            declarations: { started: { previousBillable: 2050, refundable: 60 } },
            uplifts: { refundable: 2 },
          }),
        ],
      }),
    );
    const started = bandedOf(calculation).declarations[0];
    expect(started?.bands.map((band) => [band.band, band.refundable, band.clawbacks])).toEqual([
      ["A", 10, "-1200.00"],
      ["B", 50, "-6000.00"],
      ["C", 0, "0.00"],
    ]);
    expect(bandedOf(calculation).uplift.clawbacks).toBe("-200.00");
    expect(calculation.totals).toMatchObject({ clawbacks: "-7400.00", subtotal: "-7400.00", total: "-8880.00" });
  });

  it("reports refunds that exceed the bands and billables beyond the last band, and pays neither", () => {
    const calculation = calculated(
      input({
        feeStructures: [
          banded({
            declarations: {
              started: { previousBillable: 5990, billable: 25, refundable: 0 },
              completed: { refundable: 4, voided: 3 },
            },
          }),
        ],
      }),
    );
    const [started, completed] = bandedOf(calculation).declarations;
    expect(started).toMatchObject({ billableBeyondCapacity: 15, outputPayment: "1200.00" });
    expect(completed).toMatchObject({ refundableUnmatched: 4, voided: 3, clawbacks: "0.00" });
  });

  it("rounds every shown figure from the exact amount, not from other rounded figures", () => {
    // 0.2 x 0.25 x £2.50 = £0.125 a start or completion: each row shows £0.13, together they are £0.25.
    const calculation = calculated(
      input({
        vat: { registered: false },
        feeStructures: [
          banded({
            terms: {
              bands: [{ capacity: 10, feePerDeclaration: "2.50", outputFeeRatio: "0.25", serviceFeeRatio: "0.75" }],
              recruitmentTarget: 0,
              monthlyServiceFee: "0.00",
            },
            declarations: { started: { billable: 1 }, completed: { billable: 1 } },
          }),
        ],
      }),
    );
    expect(bandedOf(calculation).declarations.map((type) => type.outputPayment)).toEqual(["0.13", "0.13"]);
    expect(bandedOf(calculation).declarations[0]?.bands[0]?.unitFee).toBe("0.13");
    expect(calculation.totals.outputPayment).toBe("0.25");
    expect(calculation.totals.total).toBe("0.25");
  });

  it("takes VAT on the unrounded subtotal", () => {
    // Service fee 2,000 x £1,000 x 0.40 / 29 = £27,586.2068...; VAT £5,517.2413...; total £33,103.4482...
    const calculation = calculated(input({ feeStructures: [banded({ terms: { bands, recruitmentTarget: 2000 } })] }));
    expect(calculation.totals).toMatchObject({
      serviceFee: "27586.21",
      subtotal: "27586.21",
      vat: "5517.24",
      total: "33103.45",
    });
    expect(bandedOf(calculation).serviceFee).toEqual({
      basis: "recruitment-target",
      monthly: "27586.21",
      recruitmentTarget: 2000,
      bands: [
        { band: "A", participants: 2000, amount: "800000.00" },
        { band: "B", participants: 0, amount: "0.00" },
        { band: "C", participants: 0, amount: "0.00" },
      ],
      setupFee: "0.00",
      setupFeeDeduction: "0.00",
      numberOfPayments: 29,
    });
  });

  it("deducts the set-up fee inside the service fee and never pays it as a line", () => {
    const calculation = calculated(
      input({ feeStructures: [banded({ terms: { bands, recruitmentTarget: 1000, setupFee: "29000.00" } })] }),
    );
    // (1,000 x 1,000 x 0.40 - 1,000 / 2,000 x 29,000) / 29 = 385,500 / 29 = 13,293.1034...
    expect(calculation.totals.serviceFee).toBe("13293.10");
    expect(bandedOf(calculation).serviceFee).toMatchObject({ setupFee: "29000.00", setupFeeDeduction: "14500.00" });
  });

  it("uses an explicit monthly service fee instead of the calculated one", () => {
    const calculation = calculated(
      input({ feeStructures: [banded({ terms: { bands, recruitmentTarget: 2000, monthlyServiceFee: "15000.50" } })] }),
    );
    expect(bandedOf(calculation).serviceFee).toEqual({ basis: "monthly-service-fee", monthly: "15000.50" });
    expect(calculation.totals.serviceFee).toBe("15000.50");
  });

  it("pays uplift fees for an eligible cohort, unbanded", () => {
    const calculation = calculated(
      input({
        feeStructures: [
          banded({ declarations: { started: { previousBillable: 6000, billable: 5 } }, uplifts: { billable: 5 } }),
        ],
      }),
    );
    expect(bandedOf(calculation).uplift).toEqual({
      feePerDeclaration: "100.00",
      billable: 5,
      refundable: 0,
      upliftFees: "500.00",
      clawbacks: "0.00",
    });
    expect(calculation.totals).toMatchObject({ outputPayment: "0.00", upliftFees: "500.00" });
  });

  it("describes the bands", () => {
    expect(bandedOf(calculated(input())).bands).toEqual([
      {
        band: "A",
        from: 1,
        to: 2000,
        capacity: 2000,
        feePerDeclaration: "1000.00",
        outputFeeRatio: "0.60",
        serviceFeeRatio: "0.40",
      },
      {
        band: "B",
        from: 2001,
        to: 4000,
        capacity: 2000,
        feePerDeclaration: "1000.00",
        outputFeeRatio: "0.60",
        serviceFeeRatio: "0.40",
      },
      {
        band: "C",
        from: 4001,
        to: 6000,
        capacity: 2000,
        feePerDeclaration: "1000.00",
        outputFeeRatio: "0.60",
        serviceFeeRatio: "0.40",
      },
    ]);
  });

  it("returns plain JSON", () => {
    const calculation = calculated(
      input({
        feeStructures: [banded({ declarations: { started: { billable: 3 } } })],
        adjustments: [{ description: "x", amount: "1" }],
      }),
    );
    expect(JSON.parse(JSON.stringify(calculation))).toEqual(calculation);
  });
});

describe("calculateStatement: bad input", () => {
  const cases: [string, unknown, string, string][] = [
    ["not an object", "{}", "input", "The input must be an object"],
    ["null", null, "input", "The input must be an object"],
    [
      "no cohort",
      { ...input(), cohort: undefined },
      "cohort",
      "cohort is required and must be the cohort's start year",
    ],
    [
      "a cohort before 2021",
      input({ cohort: 2020 }),
      "cohort",
      "must be the cohort's start year as a number from 2021",
    ],
    ["a cohort as a string", { ...input(), cohort: "2024" }, "cohort", "must be the cohort's start year"],
    [
      "a misspelt field",
      { ...input(), adjustment: [] },
      "adjustment",
      'adjustment is not a recognised field (expected "cohort"',
    ],
    [
      "no VAT registration",
      input({ vat: {} as never }),
      "vat.registered",
      "vat.registered is required and must be true or false",
    ],
    [
      "a VAT rate above 1",
      input({ vat: { registered: true, rate: "1.5" } }),
      "vat.rate",
      'must be a decimal written as a string from "0" to "1"',
    ],
    [
      "a VAT rate as a number",
      { ...input(), vat: { registered: true, rate: 0.2 } },
      "vat.rate",
      "must be a decimal written as a string",
    ],
    ["no fee structures", input({ feeStructures: [] }), "feeStructures", "must have from 1 to 10 entries"],
    [
      "an unknown model",
      input({ feeStructures: [{ model: "npq" } as never] }),
      "feeStructures[0].model",
      'must be one of "ecf-banded", "ecf-mentor-flat-rate"',
    ],
    [
      "two banded structures",
      input({ feeStructures: [banded(), banded()] }),
      "feeStructures",
      'exactly one fee structure with model "ecf-banded"',
    ],
    [
      "only a flat rate",
      input({
        cohort: 2025,
        feeStructures: [
          {
            model: "ecf-mentor-flat-rate",
            terms: { feePerDeclaration: "1000.00", recruitmentTarget: 1 },
            declarations: {},
          },
        ],
      }),
      "feeStructures",
      'exactly one fee structure with model "ecf-banded"',
    ],
    [
      "a flat rate before 2025",
      input({
        feeStructures: [
          banded(),
          {
            model: "ecf-mentor-flat-rate",
            terms: { feePerDeclaration: "1000.00", recruitmentTarget: 1 },
            declarations: {},
          },
        ],
      }),
      "feeStructures[1].model",
      "mentors are paid a flat rate from the 2025 cohort",
    ],
    [
      "no bands",
      input({ feeStructures: [banded({ terms: { bands: [], recruitmentTarget: 0 } })] }),
      "feeStructures[0].terms.bands",
      "must have from 1 to 26 entries",
    ],
    [
      "a band of no capacity",
      input({
        feeStructures: [banded({ terms: { bands: [{ ...bands[0], capacity: 0 } as never], recruitmentTarget: 0 } })],
      }),
      "feeStructures[0].terms.bands[0].capacity",
      "must be a whole number, 1 or more",
    ],
    [
      "a fractional capacity",
      input({
        feeStructures: [banded({ terms: { bands: [{ ...bands[0], capacity: 1.5 } as never], recruitmentTarget: 0 } })],
      }),
      "feeStructures[0].terms.bands[0].capacity",
      "must be a whole number",
    ],
    [
      "a price as a number",
      input({
        feeStructures: [
          banded({ terms: { bands: [{ ...bands[0], feePerDeclaration: 1000 } as never], recruitmentTarget: 0 } }),
        ],
      }),
      "feeStructures[0].terms.bands[0].feePerDeclaration",
      'must be an amount in pounds written as a string, such as "1000.00"',
    ],
    [
      "a price in fractions of a penny",
      input({
        feeStructures: [
          banded({ terms: { bands: [{ ...bands[0], feePerDeclaration: "1000.001" } as never], recruitmentTarget: 0 } }),
        ],
      }),
      "feeStructures[0].terms.bands[0].feePerDeclaration",
      "2 after",
    ],
    [
      "a negative price",
      input({
        feeStructures: [
          banded({ terms: { bands: [{ ...bands[0], feePerDeclaration: "-1.00" } as never], recruitmentTarget: 0 } }),
        ],
      }),
      "feeStructures[0].terms.bands[0].feePerDeclaration",
      "must not be negative",
    ],
    [
      "ratios not adding up to 1",
      input({
        feeStructures: [
          banded({ terms: { bands: [{ ...bands[0], outputFeeRatio: "0.7" } as never], recruitmentTarget: 0 } }),
        ],
      }),
      "feeStructures[0].terms.bands[0]",
      "must have an outputFeeRatio and a serviceFeeRatio that add up to exactly 1",
    ],
    [
      "a negative recruitment target",
      input({ feeStructures: [banded({ terms: { bands, recruitmentTarget: -1 } })] }),
      "feeStructures[0].terms.recruitmentTarget",
      "must be a whole number, 0 or more",
    ],
    [
      "a null set-up fee",
      input({ feeStructures: [banded({ terms: { bands, recruitmentTarget: 0, setupFee: null as never } })] }),
      "feeStructures[0].terms.setupFee",
      "must be an amount in pounds",
    ],
    [
      "a negative count",
      input({ feeStructures: [banded({ declarations: { started: { billable: -1 } } })] }),
      "feeStructures[0].declarations.started.billable",
      "must be a whole number, 0 or more",
    ],
    [
      "an unknown declaration type",
      input({ feeStructures: [banded({ declarations: { "retained-5": {} } as never })] }),
      'feeStructures[0].declarations["retained-5"]',
      "is not a recognised field",
    ],
    [
      "an unknown counter",
      input({ feeStructures: [banded({ declarations: { started: { paid: 1 } as never } })] }),
      "feeStructures[0].declarations.started.paid",
      "is not a recognised field",
    ],
    [
      "uplifts from 2025",
      input({
        cohort: 2025,
        feeStructures: [banded({ declarations: { started: { billable: 1 } }, uplifts: { billable: 1 } })],
      }),
      "feeStructures[0].uplifts",
      "uplift fees apply to the 2021 to 2024 cohorts only",
    ],
    [
      "uplifts without an uplift fee",
      input({
        feeStructures: [
          banded({
            terms: { bands, recruitmentTarget: 0 },
            declarations: { started: { billable: 1 } },
            uplifts: { billable: 1 },
          }),
        ],
      }),
      "feeStructures[0].uplifts",
      "the terms have no upliftFeePerDeclaration",
    ],
    [
      "more uplifts than starts",
      input({ feeStructures: [banded({ declarations: { started: { billable: 1 } }, uplifts: { billable: 2 } })] }),
      "feeStructures[0].uplifts.billable",
      "must not be more than the billable started declarations (1)",
    ],
    [
      "a zero adjustment",
      input({ adjustments: [{ description: "x", amount: "0.00" }] }),
      "adjustments[0].amount",
      "must not be zero",
    ],
    [
      "an adjustment over £1,000,000",
      input({ adjustments: [{ description: "x", amount: "1000000.01" }] }),
      "adjustments[0].amount",
      'from "-1000000.00" to "1000000.00"',
    ],
    [
      "a blank adjustment description",
      input({ adjustments: [{ description: " ", amount: "1.00" }] }),
      "adjustments[0].description",
      "must be a non-blank string",
    ],
    [
      "a flat rate count for retained",
      input({
        cohort: 2025,
        feeStructures: [
          banded({ terms: { bands, recruitmentTarget: 0 } }),
          {
            model: "ecf-mentor-flat-rate",
            terms: { feePerDeclaration: "1000.00", recruitmentTarget: 1 },
            declarations: { "retained-1": { billable: 1 } } as never,
          },
        ],
      }),
      'feeStructures[1].declarations["retained-1"]',
      'expected "started", "completed"',
    ],
  ];

  it.each(cases)("explains %s", (_name, value, title, detail) => {
    const errors = errorsOf(value);
    expect(errors).toContainEqual({ title, detail: expect.stringContaining(detail) });
  });

  it("reports every problem at once", () => {
    const errors = errorsOf({
      cohort: 1999,
      vat: { registered: "yes" },
      feeStructures: [banded({ terms: { bands, recruitmentTarget: -5 } })],
    });
    expect(errors.map((error) => error.title)).toEqual([
      "cohort",
      "vat.registered",
      "feeStructures[0].terms.recruitmentTarget",
    ]);
  });

  it("does not read inherited properties", () => {
    const errors = errorsOf(
      JSON.parse(
        '{"cohort":2024,"vat":{"registered":true},"feeStructures":[{"model":"ecf-banded","terms":{"bands":[],"recruitmentTarget":0},"declarations":{"__proto__":{"billable":1},"constructor":{}}}]}',
      ),
    );
    expect(errors.map((error) => error.title)).toContain("feeStructures[0].declarations.constructor");
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = calculateStatement(value);
        expect(outcome.ok).toBe(false);
      }),
    );
    const valid = input({
      feeStructures: [banded({ declarations: { started: { billable: 1 } }, uplifts: { billable: 1 } })],
    });
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("cohort", "vat", "feeStructures", "adjustments"), (value, key) => {
        const outcome = calculateStatement({ ...valid, [key]: value });
        expect(typeof outcome.ok).toBe("boolean");
      }),
    );
  });

  it("never throws when any one nested field holds anything", () => {
    const valid = input({
      cohort: 2025,
      feeStructures: [
        banded({ terms: { bands, recruitmentTarget: 10 }, declarations: { started: { billable: 1 } } }),
        {
          model: "ecf-mentor-flat-rate",
          terms: { feePerDeclaration: "1000.00", recruitmentTarget: 1 },
          declarations: {},
        },
      ],
      adjustments: [{ description: "x", amount: "1.00" }],
    });
    const paths = [
      ["vat", "rate"],
      ["feeStructures", 0],
      ["feeStructures", 0, "model"],
      ["feeStructures", 0, "terms"],
      ["feeStructures", 0, "terms", "bands"],
      ["feeStructures", 0, "terms", "bands", 0],
      ["feeStructures", 0, "terms", "bands", 0, "outputFeeRatio"],
      ["feeStructures", 0, "terms", "monthlyServiceFee"],
      ["feeStructures", 0, "declarations"],
      ["feeStructures", 0, "declarations", "started"],
      ["feeStructures", 0, "declarations", "started", "billable"],
      ["feeStructures", 0, "uplifts"],
      ["feeStructures", 1, "terms"],
      ["feeStructures", 1, "declarations", "completed"],
      ["adjustments", 0],
      ["adjustments", 0, "amount"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const mutated = structuredClone(valid) as unknown as Record<string | number, unknown>;
        let parent = mutated;
        for (const key of path.slice(0, -1)) {
          parent = parent[key] as Record<string | number, unknown>;
        }
        parent[path.at(-1) ?? ""] = value;
        const outcome = calculateStatement(mutated);
        expect(typeof outcome.ok).toBe("boolean");
        if (outcome.ok) {
          expect(JSON.parse(JSON.stringify(outcome.value))).toEqual(outcome.value);
        } else {
          expect(outcome.failure.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
