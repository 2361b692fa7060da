/**
 * Authorising a statement for payment (finance dashboard §1.8): the button only while the statement can be
 * authorised, the confirmation with its checkbox and error, then the statement marked paid by the same engine command
 * as `POST /__sandbox/statements/{id}/mark-paid`, so that the API's declarations on it become `paid`.
 */
import { describe, expect, it } from "vitest";
import { AMBITION, API } from "../helpers/ecf.ts";
import {
  csvRecords,
  form,
  outputStatementsWithBreakdowns,
  type StatementSummary,
  statementPath,
  textOf,
} from "../helpers/finance.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

async function payableStatement() {
  const { sandbox, client } = testSandbox();
  const statements = await outputStatementsWithBreakdowns(client);
  const payable = statements.find(
    ({ statement, breakdown }) =>
      statement.status === "payable" &&
      statement.lead_provider_name === "Ambition Institute" &&
      statement.cut_off_date < TEST_NOW &&
      breakdown.calculation.totals.outputPayment !== "0.00",
  )?.statement as StatementSummary;
  return { sandbox, client, statements, payable };
}

describe("authorise for payment", () => {
  it("is offered on a payable statement past its cut-off with declarations, and on no other", async () => {
    const { client, statements, payable } = await payableStatement();
    const page = await client.get(statementPath(payable));
    expect(page.text).toContain(`href="/finance/statements/${payable.id}/payment_authorisations/new"`);
    const paid = statements.find(({ statement }) => statement.status === "paid")?.statement as StatementSummary;
    const open = statements.find(({ statement }) => statement.status === "open")?.statement as StatementSummary;
    const empty = statements.find(
      ({ statement, breakdown }) =>
        statement.status === "payable" && breakdown.calculation.totals.outputPayment === "0.00",
    )?.statement as StatementSummary;
    for (const statement of [paid, open, empty]) {
      const other = await client.get(statementPath(statement));
      expect(other.text).not.toContain("payment_authorisations/new");
      const direct = await client.get(`/finance/statements/${statement.id}/payment_authorisations/new`);
      expect(direct.status).toBe(303);
    }
  });

  it("asks for the assurance checks, then marks the statement paid and its declarations paid", async () => {
    const { client, payable } = await payableStatement();
    const confirm = await client.get(`/finance/statements/${payable.id}/payment_authorisations/new`);
    expect(confirm.status).toBe(200);
    const text = textOf(confirm.text);
    expect(text).toContain(`Check ${payable.month} ${payable.year} statement details before authorising for payment`);
    expect(text).toContain("Have all necessary assurance checks been done?");
    expect(text).toContain("Yes, I'm ready to authorise this for payment");
    expect(text).toContain("Cancel");
    expect(text).not.toContain("voided declarations");
    // The summary panel without its link, and without "Total extended" while no extension was declared.
    expect(text).toContain("Total starts");
    expect(text).not.toContain("Total extended");

    const unchecked = await client.post(`/finance/statements/${payable.id}/payment_authorisations`, form({}));
    expect(unchecked.status).toBe(422);
    expect(textOf(unchecked.text)).toContain(
      "There is a problem Confirm all necessary assurance checks have been done before authorising this statement for payment",
    );
    expect((await client.get(`/__sandbox/statements/${payable.id}/breakdown`)).body.data.marked_as_paid_at).toBeNull();

    const declarations = csvRecords((await client.get(`/__sandbox/statements/${payable.id}/declarations.csv`)).text);
    const payableIds = declarations.filter((row) => row.state === "payable").map((row) => row.declaration_id);
    expect(payableIds.length).toBeGreaterThan(0);

    const authorised = await client.post(
      `/finance/statements/${payable.id}/payment_authorisations`,
      form({ checks_done: "true" }),
    );
    expect(authorised.status).toBe(303);
    expect(authorised.headers.get("location")).toBe(statementPath(payable));
    const breakdown = (await client.get(`/__sandbox/statements/${payable.id}/breakdown`)).body.data;
    expect(breakdown.marked_as_paid_at).toBe(TEST_NOW);
    expect(breakdown.status).toBe("paid");
    const page = await client.get(statementPath(payable));
    expect(textOf(page.text)).toContain("Authorised for payment at 9:30am on 1 Oct 2025");
    expect(page.text).not.toContain("payment_authorisations/new");
    for (const id of payableIds) {
      const declaration = await client.get(`${API}/participant-declarations/${id}`, { token: AMBITION });
      expect(declaration.body.data.attributes.state).toBe("paid");
    }
  });

  it("refuses a form posted from another site's page", async () => {
    const { client, payable } = await payableStatement();
    const crossSite = await client.post(`/finance/statements/${payable.id}/payment_authorisations`, {
      ...form({ checks_done: "true" }),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://elsewhere.example" },
    });
    expect(crossSite.status).toBe(403);
    expect((await client.get(`/__sandbox/statements/${payable.id}/breakdown`)).body.data.marked_as_paid_at).toBeNull();
  });
});
