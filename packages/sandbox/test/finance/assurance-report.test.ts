/**
 * "Download declarations (CSV)" (finance dashboard §1.10): DfE's assurance report, with its file name and
 * columns, filled from the ECF world: the same line items as the control API's declarations CSV, each with the
 * participant's, school's and delivery partner's facts the lead provider's API shows.
 */
import { describe, expect, it } from "vitest";
import { AMBITION, API } from "../helpers/ecf.ts";
import { csvRecords, csvRows, outputStatementsWithBreakdowns, type StatementSummary } from "../helpers/finance.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const ECF_HEADERS = [
  "Participant ID",
  "Participant Name",
  "TRN",
  "Type",
  "Mentor Profile ID",
  "Schedule",
  "Eligible For Funding",
  "Eligible For Funding Reason",
  "Sparsity Uplift",
  "Pupil Premium Uplift",
  "Sparsity And Pp",
  "Lead Provider Name",
  "Delivery Partner Name",
  "School Urn",
  "School Name",
  "Training Status",
  "Training Status Reason",
  "Declaration ID",
  "Declaration Status",
  "Declaration Type",
  "Declaration Date",
  "Declaration Created At",
  "Statement Name",
  "Statement ID",
  "Uplift Payable",
];

const byName = new Intl.Collator("en-GB");

describe("the ECF assurance report", () => {
  it("has DfE's columns, one row per line item of the control API's CSV, by participant name", async () => {
    const { client } = testSandbox();
    const statements = await outputStatementsWithBreakdowns(client);
    const { statement } = statements.find(
      ({ statement: s, breakdown }) =>
        s.lead_provider_name === "Ambition Institute" && breakdown.calculation.totals.outputPayment !== "0.00",
    ) as { statement: StatementSummary };
    const report = await client.get(`/finance/ecf/statements/${statement.id}/assurance-report.csv`);
    expect(report.status).toBe(200);
    expect(report.headers.get("content-disposition")).toBe(
      `attachment; filename="ECF-Declarations-AmbitionInstitute-Cohort${statement.cohort}-${statement.month}${statement.year}.csv"`,
    );
    expect(csvRows(report.text)[0]).toEqual(ECF_HEADERS);
    const rows = csvRecords(report.text);
    const control = csvRecords((await client.get(`/__sandbox/statements/${statement.id}/declarations.csv`)).text);
    expect(rows.length).toBeGreaterThan(0);
    // The columns both files have agree, declaration by declaration.
    const shared = (record: Record<string, string | undefined>) =>
      [record.id, record.participant, record.type, record.date].join(" ");
    expect(
      rows
        .map((row) =>
          shared({
            id: row["Declaration ID"],
            participant: row["Participant ID"],
            type: row["Declaration Type"],
            date: row["Declaration Date"],
          }),
        )
        .sort(),
    ).toEqual(
      control
        .map((row) =>
          shared({
            id: row.declaration_id,
            participant: row.participant_id,
            type: row.declaration_type,
            date: row.declaration_date,
          }),
        )
        .sort(),
    );
    const names = rows.map((row) => row["Participant Name"] ?? "");
    expect(names).toEqual(names.toSorted(byName.compare));
    for (const row of rows) {
      expect(row["Statement ID"]).toBe(statement.id);
      expect(row["Statement Name"]).toBe(`${statement.month} ${statement.year}`);
      expect(row["Lead Provider Name"]).toBe("Ambition Institute");
      expect(row["Uplift Payable"]).toBe(
        String(row["Sparsity Uplift"] === "true" || row["Pupil Premium Uplift"] === "true"),
      );
    }

    // A row's participant, school, schedule and delivery partner are those the lead provider's API shows.
    const row = rows[0] as Record<string, string>;
    const participant = (await client.get(`${API}/participants/${row["Participant ID"]}`, { token: AMBITION })).body
      .data;
    const role = row.Type === "ParticipantProfile::Mentor" ? "mentor" : "ect";
    const enrolment = participant.attributes.ecf_enrolments.find(
      (candidate: { participant_type: string }) => candidate.participant_type === role,
    );
    expect(row["Participant Name"]).toBe(participant.attributes.full_name);
    expect(row.TRN).toBe(participant.attributes.teacher_reference_number ?? "");
    expect(row["School Urn"]).toBe(enrolment.school_urn);
    expect(row.Schedule).toBe(enrolment.schedule_identifier ?? "");
    expect(row["Training Status"]).toBe(enrolment.training_status);
    const partner = (await client.get(`${API}/delivery-partners/${enrolment.delivery_partner_id}`, { token: AMBITION }))
      .body.data;
    expect(row["Delivery Partner Name"]).toBe(partner.attributes.name);
    expect(row["School Name"]).not.toBe("");
  });

  it("shows a clawed-back declaration paid on its statement and awaiting clawback on the next", async () => {
    const { client } = testSandbox();
    const statements = (await outputStatementsWithBreakdowns(client))
      .map(({ statement }) => statement)
      .filter((statement) => statement.lead_provider_name === "Ambition Institute");
    let found: { paid: StatementSummary; declarationId: string } | undefined;
    for (const paid of statements.filter((statement) => statement.status === "paid")) {
      const hasNext = statements.some(
        (statement) => statement.cohort === paid.cohort && statement.cut_off_date >= TEST_NOW.slice(0, 10),
      );
      const row = csvRecords((await client.get(`/__sandbox/statements/${paid.id}/declarations.csv`)).text).find(
        (record) => record.state === "paid",
      );
      if (hasNext && row?.declaration_id !== undefined) {
        found = { paid, declarationId: row.declaration_id };
        break;
      }
    }
    if (found === undefined) {
      throw new Error("the seeded world has no paid declaration of Ambition's with a statement to come");
    }
    const { paid, declarationId } = found;
    const voided = await client.put(`${API}/participant-declarations/${declarationId}/void`, { token: AMBITION });
    expect(voided.body.data.attributes.state).toBe("awaiting-clawback");
    const clawbackStatementId = csvRecords(
      (await client.get(`/__sandbox/statements/${paid.id}/declarations.csv`)).text,
    ).find((record) => record.declaration_id === declarationId)?.clawback_statement_id;

    const status = async (statementId: string) =>
      csvRecords((await client.get(`/finance/ecf/statements/${statementId}/assurance-report.csv`)).text)
        .filter((row) => row["Declaration ID"] === declarationId)
        .map((row) => row["Declaration Status"]);
    expect(await status(paid.id)).toEqual(["paid"]);
    expect(await status(clawbackStatementId ?? "")).toEqual(["awaiting_clawback"]);
  });

  it("answers 404 for an unknown statement", async () => {
    const { client } = testSandbox();
    const response = await client.get(
      "/finance/ecf/statements/00000000-0000-0000-0000-000000000000/assurance-report.csv",
    );
    expect(response.status).toBe(404);
  });
});
