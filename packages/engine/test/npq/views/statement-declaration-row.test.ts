import { describe, expect, it } from "vitest";
import { npqStatementDeclarationRow } from "../../../src/npq/views/statement-declaration-row.ts";

const declaration = {
  id: "declaration-1",
  userId: "user-1",
  courseIdentifier: "npq-headship",
  declarationType: "started",
  declarationDate: "2025-09-01T09:30:00.000Z",
  state: "voided",
  statementId: "statement-1",
  clawbackStatementId: null,
} as const;

describe("npqStatementDeclarationRow", () => {
  it("keeps a voided declaration's statement and renders the date as the API does", () => {
    expect(
      npqStatementDeclarationRow(declaration, { eligibleForFunding: true, targetedDeliveryFundingEligibility: false }),
    ).toEqual({
      id: "declaration-1",
      participantId: "user-1",
      courseIdentifier: "npq-headship",
      declarationType: "started",
      declarationDate: "2025-09-01T09:30:00Z",
      state: "voided",
      statementId: "statement-1",
      clawbackStatementId: null,
      targetedDeliveryFunding: false,
    });
  });

  it("counts targeted delivery funding only for an application eligible for funding and for it", () => {
    const funded = (eligibleForFunding: boolean, targetedDeliveryFundingEligibility: boolean) =>
      npqStatementDeclarationRow(declaration, { eligibleForFunding, targetedDeliveryFundingEligibility })
        .targetedDeliveryFunding;
    expect([funded(true, true), funded(false, true), funded(true, false)]).toEqual([true, false, false]);
  });
});
