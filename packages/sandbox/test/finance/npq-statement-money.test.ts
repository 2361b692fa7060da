/**
 * An NPQ statement's money on its page (finance dashboard §3): every amount of the "Statement summary" and of each
 * course's finance details is the engine's calculation of the statement (the control API's breakdown), in order; the
 * CSV is the NPQ service's assurance report of the control API's line items; "Authorise for payment" marks the statement paid.
 */
import { displayPounds } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { csvRecords, csvRows, form, moneyFigures, pageRows, textOf } from "../helpers/finance.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

interface NpqStatementSummary {
  readonly id: string;
  readonly lead_provider_name: string;
  readonly cohort: string;
  readonly month: string;
  readonly year: string;
  readonly status: string;
  readonly cut_off_date: string;
}

async function npqOutputStatements(client: SpecClient) {
  const statements = (await client.get("/__sandbox/statements?programme=npq&fee_type=output")).body
    .data as NpqStatementSummary[];
  return Promise.all(
    statements.map(async (statement) => ({
      statement,
      breakdown: (await client.get(`/__sandbox/statements/${statement.id}/breakdown`)).body.data as Json,
    })),
  );
}

const NPQ_HEADERS = [
  "Participant ID",
  "Participant Name",
  "TRN",
  "Course Identifier",
  "Schedule",
  "Eligible For Funding",
  "Funded place",
  "Lead Provider Name",
  "School Urn",
  "School Name",
  "Training Status",
  "Training Status Reason",
  "Declaration ID",
  "Declaration Status",
  "Declaration Type",
  "Declaration Date",
  "Declaration Created At",
  "Statement Name",
  "Statement ID",
  "Targeted Delivery Funding",
];

const isZero = (amount: string) => /^-?0(\.0+)?$/.test(amount);
const refund = (amount: string) => (isZero(amount) ? amount : `-${amount}`);

/** Every amount the page should show, in order, read off the calculation. */
/** The statement's courses in the page's order: the course cards, then the standalone payments. */
function coursesInPageOrder(calculation: Json): Json[] {
  const { feeStructures } = calculation;
  return [
    ...feeStructures.filter((course: Json) => !course.specialCourse),
    ...feeStructures.filter((course: Json) => course.specialCourse),
  ];
}

function expectedFigures(calculation: Json): string[] {
  const { totals, feeStructures } = calculation;
  const courses = coursesInPageOrder(calculation);
  const tdfApplies = feeStructures.some(
    (course: Json) => !course.specialCourse && course.targetedDeliveryFunding.applies,
  );
  const summary = [
    totals.outputPayment,
    ...(tdfApplies ? [totals.targetedDeliveryFunding] : []),
    totals.clawbacks,
    totals.adjustments,
    ...(isZero(totals.serviceFee) ? [] : [totals.serviceFee]),
    totals.total,
  ];
  const perCourse = courses.flatMap((course: Json) => [
    course.outputPaymentPerParticipant,
    course.totals.outputPayment,
    refund(course.outputPaymentPerParticipant),
    course.totals.clawbacks,
    ...(course.targetedDeliveryFunding.applies
      ? [
          course.targetedDeliveryFunding.perParticipant,
          course.totals.targetedDeliveryFunding,
          refund(course.targetedDeliveryFunding.perParticipant),
          course.totals.targetedDeliveryFundingClawbacks,
        ]
      : []),
    course.serviceFee.perParticipant,
    course.totals.serviceFee,
    course.totals.courseTotal,
  ]);
  // "Manual adjustments": each adjustment, then their total (the table is there only when there is one).
  const adjustments = calculation.adjustments.map((adjustment: Json) => adjustment.amount);
  const manual = adjustments.length === 0 ? [] : [...adjustments, totals.adjustments];
  return [...summary, ...manual, ...perCourse].map((amount: string) => displayPounds(amount));
}

describe("an NPQ statement's money", () => {
  it("shows every figure of the statement's calculation, and each course's", async () => {
    const { client } = testSandbox();
    const statements = await npqOutputStatements(client);
    const withPayments = statements.filter(({ breakdown }) => !isZero(breakdown.calculation.totals.outputPayment));
    expect(withPayments.length).toBeGreaterThan(0);
    let notEligibleSeen = 0;
    for (const { statement, breakdown } of withPayments) {
      const page = await client.get(`/finance/npq/statements/${statement.id}`);
      expect(page.status).toBe(200);
      expect(moneyFigures(page.text)).toEqual(expectedFigures(breakdown.calculation));
      const text = textOf(page.text);
      expect(text).toContain(`Total net VAT ${displayPounds(breakdown.calculation.totals.total)}`);
      expect(text).toContain("Course finance details");
      // Each course counts its declarations not eligible for funding: ineligible or voided on the statement. An
      // ineligible duplicate never sits on a statement (NPQ rules §2.3), so they are the course's voids.
      const notEligible = [...text.matchAll(/Total not eligible for funding (\d+) Course total/g)].map((match) =>
        Number(match[1]),
      );
      const voids = coursesInPageOrder(breakdown.calculation).map((course) =>
        course.declarations.reduce((sum: number, type: Json) => sum + type.voided, 0),
      );
      expect(notEligible).toEqual(voids);
      notEligibleSeen += voids.reduce((sum: number, count: number) => sum + count, 0);
      // Each course's card is titled with the course's name, as the NPQ service stores it.
      if (breakdown.calculation.feeStructures.some((course: Json) => course.course === "npq-headship")) {
        expect(text).toContain("Headship (NPQH) Payment type Users");
      }
      expect(pageRows(page.text)).toContainEqual(["Payment type", "Users", "Payment per participant", "Total"]);
      expect(pageRows(page.text)[0]).toEqual(["Declaration type", "Received"]);
    }
    // The seeded world voids some declarations on statements that pay others.
    expect(notEligibleSeen).toBeGreaterThan(0);
  });

  it("adds a statement's adjustments to its summary and its total", async () => {
    const { client } = testSandbox();
    const statements = await npqOutputStatements(client);
    const open = statements.find(({ statement }) => statement.status === "open")?.statement as NpqStatementSummary;
    await client.post(`/__sandbox/statements/${open.id}/adjustments`, {
      body: { description: "Exceptional travel", amount: "321.09" },
    });
    const { calculation } = (await client.get(`/__sandbox/statements/${open.id}/breakdown`)).body.data;
    expect(calculation.totals.adjustments).toBe("321.09");
    const page = await client.get(`/finance/npq/statements/${open.id}`);
    expect(textOf(page.text)).toContain("Adjustments £321.09");
    expect(textOf(page.text)).toContain(
      "Manual adjustments Additional adjustments Description Amount Exceptional travel £321.09 Total £321.09 Make adjustment Change or remove",
    );
    expect(moneyFigures(page.text)).toEqual(expectedFigures(calculation));
  });

  it("downloads the NPQ service's assurance report: its file name and columns, the control API's line items", async () => {
    const { client } = testSandbox();
    const withDeclarations = (await npqOutputStatements(client)).find(
      ({ statement, breakdown }) =>
        statement.cohort.endsWith("a") &&
        (breakdown as { calculation: Json }).calculation.totals.outputPayment !== "0.00",
    );
    const statement = withDeclarations?.statement as NpqStatementSummary;
    const csv = await client.get(`/finance/npq/statements/${statement.id}/assurance-report.csv`);
    expect(csv.status).toBe(200);
    // The cohort's start year for a first-intake cohort ("2021a"), as the page names it.
    const provider = statement.lead_provider_name.replace(/\W/g, "");
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="NPQ-Declarations-${provider}-Cohort${statement.cohort.replace(/a$/, "")}-${statement.month}${statement.year}.csv"`,
    );
    expect(csvRows(csv.text)[0]).toEqual(NPQ_HEADERS);
    const rows = csvRecords(csv.text);
    expect(rows.length).toBeGreaterThan(0);
    const control = csvRecords((await client.get(`/__sandbox/statements/${statement.id}/declarations.csv`)).text);
    // The columns both files have agree, declaration by declaration.
    expect(
      rows.map((row) => `${row["Declaration ID"]} ${row["Participant ID"]} ${row["Declaration Type"]}`).sort(),
    ).toEqual(control.map((row) => `${row.declaration_id} ${row.participant_id} ${row.declaration_type}`).sort());
    const names = rows.map((row) => row["Participant Name"] ?? "");
    expect(names).toEqual(names.toSorted(new Intl.Collator("en-GB").compare));
    for (const row of rows) {
      expect(row["Statement ID"]).toBe(statement.id);
      expect(row["Statement Name"]).toBe(`${statement.month} ${statement.year}`);
      expect(row["Lead Provider Name"]).toBe(statement.lead_provider_name);
      // The NPQ world keeps a school's URN, not its name.
      expect(row["School Name"]).toBe("");
    }
    const page = await client.get(`/finance/npq/statements/${statement.id}`);
    expect(page.text).toContain(`href="/finance/npq/statements/${statement.id}/assurance-report.csv"`);
  });

  it("authorises a payable statement past its deadline for payment, after the assurance checks", async () => {
    const { client } = testSandbox();
    const statements = await npqOutputStatements(client);
    const payable = statements.find(
      ({ statement, breakdown }) =>
        statement.status === "payable" &&
        statement.cut_off_date < TEST_NOW &&
        !isZero(breakdown.calculation.totals.outputPayment),
    )?.statement as NpqStatementSummary;
    const paid = statements.find(({ statement }) => statement.status === "paid")?.statement as NpqStatementSummary;
    expect((await client.get(`/finance/npq/statements/${paid.id}`)).text).not.toContain("payment_authorisations");
    expect((await client.get(`/finance/npq/statements/${paid.id}/payment_authorisations/new`)).status).toBe(303);

    const page = await client.get(`/finance/npq/statements/${payable.id}`);
    expect(page.text).toContain(`href="/finance/npq/statements/${payable.id}/payment_authorisations/new"`);
    const confirm = await client.get(`/finance/npq/statements/${payable.id}/payment_authorisations/new`);
    expect(textOf(confirm.text)).toContain(
      `Check ${payable.month} ${payable.year} statement details before authorising for payment`,
    );
    const path = `/finance/npq/statements/${payable.id}/payment_authorisations`;
    const unchecked = await client.post(path, form({}));
    expect(unchecked.status).toBe(422);
    expect(textOf(unchecked.text)).toContain(
      "Confirm all necessary assurance checks have been done before authorising this statement for payment",
    );
    const authorised = await client.post(path, form({ checks_done: "true" }));
    expect(authorised.status).toBe(303);
    const after = (await client.get(`/__sandbox/statements?programme=npq`)).body.data as NpqStatementSummary[];
    expect(after.find((statement) => statement.id === payable.id)?.status).toBe("paid");
    expect(textOf((await client.get(`/finance/npq/statements/${payable.id}`)).text)).toContain("Status Paid");
  });
});
