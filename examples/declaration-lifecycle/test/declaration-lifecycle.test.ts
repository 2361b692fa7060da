/**
 * One declaration's life, step by step: what the lead provider does through the API (declare, void), and what DfE
 * does through the sandbox's control API (time passing, statements becoming payable, then paid).
 */
import { buildDeclaration, type ParticipantDeclaration, UnprocessableError } from "@lpkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "../src/client.ts";
import { statementReport } from "../src/statement-report.ts";
import { type RunningSandbox, startSandbox } from "./support/start-sandbox.ts";

let running: RunningSandbox;
let client: Client;
let leadProviderId: string;
beforeAll(async () => {
  running = await startSandbox({ now: "2025-10-01T09:30:00Z" });
  const provider = (await running.control.leadProviders()).find(({ name }) => name === "Ambition Institute");
  if (provider === undefined) {
    throw new Error("Ambition Institute is not in the seeded world");
  }
  leadProviderId = provider.id;
  client = createClient({ baseUrl: running.ecfBaseUrl, token: provider.token });
});
afterAll(() => running.close());

async function declaration(id: string): Promise<ParticipantDeclaration> {
  const { data } = await client.GET("/api/v3/participant-declarations/{id}", { params: { path: { id } } });
  return data.data;
}

/** The cohort's output statement paid after `statementId`. */
async function statementAfter(statementId: string, cohort: string): Promise<string | undefined> {
  const { data } = await client.GET("/api/v3/statements", { params: { query: { filter: { cohort } } } });
  const byPaymentDate = data.data.toSorted((a, b) =>
    a.attributes.payment_date.localeCompare(b.attributes.payment_date),
  );
  return byPaymentDate[byPaymentDate.findIndex(({ id }) => id === statementId) + 1]?.id;
}

describe("a declaration, from submission to clawback", () => {
  let declarationId: string;
  let paidOn: string;

  it("1. a school registers an ECT with us, and we declare their start", async () => {
    const participant = await running.control.createParticipant({
      lead_provider_id: leadProviderId,
      course_identifier: "ecf-induction",
      cohort: "2025",
    });
    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: buildDeclaration({
        cohort: "2025",
        participant_id: participant.id,
        course_identifier: "ecf-induction",
        declaration_type: "started",
        declaration_date: "2025-09-15T10:00:00Z",
        evidence_held: "training-event-attended",
      }),
    });
    // The ECT is funded, so the declaration is eligible at once, on the next statement to be paid.
    expect(data.data.attributes.state).toBe("eligible");
    declarationId = data.data.id;
    paidOn = data.data.attributes.statement_id ?? "";
    expect((await statementReport(client, paidOn)).payments.map((line) => line.declarationId)).toContain(declarationId);
  });

  it("2. DfE cannot pay before the statement's cut-off date; after it, the statement becomes payable", async () => {
    await expect(running.control.markStatementPayable(paidOn)).rejects.toBeInstanceOf(UnprocessableError);

    // Time travel: the sandbox's clock moves past the cut-off (31 October).
    await running.control.setClock("2025-11-01T09:00:00Z");
    await running.control.markStatementPayable(paidOn);
    expect((await declaration(declarationId)).attributes.state).toBe("payable");
  });

  it("3. DfE pays the statement: the declaration is paid", async () => {
    await running.control.markStatementPaid(paidOn);
    expect((await declaration(declarationId)).attributes.state).toBe("paid");
    const report = await statementReport(client, paidOn);
    expect(report.paid).toBe(true);
    expect(report.payments.find((line) => line.declarationId === declarationId)?.state).toBe("paid");
  });

  it("4. we void it, as it was made in error: the money will be taken back on the next statement", async () => {
    const { data } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
      params: { path: { id: declarationId } },
    });
    expect(data.data.attributes).toMatchObject({ state: "awaiting-clawback", statement_id: paidOn });

    const clawbackOn = data.data.attributes.clawback_statement_id ?? "";
    expect(clawbackOn).toBe(await statementAfter(paidOn, "2025"));
    const next = await statementReport(client, clawbackOn);
    expect(next.paid).toBe(false);
    expect(next.clawbacks).toContainEqual({
      declarationId,
      participantId: data.data.attributes.participant_id,
      declarationType: "started",
      state: "awaiting-clawback",
    });
  });

  it("5. DfE pays that statement: the declaration is clawed back", async () => {
    const clawbackOn = (await declaration(declarationId)).attributes.clawback_statement_id ?? "";
    const { data } = await client.GET("/api/v3/statements/{id}", { params: { path: { id: clawbackOn } } });
    // Time travel again: to the day after its cut-off date.
    const cutOff = new Date(`${data.data.attributes.cut_off_date}T00:00:00Z`);
    await running.control.setClock(new Date(cutOff.getTime() + 86_400_000));
    await running.control.markStatementPayable(clawbackOn);
    await running.control.markStatementPaid(clawbackOn);
    expect((await declaration(declarationId)).attributes.state).toBe("clawed-back");
  });
});
