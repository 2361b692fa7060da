/**
 * GET /__sandbox/statements/{id}/breakdown and /declarations.csv for the NPQ API's statements (payment rules §6),
 * through HTTP, every response checked against spec/sandbox-v1.yaml. The expected figures are the engine's
 * calculation made here from every declaration of the world (not through the statement indexes the sandbox reads).
 */
import {
  calculateStatement,
  countNpqStatementDeclarations,
  FINANCE_MESSAGES,
  type NpqStatement,
  type NpqStatementCalculation,
  npqStatementDeclarationRow,
  npqStatementDeclarationsCsvHeader,
  npqStatementInput,
} from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { errors } from "../helpers/ecf.ts";
import {
  AMBITION,
  NPQ_API,
  npqDeclare,
  npqDeliveryPartners,
  npqFixtureApplication,
  npqLeadProviderId,
} from "../helpers/npq.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox, client } = testSandbox();
const control = internalControl(sandbox);
beforeEach(() => control.reset({ now: new Date(TEST_NOW) }));

/** The engine's calculation of a statement, from every declaration of the NPQ world and the statement's contracts. */
function expectedCalculation(statement: NpqStatement): NpqStatementCalculation {
  const world = control.state.npq;
  const rows = Object.values(world.declarations).map((declaration) =>
    npqStatementDeclarationRow(declaration, world.applications[declaration.applicationId] as never),
  );
  const contracts = Object.values(world.contracts).filter((contract) => contract.statementId === statement.id);
  const input = npqStatementInput({
    cohort: (world.cohorts[statement.cohortId] as { startYear: number }).startYear,
    statementMonth: `${statement.year}-${String(statement.month).padStart(2, "0")}`,
    contracts: contracts.map((contract) => ({ course: contract.courseIdentifier, terms: contract.terms })),
    counts: countNpqStatementDeclarations(rows, statement.id),
  });
  if (!input.ok) {
    throw new Error(JSON.stringify(input.failure));
  }
  const calculated = calculateStatement(input.value);
  if (!calculated.ok) {
    throw new Error(JSON.stringify(calculated.failure));
  }
  // The sandbox lists the contracts in the courses' order; the calculation follows the contracts.
  return calculated.value;
}

/** The seeded NPQ statements of the 2024a cohort in a month, one per lead provider. */
function statementsOf(year: number, month: number): NpqStatement[] {
  return Object.values(control.state.npq.statements).filter(
    (statement) => statement.cohortId === "2024a" && statement.year === year && statement.month === month,
  );
}

const byCourse = (calculation: NpqStatementCalculation) =>
  [...calculation.feeStructures].sort((a, b) => (a.course < b.course ? -1 : 1));

describe("GET /__sandbox/statements/{id}/breakdown for NPQ statements", () => {
  it("gives every lead provider's paid statement with clawbacks and voided declarations the engine's figures", async () => {
    const paid = statementsOf(2025, 3);
    expect(new Set(paid.map((statement) => statement.leadProviderId)).size).toBeGreaterThan(3);
    for (const statement of paid) {
      const response = await client.get(`/__sandbox/statements/${statement.id}/breakdown`);
      expect(response.status).toBe(200);
      const data = response.body.data;
      expect(data).toMatchObject({ statement_id: statement.id, programme: "npq", cohort: "2024a", status: "paid" });
      const expected = expectedCalculation(statement);
      expect(byCourse(data.calculation)).toEqual(byCourse(expected));
      expect(data.calculation.totals).toEqual(expected.totals);
      expect(data.calculation.totals.clawbacks).not.toBe("0.00");
      const voided = data.calculation.feeStructures.flatMap((course: NpqStatementCalculation["feeStructures"][0]) =>
        course.declarations.map((type) => type.voided),
      );
      expect(voided.some((count: number) => count > 0)).toBe(true);
      expect(data.contracts).toHaveLength(data.calculation.feeStructures.length);
    }
  });

  it("gives a payable statement and a service fee statement their contracts' money", async () => {
    for (const statement of [...statementsOf(2025, 9), ...statementsOf(2025, 2)]) {
      const response = await client.get(`/__sandbox/statements/${statement.id}/breakdown`);
      expect(response.status).toBe(200);
      expect(response.body.data.calculation.totals).toEqual(expectedCalculation(statement).totals);
    }
  });

  it("shows a voided declaration on its statement while the NPQ API shows it with no statement_id", async () => {
    const voided = Object.values(control.state.npq.declarations).find(
      (declaration) => declaration.state === "voided" && declaration.statementId !== null,
    );
    expect(voided).toBeDefined();
    const statementId = voided?.statementId as string;
    const breakdown = (await client.get(`/__sandbox/statements/${statementId}/breakdown`)).body.data;
    const course = breakdown.calculation.feeStructures.find(
      (fees: { course: string }) => fees.course === voided?.courseIdentifier,
    );
    const type = course.declarations.find(
      (row: { declarationType: string }) => row.declarationType === voided?.declarationType,
    );
    expect(type.voided).toBeGreaterThan(0);
    const provider = Object.values(control.state.npq.leadProviders).find((row) => row.id === voided?.leadProviderId);
    const token = control.state.npqTokens().find((account) => account.id === provider?.id)?.token ?? AMBITION;
    const shown = await client.get(`${NPQ_API}/participant-declarations/${voided?.id}`, { token });
    expect(shown.status).toBe(200);
    expect(shown.body.data.attributes).toMatchObject({ state: "voided", statement_id: null });
  });

  it("refuses a statement with no contracts with a 422", async () => {
    const created = await client.post("/__sandbox/npq/cohorts", {
      body: { identifier: "2026c", funding: "full", registration_start_date: "2026-06-01", contracts: false },
    });
    expect(created.status).toBe(201);
    const statement = Object.values(control.state.npq.statements).find((row) => row.cohortId === "2026c");
    const response = await client.get(`/__sandbox/statements/${statement?.id}/breakdown`);
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors(["statement", FINANCE_MESSAGES.statementWithoutContract]));
  });

  it("gives the contracts of a cohort created through the control API the course groups' terms", async () => {
    const created = await client.post("/__sandbox/npq/cohorts", {
      body: { identifier: "2027a", funding: "full", contracts: true },
    });
    expect(created.status).toBe(201);
    const statement = Object.values(control.state.npq.statements).find((row) => row.cohortId === "2027a");
    const response = await client.get(`/__sandbox/statements/${statement?.id}/breakdown`);
    expect(response.status).toBe(200);
    const headship = response.body.data.calculation.feeStructures.find(
      (fees: { course: string }) => fees.course === "npq-headship",
    );
    // £800 at 60% over 4 periods; 72 x £800 x 40% / 19 a month (payment rules §6.1, §6.2).
    expect(headship).toMatchObject({ outputPaymentPerParticipant: "120.00", numberOfPaymentPeriods: 4 });
    expect(headship.serviceFee).toMatchObject({ basis: "recruitment-target", monthly: "1212.63" });
  });
});

describe("GET /__sandbox/statements/{id}/declarations.csv for NPQ statements", () => {
  it("lists every declaration paid, clawed back or voided on the statement, with the NPQ columns", async () => {
    const [statement] = statementsOf(2025, 3);
    const response = await sandbox.app.request(`/__sandbox/statements/${statement?.id}/declarations.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/-2024a-cohort-2025-03-statement\.csv"$/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(npqStatementDeclarationsCsvHeader.join(","));
    const onStatement = Object.values(control.state.npq.declarations).filter(
      (declaration) => declaration.statementId === statement?.id || declaration.clawbackStatementId === statement?.id,
    );
    expect(lines).toHaveLength(onStatement.length + 1);
    expect(lines.some((line) => line.includes(",voided,"))).toBe(true);
  });
});

describe("targeted delivery funding on an NPQ statement's breakdown", () => {
  const funded = testSandbox({ now: "2025-08-20T10:00:00Z" });

  it("pays a funded start on a statement up to October 2025, and counts it without paying it later", async () => {
    const providerId = await npqLeadProviderId(funded.client);
    const application = await npqFixtureApplication(funded.client, {
      cohort: "2024a",
      eligible_for_funding: true,
      targeted_delivery_funding_eligibility: true,
    });
    const partner = (await npqDeliveryPartners(funded.client)).find((row) =>
      (row.attributes.cohort as number[]).includes(2024),
    );
    const made = await npqDeclare(funded.client, {
      participant_id: application.attributes.participant_id,
      declaration_type: "started",
      declaration_date: "2025-08-15T09:00:00Z",
      course_identifier: "npq-senior-leadership",
      delivery_partner_id: partner?.id,
    });
    expect(made.status).toBe(200);
    const statementId = made.body.data.attributes.statement_id as string;
    const response = await funded.client.get(`/__sandbox/statements/${statementId}/breakdown`);
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data).toMatchObject({ lead_provider_id: providerId, cohort: "2024a", year: "2025", month: "September" });
    const course = data.calculation.feeStructures.find(
      (fees: { course: string }) => fees.course === "npq-senior-leadership",
    );
    const perParticipant = course.targetedDeliveryFunding.perParticipant as string;
    expect(course.targetedDeliveryFunding).toMatchObject({ applies: true, billable: 1, payment: perParticipant });
    expect(Number(data.calculation.totals.targetedDeliveryFunding)).toBeGreaterThanOrEqual(Number(perParticipant));
    const csv = await (
      await funded.sandbox.app.request(`/__sandbox/statements/${statementId}/declarations.csv`)
    ).text();
    const row = csv.split("\r\n").find((line) => line.startsWith(made.body.data.id));
    expect(row?.split(",").slice(-5)).toEqual([
      "true",
      "output",
      course.outputPaymentPerParticipant,
      perParticipant,
      (Number(course.outputPaymentPerParticipant) + Number(perParticipant)).toFixed(2),
    ]);
  });
});
