/**
 * Additional adjustments from the statement page (finance dashboard §1.9): "Add" and "Change or remove" only while the
 * statement is an unpaid output statement, the steps with their errors, "Check your answers", "add another", change
 * and removal, each stored through the control API's adjustment commands so that the breakdown and the page's total
 * change with them.
 */
import { displayPounds, FINANCE_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import {
  form,
  outputStatementsWithBreakdowns,
  rowLabelled,
  type StatementSummary,
  section,
  statementPath,
  textOf,
} from "../helpers/finance.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

async function openStatement() {
  const { client } = testSandbox();
  const statements = await outputStatementsWithBreakdowns(client);
  const open = statements.find(({ statement }) => statement.status === "open")?.statement as StatementSummary;
  const paid = statements.find(({ statement }) => statement.status === "paid")?.statement as StatementSummary;
  const breakdown = async (statement: StatementSummary) =>
    (await client.get(`/__sandbox/statements/${statement.id}/breakdown`)).body.data;
  return { client, open, paid, breakdown };
}

const newPath = (statement: StatementSummary) => `/finance/statements/${statement.id}/adjustments/new`;

describe("additional adjustments", () => {
  it("offers Add on an unpaid output statement, Change or remove once it has an adjustment, neither on a paid one", async () => {
    const { client, open, paid } = await openStatement();
    const page = await client.get(statementPath(open));
    expect(page.text).toContain(`href="${newPath(open)}"`);
    expect(page.text).not.toContain(`href="/finance/statements/${open.id}/adjustments"`);
    const added = await client.post(`/__sandbox/statements/${open.id}/adjustments`, {
      body: { description: "IT consultant fee", amount: "100.00" },
    });
    expect(added.status).toBe(201);
    const withOne = await client.get(statementPath(open));
    expect(withOne.text).toContain(`href="/finance/statements/${open.id}/adjustments"`);
    const paidPage = await client.get(statementPath(paid));
    expect(paidPage.text).not.toContain("/adjustments");
    const direct = await client.get(newPath(paid));
    expect(direct.status).toBe(303);
    expect(direct.headers.get("location")).toBe(statementPath(paid));
  });

  it("asks the name, then the amount, checks the answers, stores the adjustment and changes the total", async () => {
    const { client, open, breakdown } = await openStatement();
    const before = await breakdown(open);

    const step1 = await client.get(newPath(open));
    expect(textOf(step1.text)).toContain(
      "Add adjustment What is the name of the adjustment Describe what the adjustment is for. For example 'IT consultant fee'",
    );
    const noName = await client.post(newPath(open), form({ form_step: "step1", payment_type: " " }));
    expect(noName.status).toBe(422);
    expect(textOf(noName.text)).toContain("There is a problem Enter a name for the adjustment you want to add");

    const named = await client.post(newPath(open), form({ form_step: "step1", payment_type: "IT consultant fee" }));
    expect(named.status).toBe(303);
    const step2Path = named.headers.get("location") as string;
    expect(textOf((await client.get(step2Path)).text)).toContain("How much is the payment?");
    for (const amount of ["", "lots", "0", "0.00"]) {
      const wrong = await client.post(
        newPath(open),
        form({ form_step: "step2", payment_type: "IT consultant fee", amount }),
      );
      expect(wrong.status).toBe(422);
      expect(textOf(wrong.text)).toContain("There is a problem Enter the amount of money that needs to be paid");
      // GOV.UK's £-prefixed input, ten characters wide, marked and described by its error.
      expect(wrong.text).toContain(
        `<div class="govuk-input__prefix" aria-hidden="true">£</div><input class="govuk-input govuk-input--width-10 govuk-input--error" id="amount" name="amount" type="text" value="${amount}" aria-describedby="amount-error"/>`,
      );
    }
    const priced = await client.post(
      newPath(open),
      form({ form_step: "step2", payment_type: "IT consultant fee", amount: "150" }),
    );
    expect(priced.status).toBe(303);
    const check = await client.get(priced.headers.get("location") as string);
    const checkText = textOf(check.text);
    expect(checkText).toContain("Check your answers Payment type IT consultant fee Change payment type");
    expect(checkText).toContain("Payments £150.00 Change payments");
    expect(checkText).toContain("By continuing you are confirming");

    const confirmed = await client.post(
      newPath(open),
      form({ form_step: "confirm", payment_type: "IT consultant fee", amount: "150" }),
    );
    expect(confirmed.status).toBe(303);
    const added = await client.get(confirmed.headers.get("location") as string);
    expect(textOf(added.text)).toContain("You have added an adjustment");
    expect(rowLabelled(added.text, "IT consultant fee")?.slice(0, 2)).toEqual(["IT consultant fee", "£150.00"]);

    const after = await breakdown(open);
    expect(after.adjustments.map((row: { description: string }) => row.description)).toEqual(["IT consultant fee"]);
    expect(after.calculation.totals.total).not.toBe(before.calculation.totals.total);
    const page = await client.get(statementPath(open));
    const table = section(page.text, 'data-testid="additional-adjustments"', "</table>");
    expect(rowLabelled(table, "IT consultant fee")).toEqual(["IT consultant fee", "£150.00"]);
    expect(rowLabelled(table, "Total")).toEqual(["Total", displayPounds(after.calculation.totals.adjustments)]);
    expect(textOf(page.text)).toContain(`Total ${displayPounds(after.calculation.totals.total)}`);
    const anotherPath = `/finance/statements/${open.id}/adjustments/add_another`;
    const unanswered = await client.post(anotherPath, form({}));
    expect(unanswered.status).toBe(422);
    expect(textOf(unanswered.text)).toContain("There is a problem Select if you need to add another adjustment");
    expect((await client.post(anotherPath, form({ add_another: "yes" }))).headers.get("location")).toBe(newPath(open));
    expect((await client.post(anotherPath, form({ add_another: "no" }))).headers.get("location")).toBe(
      statementPath(open),
    );
  });

  it("shows the engine's refusal on Check your answers, and stores nothing", async () => {
    const { client, open, breakdown } = await openStatement();
    const refused = await client.post(
      newPath(open),
      form({ form_step: "confirm", payment_type: "Too much", amount: "2000000" }),
    );
    expect(refused.status).toBe(422);
    expect(textOf(refused.text)).toContain(`There is a problem ${FINANCE_MESSAGES.adjustmentBeyondLimit}`);
    expect((await breakdown(open)).adjustments).toEqual([]);
  });

  it("changes an adjustment and removes it, the total following", async () => {
    const { client, open, breakdown } = await openStatement();
    const before = await breakdown(open);
    await client.post(newPath(open), form({ form_step: "confirm", payment_type: "Catch-up", amount: "-40.5" }));
    const [stored] = (await breakdown(open)).adjustments as { id: string; description: string }[];
    const changeOrRemove = await client.get(`/finance/statements/${open.id}/adjustments`);
    expect(textOf(changeOrRemove.text)).toContain("Change or remove an adjustment Additional adjustments");
    expect(rowLabelled(changeOrRemove.text, "Catch-up")?.slice(0, 2)).toEqual(["Catch-up", "-£40.50"]);

    const edit = await client.get(`/finance/statements/${open.id}/adjustments/${stored?.id}/edit`);
    expect(edit.status).toBe(303);
    const step1 = await client.get(edit.headers.get("location") as string);
    expect(step1.text).toContain('value="Catch-up"');
    expect(step1.text).toContain(`name="adjustment_id" value="${stored?.id}"`);
    const changed = await client.post(
      newPath(open),
      form({ form_step: "confirm", payment_type: "Catch-up fee", amount: "60", adjustment_id: stored?.id ?? "" }),
    );
    expect(changed.status).toBe(303);
    const [replaced, ...others] = (await breakdown(open)).adjustments as { id: string; description: string }[];
    expect(others).toEqual([]);
    expect(replaced?.description).toBe("Catch-up fee");

    const deletePath = `/finance/statements/${open.id}/adjustments/${replaced?.id}/delete`;
    const confirm = await client.get(deletePath);
    expect(textOf(confirm.text)).toContain("Are you sure you want to remove the 'Catch-up fee' adjustment?");
    const removed = await client.post(deletePath, form({}));
    expect(removed.headers.get("location")).toBe(statementPath(open));
    const after = await breakdown(open);
    expect(after.adjustments).toEqual([]);
    expect(after.calculation.totals.total).toBe(before.calculation.totals.total);
    expect((await client.get(deletePath)).status).toBe(404);
  });
});
