/**
 * An NPQ statement's "Manual adjustments" (finance dashboard §3.3): "Make adjustment" with the NPQ service's one-page
 * form and messages, "You’ve made an adjustment" with "add another", "Change or remove" once there is one, "Edit" and
 * "Remove"; each stored through the control API's commands, so the breakdown and the page's total follow.
 */
import { describe, expect, it } from "vitest";
import { form, textOf } from "../helpers/finance.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

interface NpqStatementSummary {
  readonly id: string;
  readonly status: string;
}

async function npqStatements(client: SpecClient) {
  const statements = (await client.get("/__sandbox/statements?programme=npq&fee_type=output")).body
    .data as NpqStatementSummary[];
  const open = statements.find((statement) => statement.status === "open") as NpqStatementSummary;
  const paid = statements.find((statement) => statement.status === "paid") as NpqStatementSummary;
  return { open, paid };
}

const adjustmentsTotal = async (client: SpecClient, statementId: string) =>
  (await client.get(`/__sandbox/statements/${statementId}/breakdown`)).body.data.calculation.totals.adjustments;

describe("an NPQ statement's manual adjustments", () => {
  it("offers Make adjustment while the statement is not paid, and Change or remove once it has one", async () => {
    const { client } = testSandbox();
    const { open, paid } = await npqStatements(client);
    const page = await client.get(`/finance/npq/statements/${open.id}`);
    expect(textOf(page.text)).toContain(
      "Manual adjustments Additional adjustments There are no adjustments. Make adjustment",
    );
    expect(page.text).toContain(`href="/finance/npq/statements/${open.id}/adjustments/new?show_all_adjustments=false"`);
    expect(textOf(page.text)).not.toContain("Change or remove");
    const paidPage = await client.get(`/finance/npq/statements/${paid.id}`);
    expect(textOf(paidPage.text)).not.toContain("Make adjustment");
    const direct = await client.get(`/finance/npq/statements/${paid.id}/adjustments/new`);
    expect(direct.status).toBe(303);
    expect(direct.headers.get("location")).toBe(`/finance/npq/statements/${paid.id}`);
    const posted = await client.post(
      `/finance/npq/statements/${paid.id}/adjustments`,
      form({ description: "Late fee", amount: "10" }),
    );
    expect(posted.status).toBe(422);
    expect(textOf(posted.text)).toContain(
      "There is a problem Adjustments can no longer be made to this statement, as it is marked as paid",
    );
  });

  it("checks the form with the NPQ service's messages", async () => {
    const { client } = testSandbox();
    const { open } = await npqStatements(client);
    const newPage = await client.get(`/finance/npq/statements/${open.id}/adjustments/new?show_all_adjustments=false`);
    expect(textOf(newPage.text)).toContain(
      "Make adjustment Describe what the adjustment is for, such as 'IT consultant fee' for example. We'll share this information with the provider. Amount Do not include commas or pound signs, for example enter 19000 for £19,000. £ Continue Cancel",
    );
    const post = (fields: Record<string, string>) =>
      client.post(`/finance/npq/statements/${open.id}/adjustments`, form(fields));
    const blank = await post({ description: " ", amount: "" });
    expect(blank.status).toBe(422);
    expect(textOf(blank.text)).toContain(
      "There is a problem You must enter a description for the adjustment You must enter an adjustment amount",
    );
    // The NPQ service's £-prefixed amount is five characters wide, described by its hint and its error.
    expect(blank.text).toContain(
      '<div class="govuk-input__prefix" aria-hidden="true">£</div><input class="govuk-input govuk-input--width-5 govuk-input--error" id="adjustment-amount" name="amount" type="text" value="" aria-describedby="adjustment-amount-hint adjustment-amount-error"/>',
    );
    expect(textOf((await post({ description: "Fee", amount: "£1,000" })).text)).toContain(
      "There is a problem You can only enter numeric values in the adjustment amount field",
    );
    expect(textOf((await post({ description: "Fee", amount: "0.00" })).text)).toContain(
      "There is a problem The adjustment amount cannot be zero",
    );
    expect(await adjustmentsTotal(client, open.id)).toBe("0.00");
  });

  it("makes, lists, changes and removes adjustments, the breakdown following", async () => {
    const { client } = testSandbox();
    const { open } = await npqStatements(client);
    const made = await client.post(
      `/finance/npq/statements/${open.id}/adjustments`,
      form({ description: "IT consultant fee", amount: "19000", show_all_adjustments: "false", created: "" }),
    );
    expect(made.status).toBe(303);
    const listPath = made.headers.get("location") as string;
    expect(listPath).toMatch(
      new RegExp(`^/finance/npq/statements/${open.id}/adjustments\\?show_all_adjustments=false&created=[0-9a-f-]{36}$`),
    );
    expect(await adjustmentsTotal(client, open.id)).toBe("19000.00");
    const list = await client.get(listPath);
    expect(textOf(list.text)).toContain(
      "You’ve made an adjustment Description Amount Actions IT consultant fee £19,000.00 Edit IT consultant fee Remove IT consultant fee Do you need to add another adjustment? Yes No Continue",
    );
    const created = new URL(listPath, "http://sandbox").searchParams.get("created") as string;

    // "Add another" needs an answer; "Yes" opens the form again, keeping the list of what was made.
    const unanswered = await client.post(
      `/finance/npq/statements/${open.id}/adjustments/add_another`,
      form({ show_all_adjustments: "false", created }),
    );
    expect(unanswered.status).toBe(422);
    expect(textOf(unanswered.text)).toContain("There is a problem Select if you need to add another adjustment");
    const another = await client.post(
      `/finance/npq/statements/${open.id}/adjustments/add_another`,
      form({ add_another: "yes", show_all_adjustments: "false", created }),
    );
    expect(another.headers.get("location")).toBe(
      `/finance/npq/statements/${open.id}/adjustments/new?show_all_adjustments=false&created=${created}`,
    );
    const second = await client.post(
      `/finance/npq/statements/${open.id}/adjustments`,
      form({ description: "Refund", amount: "-45.5", show_all_adjustments: "false", created }),
    );
    const both = textOf((await client.get(second.headers.get("location") as string)).text);
    expect(both).toContain("IT consultant fee £19,000.00");
    expect(both).toContain("Refund -£45.50");
    expect(await adjustmentsTotal(client, open.id)).toBe("18954.50");
    const done = await client.post(
      `/finance/npq/statements/${open.id}/adjustments/add_another`,
      form({ add_another: "no", show_all_adjustments: "false", created }),
    );
    expect(done.headers.get("location")).toBe(`/finance/npq/statements/${open.id}`);

    // "Change or remove" lists every adjustment; "Edit" changes one in place of the old.
    const statementPage = await client.get(`/finance/npq/statements/${open.id}`);
    expect(textOf(statementPage.text)).toContain("Total £18,954.50 Make adjustment Change or remove");
    const all = await client.get(`/finance/npq/statements/${open.id}/adjustments?show_all_adjustments=true`);
    expect(textOf(all.text)).not.toContain("You’ve made an adjustment");
    const editPath = all.text.match(/href="(\/finance\/npq\/statements\/[^"]+\/edit\?show_all_adjustments=true)"/)?.[1];
    const edit = await client.get((editPath as string).replaceAll("&amp;", "&"));
    expect(edit.text).toContain('value="IT consultant fee"');
    expect(edit.text).toContain('value="19000.00"');
    const action = edit.text.match(/<form method="post" action="([^"]+)"/)?.[1] as string;
    const changed = await client.post(
      action,
      form({ description: "IT consultant fee", amount: "18000", show_all_adjustments: "true", created: "" }),
    );
    expect(changed.headers.get("location")).toBe(
      `/finance/npq/statements/${open.id}/adjustments?show_all_adjustments=true`,
    );
    expect(await adjustmentsTotal(client, open.id)).toBe("17954.50");

    // "Remove" asks first, then takes it off (the changed one went to the end: the refund is listed first now).
    const afterChange = await client.get(`/finance/npq/statements/${open.id}/adjustments?show_all_adjustments=true`);
    const deletePath = afterChange.text.match(/href="(\/finance\/npq\/statements\/[^"]+\/delete\?[^"]+)"/)?.[1];
    const confirm = await client.get((deletePath as string).replaceAll("&amp;", "&"));
    expect(textOf(confirm.text)).toContain(
      "Are you sure you want to remove this adjustment? Description Amount Refund -£45.50 Remove Cancel",
    );
    const removed = await client.post(
      (deletePath as string).split("?")[0] as string,
      form({ show_all_adjustments: "true", created: "" }),
    );
    expect(removed.status).toBe(303);
    expect(await adjustmentsTotal(client, open.id)).toBe("18000.00");
    expect((await client.get(`/finance/npq/statements/${open.id}/adjustments/not-an-id/edit`)).status).toBe(404);
  });
});
