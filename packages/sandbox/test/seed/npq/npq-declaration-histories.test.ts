import { londonToday, NPQ_LEAD_PROVIDERS, type NpqDeclaration, type NpqStatement, type NpqWorld } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { seededNpqWorld } from "../../../src/seed/npq/seeded-npq-world.ts";

/** Clocks across the academic year, around statement deadlines and the current cohort's schedule start. */
const CLOCKS = [
  "2022-09-01T00:00:00Z",
  "2023-02-14T12:00:00Z",
  "2024-01-01T00:00:00Z",
  "2025-08-31T22:59:59Z",
  "2025-10-01T09:30:00Z",
  "2025-10-03T08:30:00Z",
  "2025-11-25T23:30:00Z",
  "2025-12-27T10:00:00Z",
  "2026-05-27T10:00:00Z",
  "2026-12-06T17:00:00Z",
  "2031-09-02T10:00:00Z",
];

/** The earliest output statement of the declaration's lead provider and cohort whose deadline is on or after that day. */
function statementFor(world: NpqWorld, declaration: NpqDeclaration, at: string): NpqStatement | undefined {
  const day = londonToday(new Date(at));
  return Object.values(world.statements)
    .filter(
      (statement) =>
        statement.leadProviderId === declaration.leadProviderId &&
        statement.cohortId === declaration.cohortId &&
        statement.feeType === "output" &&
        statement.deadlineDate >= day,
    )
    .sort((a, b) => a.deadlineDate.localeCompare(b.deadlineDate))[0];
}

describe.each(CLOCKS)("the seeded NPQ declarations at %s", (clock) => {
  const now = new Date(clock);
  const { world, refusals } = seededNpqWorld(4010, now);
  const declarations = Object.values(world.declarations);

  it("were all accepted by the rules", () => {
    expect(refusals).toEqual([]);
  });

  it("are in every state for every lead provider, with outcomes passed, failed and voided", () => {
    for (const leadProvider of NPQ_LEAD_PROVIDERS) {
      const states = new Set(declarations.filter((d) => d.leadProviderId === leadProvider.id).map((d) => d.state));
      expect([...states].sort()).toEqual(
        ["awaiting-clawback", "clawed-back", "eligible", "ineligible", "paid", "payable", "submitted", "voided"].sort(),
      );
      const outcomes = new Set(
        Object.values(world.outcomes)
          .filter((outcome) => outcome.leadProviderId === leadProvider.id)
          .map((outcome) => outcome.state),
      );
      expect([...outcomes].sort()).toEqual(["failed", "passed", "voided"]);
    }
  });

  it("sit on the statements the rules gave them when they were made, in the statement's status", () => {
    const statementStatus = { eligible: "open", payable: "payable", paid: "paid" } as const;
    for (const declaration of declarations) {
      const statement = declaration.statementId === null ? undefined : world.statements[declaration.statementId];
      if (declaration.state in statementStatus) {
        expect(statement).toBe(statementFor(world, declaration, declaration.createdAt));
        expect(statement?.status).toBe(statementStatus[declaration.state as keyof typeof statementStatus]);
      } else if (declaration.state === "voided") {
        // Voided while eligible or payable, it keeps its statement as a voided line (payment rules §6.2); voided
        // while submitted, it never had one.
        if (statement !== undefined) {
          expect(statement).toBe(statementFor(world, declaration, declaration.createdAt));
        }
      } else if (declaration.state === "submitted" || declaration.state === "ineligible") {
        expect(statement).toBeUndefined();
      } else {
        // A clawback keeps the statement that paid it and goes on a later output statement of its cohort.
        expect(statement?.status).toBe("paid");
        const clawback = world.statements[declaration.clawbackStatementId ?? ""];
        expect(clawback?.feeType).toBe("output");
        expect(clawback?.cohortId).toBe(declaration.cohortId);
        expect(clawback?.leadProviderId).toBe(declaration.leadProviderId);
        expect((clawback?.deadlineDate ?? "") > (statement?.deadlineDate ?? "")).toBe(true);
        expect(clawback?.status).toBe(declaration.state === "clawed-back" ? "paid" : "payable");
      }
    }
  });

  it("makes the same-TRN duplicate ineligible, superseded by the other person's declaration", () => {
    for (const declaration of declarations.filter((d) => d.state === "ineligible")) {
      const original = world.declarations[declaration.supersededById ?? ""];
      expect(original?.userId).not.toBe(declaration.userId);
      expect(world.users[original?.userId ?? ""]?.trn).toBe(world.users[declaration.userId]?.trn);
    }
  });
});
