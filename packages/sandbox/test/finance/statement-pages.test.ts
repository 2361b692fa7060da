/**
 * The statement screens over HTTP (finance dashboard §1.2, §1.3, §1.4, §1.5 and §1.10): labels and column order as DfE's app
 * gives them, the provider and statement choices, the voided declarations and the CSV download.
 */
import { VOID_RULE_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { AMBITION, API } from "../helpers/ecf.ts";
import {
  csvRecords,
  form,
  outputStatementsWithBreakdowns,
  pageRows,
  rowLabelled,
  type StatementSummary,
  section,
  statementPath,
  textOf,
} from "../helpers/finance.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("landing and choosing a provider", () => {
  it("/finance leads to 'Manage CPD contracts', which links to the statements and the participant search", async () => {
    const { client } = testSandbox();
    const root = await client.get("/finance");
    expect(root.status).toBe(303);
    expect(root.headers.get("location")).toBe("/finance/manage-cpd-contracts");
    const landing = await client.get("/finance/manage-cpd-contracts");
    expect(landing.status).toBe(200);
    expect(landing.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(textOf(landing.text)).toContain("Manage CPD contracts View financial statements View, download and update");
    expect(landing.text).toContain('href="/finance/statements"');
    expect(landing.text).toContain('href="/finance/participants"');
  });

  it("lists the lead providers as radios and opens the chosen one's current statement", async () => {
    const { client } = testSandbox();
    const page = await client.get("/finance/payment-breakdowns/choose-provider-ecf");
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain("Choose provider Ambition Institute Best Practice Network");
    const providers = (await client.get("/__sandbox/lead-providers")).body.data as { id: string; token: string }[];
    const ambition = providers.find((provider) => provider.token === AMBITION);
    const chosen = await client.post(
      "/finance/payment-breakdowns/choose-provider-ecf",
      form({ lead_provider: ambition?.id ?? "" }),
    );
    expect(chosen.status).toBe(303);
    // The earliest statement whose cut-off is not past on 1 October 2025: November 2025's.
    const location = chosen.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^/finance/ecf/payment_breakdowns/${ambition?.id}/statements/`));
    const statement = await client.get(location);
    expect(textOf(statement.text)).toContain("November 2025");
  });

  it("asks again, with 'Select a provider', when none is chosen", async () => {
    const { client } = testSandbox();
    const page = await client.post("/finance/payment-breakdowns/choose-provider-ecf", form({}));
    expect(page.status).toBe(422);
    expect(textOf(page.text)).toContain("There is a problem Select a provider");
  });
});

describe("the statement page", async () => {
  const { client } = testSandbox();
  const statements = await outputStatementsWithBreakdowns(client);
  const banded = statements.find(
    ({ breakdown }) => breakdown.calculation.totals.clawbacks !== "0.00" && breakdown.calculation.cohort < 2025,
  )?.statement as StatementSummary;
  const ectMentor = statements.find(({ breakdown }) => breakdown.calculation.cohort >= 2025)
    ?.statement as StatementSummary;

  it("lays out a cohort without mentor funding as DfE's app does", async () => {
    const page = await client.get(statementPath(banded));
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain(`${banded.lead_provider_name} Initial teacher training and early career framework (ITTECF)`);
    expect(text).toContain(`${banded.month} ${banded.year}`);
    for (const label of ["View a different provider", "View a different cohort", "View a different statement"]) {
      expect(text).toContain(label);
    }
    const panel = pageRows(section(page.text, 'data-testid="summary-panel"', 'class="govuk-grid-row"')).map(
      (row) => row[0],
    );
    expect(panel).toEqual([
      "Output payment",
      "Service fee",
      "Uplift fees",
      "Clawbacks",
      "Additional adjustments",
      "VAT",
      "Milestone cut off date",
      "Payment date",
      "Total starts",
      "Total retained",
      "Total completed",
      "Total extended",
      "Total clawed back",
      "Total voided",
    ]);
    expect(rowLabelled(page.text, "Outputs")).toEqual(["Outputs", "Band A", "Band B", "Band C", "Payments"]);
    expect(rowLabelled(page.text, "Number of participants")).toEqual([
      "Number of participants",
      "Fee per participant",
      "Payments",
    ]);
    expect(pageRows(section(page.text, 'data-testid="clawbacks"', "</table>"))[0]).toEqual([
      "Payment type",
      "Number of participants",
      "Fee per participant",
      "Payments",
    ]);
    expect(pageRows(section(page.text, 'data-testid="clawbacks"', "</table>"))[1]?.[0]).toBe("Uplift clawbacks");
    expect(text).toMatch(/Clawback for [A-Z][a-z]+( \d)? \(Band: [A-C]\)/);
    for (const label of [
      "Output payment total",
      "Uplift fees",
      "Adjustments",
      "Additional adjustments",
      "Contract Information",
      "Recruitment target",
      "Revised recruitment target (+150%)",
      "Set-up Fee",
      "Payment amount per participant",
      "Calculation rounding errors",
      "Download declarations (CSV)",
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain("Due to the way payments per participant are made, there may be rounding errors");
    // Adjustments are shown, not yet edited (they come with the adjustments store).
    expect(text).not.toContain("Change or remove");
  });

  it("lays out a 2025 cohort with ECT and mentor tables and the declarations summary", async () => {
    const page = await client.get(statementPath(ectMentor));
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Early career teacher programme: financial statements");
    expect(pageRows(section(page.text, 'data-testid="declarations-summary"', "</table>")).map((row) => row[0])).toEqual(
      ["Declaration type", "Started", "Retained", "Completed", "Extended", "Clawed back", "Voided"],
    );
    expect(rowLabelled(page.text, "Retained")?.[2]).toBe("-");
    expect(page.text).toContain(`${statementPath(ectMentor)}/voided/ect`);
    expect(page.text).toContain(`${statementPath(ectMentor)}/voided/mentor`);
    for (const label of [
      "Early career teacher (ECT) output payments",
      "Fee per ECT",
      "ECTs output payment total",
      "Mentor output payments",
      "Fee per mentor",
      "Mentors output payment total",
      "ECT clawbacks",
      "Mentor clawbacks",
      "Provider targets (per academic year)",
      "ECTs recruitment target",
      "Revised ECTs recruitment target (+150%)",
      "ECT payment bands",
      "Mentors recruitment target",
      "Updated financial statement design",
    ]) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain("Uplift fees");
  });

  it("takes the selector's choice to the statement it names", async () => {
    const sameCohort = statements
      .map(({ statement }) => statement)
      .find(
        (statement) =>
          statement.lead_provider_id === banded.lead_provider_id &&
          statement.cohort === banded.cohort &&
          statement.id !== banded.id,
      ) as StatementSummary;
    const chosen = await client.post(
      "/finance/payment-breakdowns/choose-ecf-statement",
      form({
        lead_provider: sameCohort.lead_provider_id,
        cohort_year: sameCohort.cohort,
        statement: `${sameCohort.month.toLowerCase()}-${sameCohort.year}`,
      }),
    );
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get("location")).toBe(statementPath(sameCohort));
  });

  it("answers 404 for a statement that is not the provider's, or does not exist", async () => {
    const other = statements.find(({ statement }) => statement.lead_provider_id !== banded.lead_provider_id)?.statement;
    const wrongProvider = await client.get(
      `/finance/ecf/payment_breakdowns/${other?.lead_provider_id}/statements/${banded.id}`,
    );
    expect(wrongProvider.status).toBe(404);
    expect(textOf(wrongProvider.text)).toContain("Page not found");
    expect((await client.get("/finance/ecf/statements/not-a-statement/assurance-report.csv")).status).toBe(404);
    expect((await client.get(`${statementPath(banded)}/voided/trainee`)).status).toBe(404);
  });
});

describe("voided declarations and the CSV", () => {
  it("lists a statement's voided declarations, by role, and its CSV reports the voided line", async () => {
    const { client } = testSandbox();
    const statements = await outputStatementsWithBreakdowns(client);
    // An open statement with an eligible declaration, voided through the API: it stays on its statement, voided.
    const open = statements.find(
      ({ statement, breakdown }) =>
        statement.status === "open" &&
        statement.lead_provider_name === "Ambition Institute" &&
        breakdown.calculation.totals.outputPayment !== "0.00",
    )?.statement as StatementSummary;
    const csv = await client.get(`/__sandbox/statements/${open.id}/declarations.csv`);
    const declarationId = csv.text.split("\n")[1]?.split(",")[0] ?? "";
    const voided = await client.put(`${API}/participant-declarations/${declarationId}/void`, { token: AMBITION });
    expect(voided.status).toBe(200);
    const role = voided.body.data.attributes.course_identifier === "ecf-mentor" ? "mentor" : "ect";

    const all = await client.get(`${statementPath(open)}/voided`);
    expect(all.status).toBe(200);
    expect(textOf(all.text)).toContain("Voided declarations Declaration ID Participant ID Type Course");
    expect(textOf(all.text)).toContain(
      `${declarationId} ${voided.body.data.attributes.participant_id} ${voided.body.data.attributes.declaration_type} ${voided.body.data.attributes.course_identifier}`,
    );
    const mine = await client.get(`${statementPath(open)}/voided/${role}`);
    expect(textOf(mine.text)).toContain(role === "ect" ? "ECT voided declarations" : "Mentor voided declarations");
    expect(mine.text).toContain(declarationId);
    const theirs = await client.get(`${statementPath(open)}/voided/${role === "ect" ? "mentor" : "ect"}`);
    expect(theirs.text).not.toContain(declarationId);
    // Voiding it again is refused by the API's void rule 1, which the voided page does not change.
    const again = await client.put(`${API}/participant-declarations/${declarationId}/void`, { token: AMBITION });
    expect(again.body.errors[0].detail).toBe(VOID_RULE_MESSAGES[1].detail);

    const download = await client.get(`/finance/ecf/statements/${open.id}/assurance-report.csv`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="ECF-Declarations-AmbitionInstitute-Cohort${open.cohort}-${open.month}${open.year}.csv"`,
    );
    const line = csvRecords(download.text).find((row) => row["Declaration ID"] === declarationId);
    expect(line?.["Declaration Status"]).toBe("voided");
  });
});
