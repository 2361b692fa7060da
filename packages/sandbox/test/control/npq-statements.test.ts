/**
 * GET /__sandbox/statements and mark-payable / mark-paid for the NPQ API's statements, through HTTP, every response
 * checked against spec/sandbox-v1.yaml: one list for both APIs, told apart by `programme`.
 */
import { FINANCE_MESSAGES } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { errors } from "../helpers/ecf.ts";
import { AMBITION } from "../helpers/npq.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

interface Row {
  readonly id: string;
  readonly programme: "ecf" | "npq";
  readonly lead_provider_id: string;
  readonly lead_provider_name: string;
  readonly cohort: string;
  readonly fee_type: "output" | "service";
  readonly status: "open" | "payable" | "paid";
  readonly cut_off_date: string;
  readonly payment_date: string;
}

const { sandbox, client } = testSandbox();
// Back to the seeded world at the test clock: several tests move the clock.
beforeEach(() => internalControl(sandbox).reset({ now: new Date(TEST_NOW) }));

async function list(query = ""): Promise<Row[]> {
  const response = await client.get(`/__sandbox/statements${query}`);
  expect(response.status).toBe(200);
  return response.body.data;
}

const ids = (rows: readonly Row[]) => rows.map((row) => row.id);

async function npqAmbitionId(): Promise<string> {
  const providers = (await client.get("/__sandbox/npq/lead-providers")).body.data as { id: string; token: string }[];
  return providers.find((provider) => provider.token === AMBITION)?.id ?? "";
}

/** Ambition's next NPQ output statement of 2025a at the test clock: open, its deadline on 25 November 2025. */
async function nextNpqOutputStatement(): Promise<Row> {
  const rows = await list(`?lead_provider_id=${await npqAmbitionId()}&cohort=2025a&fee_type=output&status=open`);
  return rows.sort((a, b) => (a.cut_off_date < b.cut_off_date ? -1 : 1))[0] as Row;
}

describe("GET /__sandbox/statements with the NPQ API's statements", () => {
  it("lists both APIs' statements in one order, each row naming its programme", async () => {
    const world = (await client.get("/__sandbox/world")).body;
    const all = await list();
    expect(all).toHaveLength(world.counts.statements + world.npq.counts.statements);
    const npq = await list("?programme=npq");
    expect(npq).toHaveLength(world.npq.counts.statements);
    expect(ids(all.filter((row) => row.programme === "npq"))).toEqual(ids(npq));
    expect(ids(all.filter((row) => row.programme === "ecf"))).toEqual(ids(await list("?programme=ecf")));
    const key = (row: Row) => [row.payment_date, row.lead_provider_name, row.cohort, row.id].join(" ");
    expect(all.map(key)).toEqual(all.map(key).sort());
    // NPQ rows carry NPQ ids and cohort identifiers; the seed's past output statements are paid or payable.
    expect(new Set(npq.map((row) => row.lead_provider_id)).has(await npqAmbitionId())).toBe(true);
    expect(npq.every((row) => /^\d{4}[ab]$/.test(row.cohort))).toBe(true);
    expect(new Set(npq.map((row) => `${row.fee_type} ${row.status}`))).toEqual(
      new Set(["output open", "output payable", "output paid", "service open"]),
    );
  });

  it("filters by cohort identifier, a bare year meaning suffix a, and by NPQ lead provider", async () => {
    const all = await list();
    const nextB = await list("?cohort=2026b");
    expect(nextB.length).toBeGreaterThan(0);
    expect(ids(nextB)).toEqual(ids(all.filter((row) => row.cohort === "2026b")));
    expect(ids(await list("?cohort=2025"))).toEqual(ids(await list("?cohort=2025a")));
    expect(new Set((await list("?cohort=2025")).map((row) => `${row.programme} ${row.cohort}`))).toEqual(
      new Set(["ecf 2025", "npq 2025a"]),
    );
    expect(await list("?programme=ecf&cohort=2026b")).toEqual([]);
    const ambition = await npqAmbitionId();
    expect(ids(await list(`?lead_provider_id=${ambition}&status=paid`))).toEqual(
      ids(all.filter((row) => row.lead_provider_id === ambition && row.status === "paid")),
    );
  });

  it.each([
    ["?programme=both", "'programme' must be ecf or npq."],
    ["?cohort=2025ab", '\'cohort\' must be a cohort year such as "2025" or an NPQ cohort identifier such as "2026b".'],
    ["?programme=npq&programme=ecf", "'programme' can only be given once."],
  ])("refuses %s with 400", async (query, detail) => {
    const response = await client.get(`/__sandbox/statements${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errors(["Bad request", detail]));
  });
});

describe("POST /__sandbox/statements/{id}/mark-payable and /mark-paid for an NPQ statement", () => {
  it("moves it through payment once the clock has passed its deadline, answering it as the NPQ API shows it", async () => {
    const statement = await nextNpqOutputStatement();
    expect(statement.cut_off_date).toBe("2025-11-25");
    const tooEarly = await client.post(`/__sandbox/statements/${statement.id}/mark-payable`);
    expect([tooEarly.status, tooEarly.body]).toEqual([
      422,
      errors(["statement", FINANCE_MESSAGES.deadlineNotPassed("2025-11-25")]),
    ]);
    await client.put("/__sandbox/clock", { body: { now: "2025-11-27T09:00:00Z" } });
    const payable = await client.post(`/__sandbox/statements/${statement.id}/mark-payable`);
    expect(payable.status).toBe(200);
    expect(payable.body.data).toMatchObject({
      id: statement.id,
      type: "statement",
      attributes: { cohort: "2025", cut_off_date: "2025-11-25", paid: false, updated_at: "2025-11-27T09:00:00Z" },
    });
    const status = async () => (await list("?programme=npq")).find((row) => row.id === statement.id)?.status;
    expect(await status()).toBe("payable");
    const paid = await client.post(`/__sandbox/statements/${statement.id}/mark-paid`);
    expect([paid.status, paid.body.data.attributes.paid]).toEqual([200, true]);
    expect(await status()).toBe("paid");
    const again = await client.post(`/__sandbox/statements/${statement.id}/mark-paid`);
    expect([again.status, again.body]).toEqual([422, errors(["statement", FINANCE_MESSAGES.alreadyPaid])]);
  });

  it("refuses a service fee statement with the control API's 422, changing nothing", async () => {
    const [service] = await list("?programme=npq&fee_type=service&cohort=2024");
    const refused = await client.post(`/__sandbox/statements/${service?.id}/mark-payable`);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toContainEqual({
      title: "statement",
      detail: FINANCE_MESSAGES.onlyOutputStatementsPayable,
    });
    expect((await list("?programme=npq")).find((row) => row.id === service?.id)?.status).toBe("open");
  });

  it("is undone by a reset, which rebuilds the NPQ world to the same digest", async () => {
    const before = (await client.get("/__sandbox/world")).body.npq;
    const statement = await nextNpqOutputStatement();
    await client.put("/__sandbox/clock", { body: { now: "2025-11-27T09:00:00Z" } });
    await client.post(`/__sandbox/statements/${statement.id}/mark-payable`);
    expect((await client.get("/__sandbox/world")).body.npq.digest).not.toBe(before.digest);
    const reset = await client.post("/__sandbox/reset", { body: { now: TEST_NOW } });
    expect(reset.body.npq).toEqual(before);
    expect((await list("?programme=npq")).find((row) => row.id === statement.id)?.status).toBe("open");
  });
});
