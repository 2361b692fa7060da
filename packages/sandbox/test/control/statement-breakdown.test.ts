/**
 * GET /__sandbox/statements/{id}/breakdown and /declarations.csv, through HTTP, every response checked against
 * spec/sandbox-v1.yaml. First on a world with one small contract, where every figure can be worked out by hand;
 * then on the seeded world.
 */
import { type ContractTerms, createWorld, defaultContractTerms, execute, type Statement } from "@lpkit/engine";
import { leadProviderCohortKey, lookup } from "@lpkit/engine/internal";
import { beforeEach, describe, expect, it } from "vitest";
import type { WorldBuilder } from "../../src/control/sandbox-control.ts";
import { internalControl } from "../../src/create-sandbox.ts";
import { SeededIds } from "../../src/state/seeded-ids.ts";
import { AMBITION, API, body, leadProviderId, NOT_FOUND, scenario } from "../helpers/ecf.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const AMBITION_ID = "42ada55f-e7a9-477b-bb84-79db06f871ea";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const CSV_HEADER =
  "declaration_id,participant_id,course_identifier,declaration_type,declaration_date,state,statement_id,clawback_statement_id,counted_as,band,output_amount,uplift_amount,amount";

/**
 * Bands of 2, 2 and 1 at £1,000, £800 and £500 with 60% output: a start earns £120 in band A, £96 in B, £60 in C.
 * A £290 monthly service fee, mentors at £1,000 (£500 a start), VAT at 20%.
 */
const smallTerms = defaultContractTerms({
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
});
if (!smallTerms.ok) {
  throw new Error(`SMALL_TERMS are refused: ${JSON.stringify(smallTerms.failure)}`);
}
const SMALL_TERMS: ContractTerms = smallTerms.value;

/** Only Ambition's 2025 contract (with SMALL_TERMS) and its statements. */
const smallWorld: WorldBuilder = ({ seed, now }) => {
  const world = createWorld();
  const ids = new SeededIds(seed);
  const created = execute(
    world,
    { type: "createContractAndStatements", leadProviderId: AMBITION_ID, cohortYear: 2025, terms: SMALL_TERMS },
    { now, newId: () => ids.uuid() },
  );
  if (!created.ok) {
    throw new Error(JSON.stringify(created.failure));
  }
  return { world, ids, scenarios: [] };
};

async function participant(client: SpecClient, course = "ecf-induction"): Promise<string> {
  const created = await client.post("/__sandbox/participants", {
    body: {
      lead_provider_id: AMBITION_ID,
      course_identifier: course,
      cohort: "2025",
      training_start_date: "2025-09-01",
    },
  });
  expect(created.status).toBe(201);
  return created.body.data.id;
}

async function started(client: SpecClient, participantId: string, date: string, course = "ecf-induction") {
  const declared = await client.post(`${API}/participant-declarations`, {
    token: AMBITION,
    body: body("participant-declaration", {
      participant_id: participantId,
      declaration_type: "started",
      declaration_date: date,
      course_identifier: course,
      evidence_held: "training-event-attended",
    }),
  });
  expect(declared.status).toBe(200);
  return declared.body.data as { id: string; attributes: { statement_id: string; state: string } };
}

const breakdown = (client: SpecClient, statementId: string) =>
  client.get(`/__sandbox/statements/${statementId}/breakdown`);

const startedBands = (calculation: { feeStructures: { declarations: { bands: unknown[] }[] }[] }) =>
  (calculation.feeStructures[0]?.declarations[0]?.bands ?? []).map((band) => {
    const {
      band: name,
      previousBillable,
      billable,
      refundable,
      outputPayment,
      clawbacks,
    } = band as Record<string, unknown>;
    return { band: name, previousBillable, billable, refundable, outputPayment, clawbacks };
  });

describe("a statement's breakdown and declarations CSV, on a small contract", () => {
  const { sandbox, client } = testSandbox({ buildWorld: smallWorld });
  beforeEach(() => internalControl(sandbox).reset());

  const statementOf = (month: number, year: number) =>
    Object.values(internalControl(sandbox).state.world.statements).find(
      (statement) => statement.month === month && statement.year === year,
    ) as Statement;

  it("pays starts band by band across statements, claws back a voided paid start, and shows a service fee statement", async () => {
    await client.post("/__sandbox/delivery-partners", { body: { lead_provider_id: AMBITION_ID, cohorts: ["2025"] } });
    const [e1, e2, e3] = [await participant(client), await participant(client), await participant(client)];
    const first = await started(client, e1, "2025-09-20T10:00:00Z");
    await started(client, e2, "2025-09-21T10:00:00Z");
    await started(client, e3, "2025-09-22T10:00:00Z");
    const november = first.attributes.statement_id;
    expect(november).toBe(statementOf(11, 2025).id);

    // November: 2 starts in A at £120 and 1 in B at £96 = £336; service fee £290; subtotal £626, VAT £125.20.
    const before = await breakdown(client, november);
    expect(before.status).toBe(200);
    const { calculation, ...identity } = before.body.data;
    expect(identity).toEqual({
      statement_id: november,
      programme: "ecf",
      lead_provider_id: AMBITION_ID,
      lead_provider_name: "Ambition Institute",
      cohort: "2025",
      month: "November",
      year: "2025",
      fee_type: "output",
      status: "open",
      cut_off_date: "2025-10-31",
      payment_date: "2025-11-25",
      marked_as_paid_at: null,
      contract_id: statementOf(11, 2025).contractId,
      contract_type: "ittecf_ectp",
      adjustments: [],
    });
    expect(calculation.totals).toEqual({
      outputPayment: "336.00",
      upliftFees: "0.00",
      serviceFee: "290.00",
      clawbacks: "0.00",
      adjustments: "0.00",
      subtotal: "626.00",
      vat: "125.20",
      total: "751.20",
    });
    expect(calculation.feeStructures[0].serviceFee).toEqual({ basis: "monthly-service-fee", monthly: "290.00" });

    await client.put("/__sandbox/clock", { body: { now: "2025-11-02T09:00:00Z" } });
    expect((await client.post(`/__sandbox/statements/${november}/mark-payable`)).status).toBe(200);
    expect((await client.post(`/__sandbox/statements/${november}/mark-paid`)).status).toBe(200);
    const paid = await breakdown(client, november);
    expect(paid.body.data).toMatchObject({ status: "paid", marked_as_paid_at: "2025-11-02T09:00:00Z" });
    expect(paid.body.data.calculation).toEqual(calculation);

    // Voiding the paid start claws it back on the next output statement, January.
    const voided = await client.put(`${API}/participant-declarations/${first.id}/void`, { token: AMBITION });
    expect(voided.body.data.attributes.state).toBe("awaiting-clawback");
    const january = voided.body.data.attributes.clawback_statement_id;
    expect(january).toBe(statementOf(1, 2026).id);
    const e4 = await participant(client);
    const fourth = await started(client, e4, "2025-11-01T10:00:00Z");
    const mentor = await participant(client, "ecf-mentor");
    const mentorStart = await started(client, mentor, "2025-11-01T11:00:00Z", "ecf-mentor");
    expect([fourth.attributes.statement_id, mentorStart.attributes.statement_id]).toEqual([january, january]);

    // January: November's 3 starts fill A and half of B; the new start takes B's last place (£96) and the
    // clawback drains the top filled band, B (-£96). The mentor's start is £500 at the flat rate.
    // Subtotal £96 + £500 - £96 + £290 = £790, VAT £158, total £948.
    const jan = (await breakdown(client, january)).body.data;
    expect(jan).toMatchObject({ month: "January", year: "2026", fee_type: "output", status: "open" });
    expect(startedBands(jan.calculation)).toEqual([
      { band: "A", previousBillable: 2, billable: 0, refundable: 0, outputPayment: "0.00", clawbacks: "0.00" },
      { band: "B", previousBillable: 1, billable: 1, refundable: 1, outputPayment: "96.00", clawbacks: "-96.00" },
      { band: "C", previousBillable: 0, billable: 0, refundable: 0, outputPayment: "0.00", clawbacks: "0.00" },
    ]);
    expect(jan.calculation.feeStructures[1]).toMatchObject({
      model: "ecf-mentor-flat-rate",
      totals: { outputPayment: "500.00", clawbacks: "0.00", subtotal: "500.00" },
    });
    expect(jan.calculation.totals).toEqual({
      outputPayment: "596.00",
      upliftFees: "0.00",
      serviceFee: "290.00",
      clawbacks: "-96.00",
      adjustments: "0.00",
      subtotal: "790.00",
      vat: "158.00",
      total: "948.00",
    });

    const csv = await client.get(`/__sandbox/statements/${january}/declarations.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="ambition-institute-2025-cohort-2026-01-statement.csv"',
    );
    expect(csv.text.split("\r\n")).toEqual([
      CSV_HEADER,
      `${first.id},${e1},ecf-induction,started,2025-09-20T10:00:00Z,awaiting-clawback,${november},${january},clawback,B,-96.00,0.00,-96.00`,
      `${fourth.id},${e4},ecf-induction,started,2025-11-01T10:00:00Z,eligible,${january},,output,B,96.00,0.00,96.00`,
      `${mentorStart.id},${mentor},ecf-mentor,started,2025-11-01T11:00:00Z,eligible,${january},,output,,500.00,0.00,500.00`,
      "",
    ]);

    // December is a service fee statement: the monthly service fee and its VAT, and no declarations.
    const december = statementOf(12, 2025).id;
    const service = (await breakdown(client, december)).body.data;
    expect(service).toMatchObject({ month: "December", fee_type: "service", cut_off_date: "2025-11-30" });
    expect(service.calculation.totals).toEqual({
      outputPayment: "0.00",
      upliftFees: "0.00",
      serviceFee: "290.00",
      clawbacks: "0.00",
      adjustments: "0.00",
      subtotal: "290.00",
      vat: "58.00",
      total: "348.00",
    });
    expect((await client.get(`/__sandbox/statements/${december}/declarations.csv`)).text).toBe(`${CSV_HEADER}\r\n`);
  });

  it.each(["breakdown", "declarations.csv"])("answers 404 for an unknown statement (%s)", async (resource) => {
    const response = await client.get(`/__sandbox/statements/${UNKNOWN}/${resource}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.body).toEqual(NOT_FOUND);
  });
});

describe("statements of the seeded world", () => {
  const { sandbox, client } = testSandbox();
  beforeEach(() => internalControl(sandbox).reset());

  it("have a contract for every lead provider and cohort, with varied terms", () => {
    const world = internalControl(sandbox).state.world;
    for (const leadProvider of Object.values(world.leadProviders)) {
      for (const year of leadProvider.cohortYears) {
        const [contract] = lookup(world, "contractsByLeadProviderCohort", leadProviderCohortKey(leadProvider.id, year));
        expect(contract?.terms.cohort).toBe(year);
        expect(contract?.contractType).toBe(year >= 2025 ? "ittecf_ectp" : "ecf");
      }
    }
    const terms = Object.values(world.contracts).map((contract) => contract.terms);
    expect(new Set(terms.map((term) => term.vat.registered))).toEqual(new Set([true, false]));
    expect(new Set(terms.map((term) => term.banded.monthlyServiceFee === null))).toEqual(new Set([true, false]));
    expect(new Set(terms.map((term) => term.banded.bands[0]?.feePerDeclaration)).size).toBeGreaterThan(10);
    expect(new Set(terms.map((term) => term.banded.bands[0]?.capacity)).size).toBeGreaterThan(2);
  });

  it("break down a service fee statement with the contract's service fee and VAT", async () => {
    const world = internalControl(sandbox).state.world;
    for (const contract of Object.values(world.contracts).slice(0, 12)) {
      const service = lookup(
        world,
        "statementsByLeadProviderCohort",
        leadProviderCohortKey(contract.leadProviderId, contract.cohortYear),
      ).find((statement) => statement.feeType === "service") as Statement;
      const response = await breakdown(client, service.id);
      expect(response.status).toBe(200);
      const { calculation } = response.body.data;
      const { monthlyServiceFee } = contract.terms.banded;
      expect(calculation.feeStructures[0].serviceFee.basis).toBe(
        monthlyServiceFee === null ? "recruitment-target" : "monthly-service-fee",
      );
      if (monthlyServiceFee !== null) {
        expect(calculation.totals.serviceFee).toBe(monthlyServiceFee);
      }
      expect(calculation.totals).toMatchObject({ outputPayment: "0.00", subtotal: calculation.totals.serviceFee });
      expect(calculation.vat.applicableRate).toBe(contract.terms.vat.registered ? "0.20" : "0.00");
      if (!contract.terms.vat.registered) {
        expect(calculation.totals).toMatchObject({ vat: "0.00", total: calculation.totals.subtotal });
      }
    }
  });

  it("count a paid start on its statement, and its clawback on the next output statement once voided", async () => {
    const { resources } = await scenario(client, "ect-with-paid-started-declaration");
    const declaration = (
      await client.get(`${API}/participant-declarations/${resources.declaration_id}`, { token: AMBITION })
    ).body.data;
    const paidOn = declaration.attributes.statement_id;
    const paid = (await breakdown(client, paidOn)).body.data;
    expect(paid).toMatchObject({ lead_provider_id: await leadProviderId(client), fee_type: "output" });
    const csv = (await client.get(`/__sandbox/statements/${paidOn}/declarations.csv`)).text;
    const row = csv.split("\r\n").find((line) => line.startsWith(`${resources.declaration_id},`));
    expect(row).toMatch(/,started,[^,]+,paid,[^,]+,,output,[A-Z],\d+\.\d{2},/);

    const voided = await client.put(`${API}/participant-declarations/${resources.declaration_id}/void`, {
      token: AMBITION,
    });
    const clawbackOn = voided.body.data.attributes.clawback_statement_id;
    const clawback = (await breakdown(client, clawbackOn)).body.data;
    const startedRefunds = clawback.calculation.feeStructures[0].declarations[0].bands.reduce(
      (total: number, band: { refundable: number }) => total + band.refundable,
      0,
    );
    expect(startedRefunds).toBeGreaterThanOrEqual(1);
    expect(clawback.calculation.totals.clawbacks).toMatch(/^-\d+\.\d{2}$/);
    const clawbackCsv = (await client.get(`/__sandbox/statements/${clawbackOn}/declarations.csv`)).text;
    expect(clawbackCsv).toContain(`${resources.declaration_id},`);
    expect(clawbackCsv).toMatch(
      new RegExp(`${resources.declaration_id},.*,awaiting-clawback,${paidOn},${clawbackOn},clawback,`),
    );
    // The statement that paid it is unchanged: a clawback is money on a later statement.
    expect((await breakdown(client, paidOn)).body.data.calculation).toEqual(paid.calculation);
  });
});
