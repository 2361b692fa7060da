import type { NpqStatementDeclarationRow } from "../../payments/npq/statement-declaration-row.ts";
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqDeclaration } from "../model/declaration.ts";

/**
 * A stored NPQ declaration as statements see it (`countNpqStatementDeclarations`, `statementDeclarationsCsv`), with
 * the statement ids the store holds. (The service keeps a voided declaration's item on its statement, so it counts as
 * voided there; `voidNpqDeclaration` clears the statement id, so counts made from the store show none.) Targeted
 * delivery funding needs the application's stored funding eligibility and its targeted delivery funding
 * eligibility, as the service's calculator reads them (payment rules §6.2).
 */
export function npqStatementDeclarationRow(
  declaration: Pick<
    NpqDeclaration,
    | "id"
    | "userId"
    | "courseIdentifier"
    | "declarationType"
    | "declarationDate"
    | "state"
    | "statementId"
    | "clawbackStatementId"
  >,
  application: Pick<NpqApplication, "eligibleForFunding" | "targetedDeliveryFundingEligibility">,
): NpqStatementDeclarationRow {
  return {
    id: declaration.id,
    participantId: declaration.userId,
    courseIdentifier: declaration.courseIdentifier,
    declarationType: declaration.declarationType,
    declarationDate: formatApiDateTime(declaration.declarationDate),
    state: declaration.state,
    statementId: declaration.statementId,
    clawbackStatementId: declaration.clawbackStatementId,
    targetedDeliveryFunding: application.eligibleForFunding && application.targetedDeliveryFundingEligibility,
  };
}
