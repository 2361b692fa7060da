/**
 * GET /__sandbox/statements through HTTP, every response checked against spec/sandbox-v1.yaml: DfE finance's list of
 * statements, service fee statements included, which the lead provider API never shows.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { AMBITION, API, body, errors, leadProviderId, NOT_FOUND } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

interface Summary {
  readonly id: string;
  readonly programme: "ecf" | "npq";
  readonly lead_provider_id: string;
  readonly lead_provider_name: string;
  readonly cohort: string;
  readonly month: string;
  readonly year: string;
  readonly fee_type: "output" | "service";
  readonly status: "open" | "payable" | "paid";
  readonly cut_off_date: string;
  readonly payment_date: string;
}

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

async function list(query = ""): Promise<Summary[]> {
  const response = await client.get(`/__sandbox/statements${query}`);
  expect(response.status).toBe(200);
  return response.body.data;
}

/** The documented order, written out independently of the sandbox's. */
function inDocumentedOrder(statements: readonly Summary[]): string[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...statements]
    .sort(
      (a, b) =>
        compare(a.payment_date, b.payment_date) ||
        compare(a.lead_provider_name, b.lead_provider_name) ||
        compare(a.cohort, b.cohort) ||
        compare(a.id, b.id),
    )
    .map((statement) => statement.id);
}

const ids = (statements: readonly Summary[]) => statements.map((statement) => statement.id);

describe("GET /__sandbox/statements", () => {
  it("lists every statement of the world, output and service fee, by payment date, provider name and cohort", async () => {
    const all = await list("?programme=ecf");
    const counts = (await client.get("/__sandbox/world")).body.counts;
    expect(all).toHaveLength(counts.statements);
    expect(new Set(all.map((statement) => statement.programme))).toEqual(new Set(["ecf"]));
    expect(new Set(all.map((statement) => statement.fee_type))).toEqual(new Set(["output", "service"]));
    expect(new Set(all.map((statement) => statement.lead_provider_name)).size).toBe(7);
    expect(ids(all)).toEqual(inDocumentedOrder(all));
    // Ties on the payment date are common: every provider and cohort is paid on the same days.
    expect(new Set(all.map((statement) => statement.payment_date)).size).toBeLessThan(all.length / 2);
  });

  it("names each statement exactly as its breakdown does", async () => {
    const all = await list("?programme=ecf");
    for (const statement of [all[0], all.find((item) => item.fee_type === "service"), all.at(-1)]) {
      const { id, programme: _programme, ...identity } = statement as Summary;
      const breakdown = (await client.get(`/__sandbox/statements/${id}/breakdown`)).body.data;
      expect(breakdown).toMatchObject({ statement_id: id, ...identity });
    }
  });

  it("filters by lead provider, cohort, fee type and status, keeping the order", async () => {
    const all = await list();
    const ambition = await leadProviderId(client);
    const expected = all.filter(
      (statement) =>
        statement.lead_provider_id === ambition && statement.cohort === "2025" && statement.fee_type === "service",
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(ids(await list(`?lead_provider_id=${ambition}&cohort=2025&fee_type=service`))).toEqual(ids(expected));
    // Ids are matched whatever their case, as in the control API's bodies.
    expect(ids(await list(`?lead_provider_id=${ambition.toUpperCase()}`))).toEqual(
      ids(all.filter((statement) => statement.lead_provider_id === ambition)),
    );
    for (const status of ["open", "payable", "paid"] as const) {
      const withStatus = all.filter((statement) => statement.status === status);
      expect(withStatus.length, status).toBeGreaterThan(0);
      expect(ids(await list(`?status=${status}`))).toEqual(ids(withStatus));
    }
    // A bare year names the ECF cohort and the NPQ cohort with suffix a.
    expect(ids(await list("?cohort=2022&fee_type=output"))).toEqual(
      ids(all.filter((statement) => ["2022", "2022a"].includes(statement.cohort) && statement.fee_type === "output")),
    );
  });

  it("follows a statement through payment", async () => {
    const ambition = await leadProviderId(client);
    const participant = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: ambition,
        course_identifier: "ecf-induction",
        cohort: "2025",
        training_start_date: "2025-09-01",
      },
    });
    const declared = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: body("participant-declaration", {
        participant_id: participant.body.data.id,
        declaration_type: "started",
        declaration_date: "2025-09-20T10:00:00Z",
        course_identifier: "ecf-induction",
        evidence_held: "training-event-attended",
      }),
    });
    const statementId = declared.body.data.attributes.statement_id;
    const status = async () =>
      (await list(`?lead_provider_id=${ambition}&cohort=2025`)).find((statement) => statement.id === statementId)
        ?.status;
    expect(await status()).toBe("open");
    await client.put("/__sandbox/clock", { body: { now: "2025-11-02T09:00:00Z" } });
    await client.post(`/__sandbox/statements/${statementId}/mark-payable`);
    expect(await status()).toBe("payable");
    expect(ids(await list(`?lead_provider_id=${ambition}&status=payable`))).toContain(statementId);
    await client.post(`/__sandbox/statements/${statementId}/mark-paid`);
    expect(await status()).toBe("paid");
  });

  it("finds the service fee statements the lead provider API hides", async () => {
    const ambition = await leadProviderId(client);
    const [service] = await list(`?lead_provider_id=${ambition}&fee_type=service`);
    const hidden = await client.get(`${API}/statements/${service?.id}`, { token: AMBITION });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(NOT_FOUND);
  });

  it("answers an empty list for well-formed filters that match nothing", async () => {
    expect(await list(`?lead_provider_id=${UNKNOWN}`)).toEqual([]);
    expect(await list("?cohort=2019")).toEqual([]);
    const capita = await leadProviderId(client, "capita");
    expect(await list(`?lead_provider_id=${capita}&cohort=2025`)).toEqual([]);
  });

  it.each([
    ["?lead_provider_id=ambition-institute", "'lead_provider_id' must be a UUID."],
    ["?cohort=25", '\'cohort\' must be a cohort year such as "2025" or an NPQ cohort identifier such as "2026b".'],
    ["?cohort=", '\'cohort\' must be a cohort year such as "2025" or an NPQ cohort identifier such as "2026b".'],
    [
      "?cohort=2024,2025",
      '\'cohort\' must be a cohort year such as "2025" or an NPQ cohort identifier such as "2026b".',
    ],
    ["?fee_type=outputs", "'fee_type' must be output or service."],
    ["?status=closed", "'status' must be open, payable or paid."],
    ["?cohort=2024&cohort=2025", "'cohort' can only be given once."],
    [
      "?feetype=service",
      "'feetype' is not a query parameter of this request. Check the sandbox API reference at /docs.",
    ],
    [
      "?filter[cohort]=2025",
      "'filter[cohort]' is not a query parameter of this request. Check the sandbox API reference at /docs.",
    ],
  ])("refuses %s with 400", async (query, detail) => {
    const response = await client.get(`/__sandbox/statements${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errors(["Bad request", detail]));
  });
});
