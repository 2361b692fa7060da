/**
 * Statements' money computed from the store (`statementPayments`), driven only through commands: submit, funding
 * eligibility, mark payable, authorise payment, void and clawback. Every figure is worked out by hand in the
 * comments.
 */
import { describe, expect, it } from "vitest";
import { FINANCE_MESSAGES } from "../../src/messages/finance.ts";
import type { Statement } from "../../src/model/statement.ts";
import { worldData, worldFromData } from "../../src/model/world.ts";
import type { ContractTerms } from "../../src/payments/ecf/contract-terms.ts";
import { defaultContractTerms } from "../../src/payments/ecf/default-contract-terms.ts";
import type { EcfBandedCalculation, EcfMentorFlatRateCalculation } from "../../src/payments/statement-calculation.ts";
import { statementPayments } from "../../src/queries/statement-payments.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

/**
 * 2025 terms small enough to fill by hand: bands of 2, 2 and 1 at £1,000, £800 and £500 with 60% output, so a
 * start earns £120 in band A, £96 in band B and £60 in band C; a £290 monthly service fee; mentors at £1,000 (£500
 * a start); VAT at 20%.
 */
const smallTerms2025: ContractTerms = expectOk(
  defaultContractTerms({
    cohort: 2025,
    banded: {
      bands: [
        { capacity: 2, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
        { capacity: 2, feePerDeclaration: "800.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
        { capacity: 1, feePerDeclaration: "500.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" },
      ],
      recruitmentTarget: 4,
      monthlyServiceFee: "290.00",
    },
    mentorFlatRate: { feePerDeclaration: "1000.00", recruitmentTarget: 10 },
  }),
);

function payments(s: Scenario, statementId: string) {
  return expectOk(statementPayments(s.world, statementId));
}

function banded(s: Scenario, statementId: string): EcfBandedCalculation {
  return payments(s, statementId).calculation.feeStructures[0] as EcfBandedCalculation;
}

function startedBands(s: Scenario, statementId: string) {
  const started = banded(s, statementId).declarations.find((type) => type.declarationType === "started");
  return started?.bands.map(({ band, previousBillable, billable, refundable, outputPayment, clawbacks }) => ({
    band,
    previousBillable,
    billable,
    refundable,
    outputPayment,
    clawbacks,
  }));
}

/** Ambition's 2025 world: November (output), December (service fee) and January (output) statements. */
function world2025() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const { statements } = s.must({
    type: "createContractAndStatements",
    leadProviderId: AMBITION,
    cohortYear: 2025,
    terms: smallTerms2025,
  });
  const at = (month: number, year: number) =>
    statements.find((statement) => statement.month === month && statement.year === year) as Statement;
  return { s, november: at(11, 2025), december: at(12, 2025), january: at(1, 2026) };
}

describe("statementPayments", () => {
  it("pays this statement's starts at the bands left by earlier statements, and claws back a voided paid start", () => {
    const { s, november, december, january } = world2025();
    const [e1, e2, e3] = [s.participant(), s.participant(), s.participant()];
    const first = s.declare(e1, "started", "2025-10-01T10:00:00Z");
    s.declare(e2, "started", "2025-10-02T10:00:00Z");
    s.declare(e3, "started", "2025-10-03T10:00:00Z");
    const mentor = s.participant({ role: "mentor" });
    s.declare(mentor, "started", "2025-10-04T10:00:00Z", { courseIdentifier: "ecf-mentor" });
    expect(first.statementId).toBe(november.id);

    // November: 3 ECT starts fill A (2 x £120) and B (1 x £96) = £336; the mentor's start £500; service fee £290.
    // Subtotal £1,126.00, VAT £225.20, total £1,351.20.
    const novemberTotals = {
      outputPayment: "836.00",
      upliftFees: "0.00",
      serviceFee: "290.00",
      clawbacks: "0.00",
      adjustments: "0.00",
      subtotal: "1126.00",
      vat: "225.20",
      total: "1351.20",
    };
    expect(payments(s, november.id).calculation.totals).toEqual(novemberTotals);
    expect(startedBands(s, november.id)).toEqual([
      { band: "A", previousBillable: 0, billable: 2, refundable: 0, outputPayment: "240.00", clawbacks: "0.00" },
      { band: "B", previousBillable: 0, billable: 1, refundable: 0, outputPayment: "96.00", clawbacks: "0.00" },
      { band: "C", previousBillable: 0, billable: 0, refundable: 0, outputPayment: "0.00", clawbacks: "0.00" },
    ]);
    const flatRate = payments(s, november.id).calculation.feeStructures[1] as EcfMentorFlatRateCalculation;
    expect(flatRate.declarations[0]).toMatchObject({
      declarationType: "started",
      billable: 1,
      outputPayment: "500.00",
    });

    s.at("2025-11-01T10:00:00Z").must({ type: "markStatementPayable", statementId: november.id });
    s.at("2025-11-02T10:00:00Z").must({ type: "authoriseStatementPayment", statementId: november.id });
    // Voiding a paid start claws it back on the next output statement, January.
    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: first.id });
    expect(s.declaration(first.id).clawbackStatementId).toBe(january.id);

    s.at("2025-11-20T10:00:00Z");
    const e4 = s.participant();
    const fourth = s.declare(e4, "started", "2025-11-10T10:00:00Z");
    // E5 is not yet eligible for funding: the start waits, submitted, on no statement, until DfE says so.
    const e5 = s.participant({ eligibleForFunding: false });
    const fifth = s.declare(e5, "started", "2025-11-12T10:00:00Z");
    expect(s.declaration(fifth.id).statementId).toBeNull();
    s.must({ type: "markParticipantEligibleForFunding", participantId: e5, role: "ect" });
    expect(s.declaration(fifth.id).statementId).toBe(january.id);
    // E6's start is voided before it is paid: counted as voided on January, worth nothing.
    const sixth = s.declare(s.participant(), "started", "2025-11-14T10:00:00Z");
    s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: sixth.id });
    expect(fourth.statementId).toBe(january.id);

    // January: November's 3 starts fill A and one place of B. January's 2 starts take B's last place (£96) and C's
    // only one (£60) = £156; the clawback drains the top band, C: -£60. Service fee £290.
    // Subtotal £386.00, VAT £77.20, total £463.20.
    const januaryTotals = {
      outputPayment: "156.00",
      upliftFees: "0.00",
      serviceFee: "290.00",
      clawbacks: "-60.00",
      adjustments: "0.00",
      subtotal: "386.00",
      vat: "77.20",
      total: "463.20",
    };
    expect(payments(s, january.id).calculation.totals).toEqual(januaryTotals);
    expect(startedBands(s, january.id)).toEqual([
      { band: "A", previousBillable: 2, billable: 0, refundable: 0, outputPayment: "0.00", clawbacks: "0.00" },
      { band: "B", previousBillable: 1, billable: 1, refundable: 0, outputPayment: "96.00", clawbacks: "0.00" },
      { band: "C", previousBillable: 0, billable: 1, refundable: 1, outputPayment: "60.00", clawbacks: "-60.00" },
    ]);
    expect(banded(s, january.id).declarations[0]).toMatchObject({ declarationType: "started", voided: 1 });

    // The clawed-back start still counts as paid on November: November's money does not change.
    expect(payments(s, november.id).calculation.totals).toEqual(novemberTotals);

    // One row per declaration on January, by declaration date: the clawback, the two outputs, the voided start.
    const csv = payments(s, january.id).csv.split("\r\n");
    expect(csv[0]).toBe(
      "declaration_id,participant_id,course_identifier,declaration_type,declaration_date,state,statement_id,clawback_statement_id,counted_as,band,output_amount,uplift_amount,amount",
    );
    expect(csv.slice(1)).toEqual([
      `${first.id},${e1},ecf-induction,started,2025-10-01T10:00:00Z,awaiting-clawback,${november.id},${january.id},clawback,C,-60.00,0.00,-60.00`,
      `${fourth.id},${e4},ecf-induction,started,2025-11-10T10:00:00Z,eligible,${january.id},,output,B,96.00,0.00,96.00`,
      `${fifth.id},${e5},ecf-induction,started,2025-11-12T10:00:00Z,eligible,${january.id},,output,C,60.00,0.00,60.00`,
      `${sixth.id},${s.declaration(sixth.id).teacherId},ecf-induction,started,2025-11-14T10:00:00Z,voided,${january.id},,voided,,0.00,0.00,0.00`,
      "",
    ]);

    // Paying January moves the states on (clawed back, paid) but not the money.
    s.at("2026-01-01T10:00:00Z").must({ type: "markStatementPayable", statementId: january.id });
    s.at("2026-01-02T10:00:00Z").must({ type: "authoriseStatementPayment", statementId: january.id });
    expect(payments(s, january.id).calculation.totals).toEqual(januaryTotals);
    expect(payments(s, january.id).csv).toContain(",clawed-back,");

    // December is a service fee statement: £290 and its VAT, nothing else.
    expect(payments(s, december.id).calculation.totals).toEqual({
      outputPayment: "0.00",
      upliftFees: "0.00",
      serviceFee: "290.00",
      clawbacks: "0.00",
      adjustments: "0.00",
      subtotal: "290.00",
      vat: "58.00",
      total: "348.00",
    });
    expect(payments(s, december.id).csv.split("\r\n")).toHaveLength(2); // the header and the final CRLF
  });

  it("pays uplifts and shares the bands with mentors before 2025, calculates the service fee, and charges no VAT to an unregistered provider", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    // Service fee: 290 participants x £1,000 x 40% / 29 = £4,000.00 a month.
    const terms = expectOk(
      defaultContractTerms({
        cohort: 2024,
        vat: { registered: false },
        banded: {
          bands: [{ capacity: 2000, feePerDeclaration: "1000.00", outputFeeRatio: "0.60", serviceFeeRatio: "0.40" }],
          recruitmentTarget: 290,
          upliftFeePerDeclaration: "100.00",
        },
      }),
    );
    const { statements, contract } = s.must({
      type: "createContractAndStatements",
      leadProviderId: AMBITION,
      cohortYear: 2024,
      terms,
    });
    expect(contract).toMatchObject({ contractType: "ecf", terms });
    const school = s.school({ upliftsIn: 2024, pupilPremium: true });
    const ect = s.participant({ cohortYear: 2024, schoolId: school, scheduleIdentifier: "ecf-extended-september" });
    const mentor = s.participant({ cohortYear: 2024, role: "mentor", scheduleIdentifier: "ecf-extended-september" });
    const started = s.declare(ect, "started", "2024-10-01T10:00:00Z");
    s.declare(mentor, "started", "2024-10-02T10:00:00Z", { courseIdentifier: "ecf-mentor" });
    const statement = statements.find((candidate) => candidate.id === started.statementId);
    expect(statement).toMatchObject({ month: 11, year: 2025, feeType: "output" });

    // 2 starts in band A at £120 = £240 (the mentor's among them); 1 uplift at £100; service fee £4,000.
    const { calculation, breakdown, csv } = payments(s, started.statementId as string);
    expect(calculation.feeStructures.map((fees) => fees.model)).toEqual(["ecf-banded"]);
    expect(calculation.totals).toEqual({
      outputPayment: "240.00",
      upliftFees: "100.00",
      serviceFee: "4000.00",
      clawbacks: "0.00",
      adjustments: "0.00",
      subtotal: "4340.00",
      vat: "0.00",
      total: "4340.00",
    });
    expect(calculation.vat).toEqual({ registered: false, rate: "0.20", applicableRate: "0.00" });
    expect(breakdown).toContain("Uplift fees: 1 x £100.00");
    expect(csv).toContain(`${started.id},${ect},ecf-induction,started,2024-10-01T10:00:00Z,eligible,`);
    expect(csv).toContain(",output,A,120.00,100.00,220.00\r\n");
  });

  it("reads only the provider's own statements for the cohort", () => {
    const { s, november } = world2025();
    s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    const { statements } = s.must({
      type: "createContractAndStatements",
      leadProviderId: TEACH_FIRST,
      cohortYear: 2025,
    });
    const teachFirst = statements[0] as Statement;
    s.declare(s.participant({ leadProviderId: TEACH_FIRST }), "started", "2025-10-02T10:00:00Z", {
      leadProviderId: TEACH_FIRST,
    });
    expect(banded(s, november.id).declarations[0]?.bands[0]?.billable).toBe(1);
    // Teach First's default terms: a start in band A at 20% x 60% x £1,000 = £120.
    expect(banded(s, teachFirst.id).declarations[0]?.bands[0]).toMatchObject({ billable: 1, outputPayment: "120.00" });
  });

  it("gives the same result after the world goes through JSON", () => {
    const { s, november } = world2025();
    s.declare(s.participant(), "started", "2025-10-01T10:00:00Z");
    const copy = worldFromData(JSON.parse(JSON.stringify(worldData(s.world))));
    expect(statementPayments(copy, november.id)).toEqual(statementPayments(s.world, november.id));
  });

  it("answers 404 for an unknown statement", () => {
    const { s } = world2025();
    expectErrors(
      statementPayments(s.world, "00000000-0000-4000-8000-999999999999"),
      [[NOT_FOUND_ERROR.title, NOT_FOUND_ERROR.detail]],
      404,
    );
  });
});

describe("createContractAndStatements: terms", () => {
  it("stores the cohort's default terms when none are given, with a mentor flat rate only on ittecf_ectp", () => {
    const s = new Scenario();
    const { contract } = s.must({ type: "createContractAndStatements", leadProviderId: AMBITION, cohortYear: 2025 });
    expect(contract.terms).toEqual(expectOk(defaultContractTerms({ cohort: 2025 })));
    const ecf = s.must({
      type: "createContractAndStatements",
      leadProviderId: TEACH_FIRST,
      cohortYear: 2025,
      contractType: "ecf",
    });
    expect(ecf.contract.terms.mentorFlatRate).toBeNull();
  });

  it("takes the contract type from the terms", () => {
    const s = new Scenario();
    const terms = expectOk(defaultContractTerms({ cohort: 2025, mentorFlatRate: null }));
    const { contract } = s.must({
      type: "createContractAndStatements",
      leadProviderId: AMBITION,
      cohortYear: 2025,
      terms,
    });
    expect(contract.contractType).toBe("ecf");
  });

  it("refuses terms the calculator would refuse, for another cohort, or not matching the contract type", () => {
    const s = new Scenario();
    const terms = expectOk(defaultContractTerms({ cohort: 2025 }));
    const broken = {
      ...terms,
      banded: { ...terms.banded, bands: [{ ...terms.banded.bands[0], capacity: 0 }] },
    } as ContractTerms;
    expectErrors(
      s.run({ type: "createContractAndStatements", leadProviderId: AMBITION, cohortYear: 2025, terms: broken }),
      [["terms.banded.bands[0].capacity", "banded.bands[0].capacity must be a whole number, 1 or more"]],
    );
    expectErrors(
      s.run({
        type: "createContractAndStatements",
        leadProviderId: AMBITION,
        cohortYear: 2024,
        terms: expectOk(defaultContractTerms({ cohort: 2023 })),
      }),
      [["terms.cohort", FINANCE_MESSAGES.termsForOtherCohort(2023, 2024)]],
    );
    expectErrors(
      s.run({
        type: "createContractAndStatements",
        leadProviderId: AMBITION,
        cohortYear: 2025,
        terms,
        contractType: "ecf",
      }),
      [["contract_type", FINANCE_MESSAGES.contractTypeWithoutMentorFlatRate]],
    );
    expectErrors(
      s.run({
        type: "createContractAndStatements",
        leadProviderId: AMBITION,
        cohortYear: 2024,
        contractType: "ittecf_ectp",
      }),
      [["contract_type", FINANCE_MESSAGES.contractTypeNeedsMentorFlatRate]],
    );
    expect(Object.keys(s.world.contracts)).toEqual([]);
    expect(Object.keys(s.world.statements)).toEqual([]);
  });
});
