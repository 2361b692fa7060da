/**
 * POST /__sandbox/statements/{id}/adjustments and DELETE .../adjustments/{adjustment_id} for both programmes'
 * statements (payment rules §1.5, §6.2), through HTTP, every response checked against spec/sandbox-v1.yaml.
 */
import { FINANCE_MESSAGES } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { errors } from "../helpers/ecf.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

interface Row {
  readonly id: string;
  readonly cut_off_date: string;
}

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset({ now: new Date(TEST_NOW) }));

/** The first statement of a programme matching the filters, by cut-off date. */
async function statementWhere(query: string): Promise<string> {
  const rows: Row[] = (await client.get(`/__sandbox/statements?${query}`)).body.data;
  const [first] = [...rows].sort((a, b) => (a.cut_off_date < b.cut_off_date ? -1 : 1));
  expect(first).toBeDefined();
  return first?.id ?? "";
}

const breakdown = async (id: string) => {
  const response = await client.get(`/__sandbox/statements/${id}/breakdown`);
  expect(response.status).toBe(200);
  return response.body.data;
};

const adjust = (id: string, body: Record<string, unknown>) =>
  client.post(`/__sandbox/statements/${id}/adjustments`, { body });

const statementError = (detail: string) => errors(["statement", detail]);

describe("statement adjustments on an ECF statement", () => {
  it("adds one to the total and the breakdown, and takes it off again", async () => {
    const id = await statementWhere("programme=ecf&fee_type=output&status=open");
    const before = await breakdown(id);
    const added = await adjust(id, { description: "Reconciliation of March", amount: "-150" });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      data: { id: expect.any(String), description: "Reconciliation of March", amount: "-150.00" },
    });
    const adjusted = await breakdown(id);
    expect(adjusted.adjustments).toEqual([added.body.data]);
    expect(adjusted.calculation.adjustments).toEqual([{ description: "Reconciliation of March", amount: "-150.00" }]);
    expect(adjusted.calculation.totals.adjustments).toBe("-150.00");
    const subtotal = (data: { calculation: { totals: { subtotal: string } } }) =>
      Math.round(Number(data.calculation.totals.subtotal) * 100);
    expect(subtotal(adjusted)).toBe(subtotal(before) - 15_000);

    const removed = await client.request("DELETE", `/__sandbox/statements/${id}/adjustments/${added.body.data.id}`);
    expect(removed.status).toBe(204);
    expect(await breakdown(id)).toEqual(before);
    const again = await client.request("DELETE", `/__sandbox/statements/${id}/adjustments/${added.body.data.id}`);
    expect(again.status).toBe(404);
  });

  it("refuses a zero amount, one beyond £1,000,000, text that is no amount and a missing description", async () => {
    const id = await statementWhere("programme=ecf&fee_type=output&status=open");
    const zero = await adjust(id, { description: "Nothing", amount: "0.00" });
    expect(zero.status).toBe(422);
    expect(zero.body).toEqual(errors(["amount", FINANCE_MESSAGES.zeroAdjustmentAmount]));
    const large = await adjust(id, { description: "Too much", amount: "1000000.01" });
    expect(large.status).toBe(422);
    expect(large.body).toEqual(errors(["amount", FINANCE_MESSAGES.adjustmentBeyondLimit]));
    expect((await adjust(id, { description: "The most", amount: "-1000000.00" })).status).toBe(201);
    const text = await adjust(id, { description: "Pounds", amount: "£150" });
    expect(text.status).toBe(422);
    expect(text.body).toEqual(errors(["amount", FINANCE_MESSAGES.invalidAdjustmentAmount]));
    const blank = await adjust(id, { description: "   ", amount: "10.00" });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual(errors(["description", FINANCE_MESSAGES.enterAdjustmentDescription]));
    expect((await adjust(id, { amount: "10.00" })).status).toBe(400);
    expect((await adjust(id, { description: "A number", amount: 10 })).status).toBe(400);
  });

  it("refuses a paid statement and a service fee statement, and answers 404 for an unknown one", async () => {
    const paid = await statementWhere("programme=ecf&fee_type=output&status=paid");
    const onPaid = await adjust(paid, { description: "Late", amount: "10.00" });
    expect(onPaid.status).toBe(422);
    expect(onPaid.body).toEqual(statementError(FINANCE_MESSAGES.adjustmentOnPaidStatement));
    const service = await statementWhere("programme=ecf&fee_type=service&status=open");
    const onService = await adjust(service, { description: "Service", amount: "10.00" });
    expect(onService.status).toBe(422);
    expect(onService.body).toEqual(statementError(FINANCE_MESSAGES.adjustmentOnServiceFeeStatement));
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await adjust(unknown, { description: "Nobody's", amount: "10.00" })).status).toBe(404);
    expect((await client.request("DELETE", `/__sandbox/statements/${unknown}/adjustments/${unknown}`)).status).toBe(
      404,
    );
  });
});

describe("statement adjustments on an NPQ statement", () => {
  it("adds any non-zero amount to the total, on service fee statements too, and takes it off again", async () => {
    const id = await statementWhere("programme=npq&fee_type=output&status=open");
    const before = await breakdown(id);
    const added = await adjust(id, { description: "Contract variation", amount: "2000000.00" });
    expect(added.status).toBe(201);
    const adjusted = await breakdown(id);
    expect(adjusted.adjustments).toEqual([added.body.data]);
    expect(adjusted.calculation.totals.adjustments).toBe("2000000.00");
    const total = (data: { calculation: { totals: { total: string } } }) =>
      Math.round(Number(data.calculation.totals.total) * 100);
    expect(total(adjusted)).toBe(total(before) + 200_000_000);
    expect(
      (await client.request("DELETE", `/__sandbox/statements/${id}/adjustments/${added.body.data.id}`)).status,
    ).toBe(204);
    expect(await breakdown(id)).toEqual(before);

    const service = await statementWhere("programme=npq&fee_type=service&status=open");
    expect((await adjust(service, { description: "Service", amount: "-10.00" })).status).toBe(201);
  });

  it("refuses a zero amount and a paid statement", async () => {
    const open = await statementWhere("programme=npq&fee_type=output&status=open");
    const zero = await adjust(open, { description: "Nothing", amount: "-0.00" });
    expect(zero.status).toBe(422);
    expect(zero.body).toEqual(errors(["amount", FINANCE_MESSAGES.zeroAdjustmentAmount]));
    const paid = await statementWhere("programme=npq&fee_type=output&status=paid");
    const onPaid = await adjust(paid, { description: "Late", amount: "10.00" });
    expect(onPaid.status).toBe(422);
    expect(onPaid.body).toEqual(statementError(FINANCE_MESSAGES.adjustmentOnPaidStatement));
  });

  it("keeps an adjustment on a statement once it is paid", async () => {
    const id = await statementWhere("programme=npq&fee_type=output&status=payable&cohort=2024a");
    const added = await adjust(id, { description: "Before payment", amount: "25.50" });
    expect(added.status).toBe(201);
    expect((await client.post(`/__sandbox/statements/${id}/mark-paid`)).status).toBe(200);
    const removed = await client.request("DELETE", `/__sandbox/statements/${id}/adjustments/${added.body.data.id}`);
    expect(removed.status).toBe(422);
    expect(removed.body).toEqual(statementError(FINANCE_MESSAGES.adjustmentOnPaidStatement));
    expect((await breakdown(id)).calculation.totals.adjustments).toBe("25.50");
  });

  it("does not remove an adjustment through another statement's id", async () => {
    const [first, second] = [
      await statementWhere("programme=npq&fee_type=output&status=open"),
      await statementWhere("programme=ecf&fee_type=output&status=open"),
    ];
    const added = await adjust(first, { description: "Mine", amount: "1.00" });
    const elsewhere = await client.request(
      "DELETE",
      `/__sandbox/statements/${second}/adjustments/${added.body.data.id}`,
    );
    expect(elsewhere.status).toBe(404);
  });
});
