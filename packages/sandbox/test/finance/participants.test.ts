/**
 * Participant search, the drill-down and voiding from it (finance dashboard §1.6, §1.7): a paid declaration voided
 * here waits as a clawback on the provider's next output statement, and a refused void names its rule with the
 * service's own message.
 */
import { displayPounds, VOID_RULE_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { AMBITION, API } from "../helpers/ecf.ts";
import {
  csvRecords,
  form,
  outputStatementsWithBreakdowns,
  pageRows,
  rowLabelled,
  type StatementSummary,
  statementPath,
  textOf,
} from "../helpers/finance.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

/** A paid declaration of Ambition's whose cohort still has an output statement to come, and that statement. */
async function paidDeclaration(client: SpecClient) {
  const statements = await outputStatementsWithBreakdowns(client);
  const ambition = statements
    .map(({ statement }) => statement)
    .filter((s) => s.lead_provider_name === "Ambition Institute");
  for (const paid of ambition.filter((statement) => statement.status === "paid")) {
    const next = ambition.find(
      (statement) => statement.cohort === paid.cohort && statement.cut_off_date >= TEST_NOW.slice(0, 10),
    );
    const csv = csvRecords((await client.get(`/__sandbox/statements/${paid.id}/declarations.csv`)).text);
    const row = csv.find((record) => record.state === "paid");
    if (next !== undefined && row !== undefined) {
      return { declarationId: row.declaration_id ?? "", participantId: row.participant_id ?? "", next };
    }
  }
  throw new Error("the seeded world has no paid declaration of Ambition's with a statement to come");
}

/** A participant of Ambition's that DfE merged another record into, as the API shows the change. */
async function mergedParticipant(client: SpecClient) {
  for (let page = 1; ; page++) {
    const participants = (
      await client.get(`${API}/participants?page[per_page]=3000&page[page]=${page}`, { token: AMBITION })
    ).body.data as {
      id: string;
      attributes: { full_name: string; participant_id_changes: { from_participant_id: string }[] };
    }[];
    if (participants.length === 0) {
      throw new Error("the seeded world has no merged participant of Ambition's");
    }
    const merged = participants.find((participant) => participant.attributes.participant_id_changes.length === 1);
    const change = merged?.attributes.participant_id_changes[0];
    if (merged !== undefined && change !== undefined) {
      return { id: merged.id, fullName: merged.attributes.full_name, retiredId: change.from_participant_id };
    }
  }
}

describe("participant search", () => {
  it("offers the search form", async () => {
    const { client } = testSandbox();
    const page = await client.get("/finance/participants");
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain(
      "CPD contract data Search records Enter a participant, declaration or application ID Search",
    );
  });

  it("opens the participant a participant or declaration id names, and says when nothing matches", async () => {
    const { client } = testSandbox();
    const { declarationId, participantId } = await paidDeclaration(client);
    for (const query of [participantId, declarationId, ` ${declarationId.toUpperCase()} `]) {
      const found = await client.get(`/finance/participants?query=${encodeURIComponent(query)}`);
      expect(found.status).toBe(303);
      expect(found.headers.get("location")).toBe(`/finance/participants/${participantId}`);
    }
    const none = await client.get("/finance/participants?query=nobody");
    expect(none.status).toBe(200);
    expect(textOf(none.text)).toContain("There is a problem No records found");
    expect((await client.get("/finance/participants/nobody")).status).toBe(404);
  });
});

describe("the drill-down and voiding", () => {
  it("shows identities, profiles and declarations, with Void on a declaration that can be voided", async () => {
    const { client } = testSandbox();
    const { declarationId, participantId } = await paidDeclaration(client);
    const page = await client.get(`/finance/participants/${participantId}`);
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain(
      `Participant Identities Identity 1 User ID / Participant ID ${participantId} External ID ${participantId} Full name`,
    );
    expect(text).toMatch(/Profiles ParticipantProfile::(ECT|Mentor) User ID \/ Participant ID/);
    for (const label of [
      "Profile ID",
      "Eligible for funding",
      "School URN",
      "Schedule identifier",
      "Schedule cohort",
      "Declarations",
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain(`Declaration ID ${declarationId} Declaration type`);
    expect(text).toContain("State paid Void");
    // Each profile's induction record: its training period, as the lead provider's API shows its enrolment.
    const enrolments = (await client.get(`${API}/participants/${participantId}`, { token: AMBITION })).body.data
      .attributes.ecf_enrolments as { school_urn: string; schedule_identifier: string; training_status: string }[];
    expect(text).toMatch(/Induction records Induction record: [0-9a-f-]{36} Training programme (Provider|School) led/);
    for (const enrolment of enrolments) {
      expect(text).toContain(`School URN ${enrolment.school_urn} Lead provider Ambition Institute`);
      expect(text).toMatch(
        new RegExp(
          `Training status ${enrolment.training_status} Start date \\d{1,2} [A-Z][a-z]+ \\d{4} End date( \\d{1,2} [A-Z][a-z]+ \\d{4})? Schedule ${enrolment.schedule_identifier}`,
        ),
      );
    }
    expect(page.text).toMatch(new RegExp(`/participant_declarations/${declarationId}/void/new`));
  });

  it("shows a merged participant's retired id as a second identity, and a retired id opens the participant", async () => {
    const { client } = testSandbox();
    const merged = await mergedParticipant(client);
    const page = textOf((await client.get(`/finance/participants/${merged.id}`)).text);
    expect(page).toContain(
      `Identity 1 User ID / Participant ID ${merged.id} External ID ${merged.id} Full name ${merged.fullName}`,
    );
    expect(page).toContain(
      `Identity 2 User ID / Participant ID ${merged.id} External ID ${merged.retiredId} Full name ${merged.fullName}`,
    );
    for (const address of [
      `/finance/participants/${merged.retiredId}`,
      `/finance/participants?query=${merged.retiredId}`,
    ]) {
      const opened = await client.get(address);
      expect(opened.status).toBe(303);
      expect(opened.headers.get("location")).toBe(`/finance/participants/${merged.id}`);
    }
  });

  it("voids a paid declaration into a clawback on the next output statement, with the success banner", async () => {
    const { client } = testSandbox();
    const { declarationId, participantId, next } = await paidDeclaration(client);
    const drillDown = (await client.get(`/finance/participants/${participantId}`)).text;
    const voidLink = drillDown.match(
      new RegExp(`href="([^"]*/participant_declarations/${declarationId}/void/new)"`),
    )?.[1];
    expect(voidLink).toBeDefined();

    const confirm = await client.get(voidLink ?? "");
    expect(confirm.status).toBe(200);
    expect(textOf(confirm.text)).toContain(
      `Void declaration Participant ID ${participantId} Declaration ID ${declarationId} Declaration type`,
    );
    const voided = await client.post((voidLink ?? "").replace(/\/new$/, ""), form({}));
    expect(voided.status).toBe(303);
    const banner = await client.get(voided.headers.get("location") ?? "");
    expect(textOf(banner.text)).toContain("Success Declaration voided successfully.");
    expect(textOf(banner.text)).toContain("State awaiting-clawback");

    const api = await client.get(`${API}/participant-declarations/${declarationId}`, { token: AMBITION });
    expect(api.body.data.attributes.state).toBe("awaiting-clawback");
    const breakdown = (await client.get(`/__sandbox/statements/${next.id}/breakdown`)).body.data;
    expect(breakdown.calculation.totals.clawbacks).not.toBe("0.00");
    const statement = await client.get(statementPath(next as StatementSummary));
    expect(textOf(statement.text)).toMatch(/Clawback for [A-Z][a-z]+( \d)? \(Band: [A-C]\)/);
    expect(rowLabelled(statement.text, "Clawbacks")).toEqual([
      "Clawbacks",
      displayPounds(breakdown.calculation.totals.clawbacks),
    ]);
  });

  it("lists each declaration's state history under it, oldest first, with N/A where there is no reason", async () => {
    const { client } = testSandbox();
    const { declarationId, participantId } = await paidDeclaration(client);
    const drillDown = (await client.get(`/finance/participants/${participantId}`)).text;
    const voidPath = drillDown.match(
      new RegExp(`href="([^"]*/participant_declarations/${declarationId}/void)/new"`),
    )?.[1] as string;
    expect((await client.post(voidPath, form({}))).status).toBe(303);

    const html = (await client.get(`/finance/participants/${participantId}`)).text;
    const declaration = html.slice(html.indexOf(`${declarationId}</dd>`));
    const historyTable = declaration.slice(0, declaration.indexOf("</table>"));
    expect(textOf(historyTable)).toMatch(
      /Created at (.+) Updated at (.+) Declaration State History State Changed at Reason/,
    );
    const [, createdAt, updatedAt] =
      textOf(historyTable).match(/Created at (.+) Updated at (.+) Declaration State History/) ?? [];
    const rows = pageRows(historyTable);
    expect(rows[0]).toEqual(["State", "Changed at", "Reason"]);
    // A paid declaration went through every state of the machine up to paid; voiding it here added the clawback.
    expect(rows.slice(1).map(([state]) => state)).toEqual([
      "submitted",
      "eligible",
      "payable",
      "paid",
      "awaiting-clawback",
    ]);
    expect(rows.slice(1).map(([, , reason]) => reason)).toEqual(["N/A", "N/A", "N/A", "N/A", "N/A"]);
    expect(rows[1]?.[1]).toBe(createdAt);
    expect(rows.at(-1)?.[1]).toBe(updatedAt);
  });

  it("names the rule and gives the service's message when the engine refuses the void", async () => {
    const { client } = testSandbox();
    const { declarationId, participantId } = await paidDeclaration(client);
    const drillDown = (await client.get(`/finance/participants/${participantId}`)).text;
    const voidPath = drillDown.match(
      new RegExp(`href="([^"]*/participant_declarations/${declarationId}/void)/new"`),
    )?.[1] as string;
    expect((await client.post(voidPath, form({}))).status).toBe(303);
    // Now awaiting clawback: no Void on it, and voiding it anyway is refused by void rule 2.
    expect((await client.get(`/finance/participants/${participantId}`)).text).not.toContain(
      `/participant_declarations/${declarationId}/void/new`,
    );
    const refused = await client.post(voidPath, form({}));
    expect(refused.status).toBe(422);
    expect(textOf(refused.text)).toContain(
      `This declaration cannot be voided Void rule 2: ${VOID_RULE_MESSAGES[2].detail}`,
    );
    const elsewhere = voidPath.replace(/participant_profiles\/[^/]+/, "participant_profiles/not-a-profile");
    expect((await client.get(`${elsewhere}/new`)).status).toBe(404);
    expect((await client.post(elsewhere, form({}))).status).toBe(404);
  });
});
