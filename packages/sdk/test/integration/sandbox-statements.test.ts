/**
 * `createSandboxClient`'s statement helpers against the real control API: the list DfE finance sees, a statement's
 * breakdown and its declarations CSV. Every response is checked against spec/ by the live sandbox's fetch.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  createSandboxClient,
  NotFoundError,
  type SandboxStatementSummary,
  UnprocessableError,
} from "../../src/index.ts";
import { SUITE_NOW, SUITE_SEED, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration } from "./support/world.ts";

const live = useLiveSandbox();

beforeEach(async () => {
  await live().control.reset({ seed: SUITE_SEED, now: SUITE_NOW });
});

const CSV_HEADER =
  "declaration_id,participant_id,course_identifier,declaration_type,declaration_date,state,statement_id,clawback_statement_id,counted_as,band,output_amount,uplift_amount,amount";

const NOT_FOUND = [{ title: "Resource not found", detail: "Nothing could be found for the provided details" }];

/** A new ECT of Ambition's with a `started` declaration: the statement it lands on, and the declaration's id. */
async function declaredStatement(): Promise<{ statementId: string; declarationId: string }> {
  const provider = await leadProvider(live().control, AMBITION);
  const ect = await newEct(live().control, provider, { training_start_date: "2025-09-01" });
  const { data } = await live()
    .ecf(provider.token)
    .POST("/api/v3/participant-declarations", { body: startedDeclaration(ect.id, "2025-09-20T10:00:00Z") });
  const statementId = data.data.attributes.statement_id;
  if (statementId === null) {
    throw new Error("the declaration is on no statement");
  }
  return { statementId, declarationId: data.data.id };
}

describe("statements()", () => {
  it("lists every statement, service fee ones too, by payment date", async () => {
    const all = await live().control.statements();

    const world = await live().control.world();
    expect(all.length).toBe((world.counts.statements ?? 0) + (world.npq.counts.statements ?? 0));
    expect(new Set(all.map((statement) => statement.programme))).toEqual(new Set(["ecf", "npq"]));
    expect(new Set(all.map((statement) => statement.fee_type))).toEqual(new Set(["output", "service"]));
    const paymentDates = all.map((statement) => statement.payment_date);
    expect(paymentDates).toEqual([...paymentDates].sort());
  });

  it("filters by lead provider, cohort, fee type and status", async () => {
    const provider = await leadProvider(live().control, AMBITION);

    const service = await live().control.statements({
      lead_provider_id: provider.id,
      cohort: "2025",
      fee_type: "service",
      status: "open",
    });

    expect(service.length).toBeGreaterThan(0);
    expect(service).toEqual(
      (await live().control.statements()).filter(
        (statement) =>
          statement.lead_provider_id === provider.id &&
          statement.cohort === "2025" &&
          statement.fee_type === "service" &&
          statement.status === "open",
      ),
    );
    // The ones a lead provider cannot see: its own API answers 404 for them.
    await expect(
      live()
        .ecf(provider.token)
        .GET("/api/v3/statements/{id}", { params: { path: { id: service[0]?.id ?? "" } } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("filters by programme, and takes an NPQ cohort identifier", async () => {
    const npq = await live().control.statements({ programme: "npq", cohort: "2026b", fee_type: "output" });

    expect(npq.length).toBeGreaterThan(0);
    expect(npq.every((statement) => statement.programme === "npq" && statement.cohort === "2026b")).toBe(true);
    expect(await live().control.statements({ programme: "ecf", cohort: "2026b" })).toEqual([]);
  });

  it("rejects a malformed filter with a BadRequestError naming it", async () => {
    const error = await live()
      .control.statements({ cohort: "25" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual([
      {
        title: "Bad request",
        detail: '\'cohort\' must be a cohort year such as "2025" or an NPQ cohort identifier such as "2026b".',
      },
    ]);
  });
});

describe("statementBreakdown()", () => {
  it("calculates the statement a declaration landed on, named as in the list", async () => {
    const { statementId } = await declaredStatement();

    const breakdown = await live().control.statementBreakdown(statementId);

    const listed = (await live().control.statements()).find((statement) => statement.id === statementId);
    const { id, programme, ...identity } = listed as SandboxStatementSummary;
    expect(programme).toBe("ecf");
    expect(breakdown).toMatchObject({ statement_id: id, ...identity, fee_type: "output", status: "open" });
    expect(breakdown.calculation.cohort).toBe(2025);
    const [banded] = breakdown.calculation.feeStructures;
    expect(banded?.model).toBe("ecf-banded");
    expect(breakdown.calculation.totals.outputPayment).toMatch(/^\d+\.\d{2}$/);
    expect(Number(breakdown.calculation.totals.outputPayment)).toBeGreaterThan(0);
  });

  it("breaks down a service fee statement, and rejects an unknown one with a NotFoundError", async () => {
    const provider = await leadProvider(live().control, AMBITION);
    const [service] = await live().control.statements({ lead_provider_id: provider.id, fee_type: "service" });

    const breakdown = await live().control.statementBreakdown(service?.id ?? "");
    const id = randomUUID();
    const error = await live()
      .control.statementBreakdown(id)
      .catch((caught: unknown) => caught);

    expect(breakdown).toMatchObject({ statement_id: service?.id, fee_type: "service" });
    expect(breakdown.calculation.totals.outputPayment).toBe("0.00");
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ method: "GET", path: `/__sandbox/statements/${id}/breakdown`, errors: NOT_FOUND });
  });
});

describe("addStatementAdjustment() and removeStatementAdjustment()", () => {
  it("adjust an NPQ statement's total, and reject a paid statement with an UnprocessableError", async () => {
    const [open] = await live().control.statements({ programme: "npq", fee_type: "output", status: "open" });
    const id = open?.id ?? "";
    const before = await live().control.statementBreakdown(id);

    const adjustment = await live().control.addStatementAdjustment(id, { description: "Variation", amount: "-20" });
    const after = await live().control.statementBreakdown(id);
    await live().control.removeStatementAdjustment(id, adjustment.id);

    expect(adjustment).toMatchObject({ description: "Variation", amount: "-20.00" });
    expect(after.adjustments).toEqual([adjustment]);
    expect(after.calculation.totals.adjustments).toBe("-20.00");
    expect(await live().control.statementBreakdown(id)).toEqual(before);
    const [paid] = await live().control.statements({ programme: "npq", fee_type: "output", status: "paid" });
    const error = await live()
      .control.addStatementAdjustment(paid?.id ?? "", { description: "Late", amount: "1.00" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnprocessableError);
  });
});

describe("statementDeclarationsCsv()", () => {
  it("returns the CSV text, a row per declaration on the statement", async () => {
    const { statementId, declarationId } = await declaredStatement();

    const csv = await live().control.statementDeclarationsCsv(statementId);

    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.at(-1)).toBe("");
    expect(lines.find((line) => line.startsWith(`${declarationId},`))).toMatch(
      new RegExp(`^${declarationId},[^,]+,ecf-induction,started,2025-09-20T10:00:00Z,eligible,${statementId},,output,`),
    );
  });

  it("has the header only for a service fee statement", async () => {
    const [service] = await live().control.statements({ programme: "ecf", fee_type: "service" });

    expect(await live().control.statementDeclarationsCsv(service?.id ?? "")).toBe(`${CSV_HEADER}\r\n`);
  });

  it("rejects an unknown statement with a NotFoundError, whatever the raw client's mode", async () => {
    const sandbox = createSandboxClient({ baseUrl: live().baseUrl, fetch: live().fetch });
    const id = randomUUID();

    const error = await sandbox.statementDeclarationsCsv(id).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ path: `/__sandbox/statements/${id}/declarations.csv`, errors: NOT_FOUND });
  });
});
