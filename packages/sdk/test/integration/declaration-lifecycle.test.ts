/**
 * A declaration's whole life through both clients: the lead provider's (ECF) for what a provider does, the
 * sandbox's control API for what DfE finance and time do.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ParticipantDeclaration,
  type SandboxLeadProvider,
  type ThrowingEcfClient,
  UnprocessableError,
} from "../../src/index.ts";
import { SUITE_NOW, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, newEct, startedDeclaration } from "./support/world.ts";

const live = useLiveSandbox();

let provider: SandboxLeadProvider;
let client: ThrowingEcfClient;
beforeAll(async () => {
  provider = await leadProvider(live().control, AMBITION);
  client = live().ecf(provider.token);
});
beforeEach(async () => {
  await live().control.reset({ now: SUITE_NOW });
});

async function declaration(id: string): Promise<ParticipantDeclaration> {
  const { data } = await client.GET("/api/v3/participant-declarations/{id}", { params: { path: { id } } });
  return data.data;
}

describe("declaration lifecycle", () => {
  it("submitted → eligible → payable → paid → awaiting-clawback → clawed-back", async () => {
    const { control } = live();
    // Not yet eligible for funding: the declaration stays `submitted`, on no statement.
    const participant = await newEct(control, provider, { eligible_for_funding: false });
    const { data: submitted } = await client.POST("/api/v3/participant-declarations", {
      body: startedDeclaration(participant.id),
    });
    expect(submitted.data.attributes).toMatchObject({ state: "submitted", statement_id: null });

    // An appropriate body records the induction: the declaration becomes eligible, on November's statement.
    await control.makeEligibleForFunding(participant.id, "ecf-induction");
    const eligible = await declaration(submitted.data.id);
    expect(eligible.attributes.state).toBe("eligible");
    const statementId = eligible.attributes.statement_id ?? "";
    const { data: statement } = await client.GET("/api/v3/statements/{id}", { params: { path: { id: statementId } } });
    expect(statement.data.attributes).toMatchObject({ cohort: "2025", cut_off_date: "2025-10-31", paid: false });

    // DfE's nightly job, once the cut-off has passed.
    await control.setClock("2025-11-01T09:00:00Z");
    const payable = await control.markStatementPayable(statementId);
    expect(payable).toMatchObject({ id: statementId, type: "statement", attributes: { paid: false } });
    expect((await declaration(submitted.data.id)).attributes.state).toBe("payable");

    // Finance authorises the payment.
    const paid = await control.markStatementPaid(statementId);
    expect(paid.attributes.paid).toBe(true);
    expect((await declaration(submitted.data.id)).attributes.state).toBe("paid");

    // The provider voids a paid declaration: it is clawed back on the next statement (January, cut-off 31 December).
    const { data: voided } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
      params: { path: { id: submitted.data.id } },
    });
    expect(voided.data.attributes).toMatchObject({ state: "awaiting-clawback", statement_id: statementId });
    const clawbackId = voided.data.attributes.clawback_statement_id ?? "";
    const { data: clawback } = await client.GET("/api/v3/statements/{id}", { params: { path: { id: clawbackId } } });
    expect(clawback.data.attributes).toMatchObject({ month: "January", year: "2026", cut_off_date: "2025-12-31" });

    // Voiding again is refused with the service's message.
    const again = await client
      .PUT("/api/v3/participant-declarations/{id}/void", { params: { path: { id: submitted.data.id } } })
      .catch((caught: unknown) => caught);
    expect(again).toBeInstanceOf(UnprocessableError);
    expect((again as UnprocessableError).errors).toEqual([
      { title: "participant_declaration_id", detail: "The declaration will or has been refunded" },
    ]);

    // January's statement is paid: the clawback is done.
    await control.setClock("2026-01-02T09:00:00Z");
    await control.markStatementPayable(clawbackId);
    await control.markStatementPaid(clawbackId);
    expect((await declaration(submitted.data.id)).attributes.state).toBe("clawed-back");
  });

  it("voids an unpaid declaration outright, and it no longer blocks a new one", async () => {
    const participant = await newEct(live().control, provider);
    const body = startedDeclaration(participant.id);
    const { data: first } = await client.POST("/api/v3/participant-declarations", { body });
    expect(first.data.attributes.state).toBe("eligible");

    const { data: voided } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
      params: { path: { id: first.data.id } },
    });
    expect(voided.data.attributes).toMatchObject({ state: "voided", statement_id: null });

    const { data: second } = await client.POST("/api/v3/participant-declarations", { body });
    expect(second.data.id).not.toBe(first.data.id);
  });

  it("refuses to mark a statement payable before its cut-off date", async () => {
    const { data } = await client.GET("/api/v3/statements", { params: { query: { filter: { cohort: "2025" } } } });
    const open = data.data.find((statement) => statement.attributes.cut_off_date === "2025-10-31");

    const error = await live()
      .control.markStatementPayable(open?.id ?? "")
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).errors).toEqual([
      {
        title: "statement",
        detail: "The statement cannot be marked as payable until its cut-off date (2025-10-31) has passed.",
      },
    ]);
  });
});
