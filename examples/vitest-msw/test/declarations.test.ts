import { describe, expect, it } from "vitest";
import { createClient } from "../src/client.ts";
import { pendingClawbacks, submitDeclaration, voidDeclaration } from "../src/declarations.ts";
import { newEct, sandbox } from "./mocks/sandbox.ts";

// The app's own client, pointed at DfE's sandbox URL: MSW hands its requests to the sandbox in-process.
const client = createClient();

const started = (participantId: string, declarationDate = "2025-09-15T10:00:00Z") =>
  ({
    cohort: "2025",
    participant_id: participantId,
    course_identifier: "ecf-induction",
    declaration_type: "started",
    declaration_date: declarationDate,
    evidence_held: "training-event-attended",
  }) as const;

describe("submitDeclaration", () => {
  it("declares a milestone: the ECT is funded, so it is eligible for payment", async () => {
    const outcome = await submitDeclaration(client, started(await newEct()));
    expect(outcome).toMatchObject({ outcome: "declared", state: "eligible" });
  });

  it("reports a repeat as already declared", async () => {
    const participantId = await newEct();
    await submitDeclaration(client, started(participantId));
    expect(await submitDeclaration(client, started(participantId))).toEqual({ outcome: "already-declared" });
  });

  it("passes DfE's reasons on when it refuses", async () => {
    const outcome = await submitDeclaration(client, started(await newEct(), "2025-10-02T10:00:00Z"));
    expect(outcome).toEqual({
      outcome: "rejected",
      errors: [
        {
          title: "declaration_date",
          detail: "The '#/declaration_date' value cannot be a future date. Check the date and try again.",
        },
      ],
    });
  });
});

describe("voidDeclaration", () => {
  it("voids an unpaid declaration", async () => {
    const declared = await submitDeclaration(client, started(await newEct()));
    expect(declared.outcome).toBe("declared");
    expect(declared.outcome === "declared" && (await voidDeclaration(client, declared.id))).toBe("voided");
  });

  it("puts a paid one on the next statement for clawback", async () => {
    const participantId = await newEct();
    const declared = await submitDeclaration(client, started(participantId));
    if (declared.outcome !== "declared") {
      throw new Error(`Not declared: ${JSON.stringify(declared)}`);
    }
    // What DfE does, through the sandbox's control API: the statement is paid once its cut-off has passed.
    const statementId = await statementOf(declared.id);
    await sandbox.setClock("2025-11-01T09:00:00Z");
    await sandbox.markStatementPayable(statementId);
    expect((await sandbox.markStatementPaid(statementId)).attributes.paid).toBe(true);

    expect(await voidDeclaration(client, declared.id)).toBe("awaiting-clawback");
    const pending = await pendingClawbacks(client, "2025");
    const clawback = pending.find((candidate) => candidate.declarationId === declared.id);
    expect(clawback).toMatchObject({ participantId, statementId: expect.any(String) });
    expect(clawback?.statementId).not.toBe(statementId);
  });
});

async function statementOf(declarationId: string): Promise<string> {
  const { data } = await client.GET("/api/v3/participant-declarations/{id}", {
    params: { path: { id: declarationId } },
  });
  return data.data.attributes.statement_id ?? "";
}
