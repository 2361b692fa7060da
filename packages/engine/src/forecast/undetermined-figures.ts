import { type ContractTerms, lastCohortWithUpliftFees } from "../payments/ecf/contract-terms.ts";
import { isOnMentorFlatRate, type StatementDeclarationRow } from "../payments/ecf/statement-declaration-row.ts";

/** A figure of a forecast statement that the API's data cannot determine, and why. */
export interface UndeterminedFigure {
  /**
   * - `adjustments`: the API shows none; the forecast has the ones the contract terms file gives for the statement.
   * - `upliftFees`: started declarations not yet paid may carry an uplift the API does not show yet.
   * - `voided`: declarations voided before payment show no statement, so the voided counts are 0 (no money).
   * - `targetedDeliveryFunding` (NPQ): started declarations of previously funded people may earn targeted delivery
   *   funding (or its refund) the API cannot show.
   */
  figure: "adjustments" | "upliftFees" | "voided" | "targetedDeliveryFunding";
  detail: string;
  /**
   * For `upliftFees`: how many started declarations may carry an uplift the forecast could not count; for
   * `targetedDeliveryFunding`: how many started declarations may earn (or refund) funding it could not count.
   */
  declarations?: number;
}

export const voidedCountsUndetermined: UndeterminedFigure = {
  figure: "voided",
  detail:
    "The API shows no statement_id for a declaration voided before it was paid, so the voided counts are 0 here; they carry no money",
};

export const adjustmentsUndetermined: UndeterminedFigure = {
  figure: "adjustments",
  detail:
    "The API does not show a statement's adjustments: list them under adjustments in the contract terms file for this statement (an empty list when there are none)",
};

/**
 * `uplift_paid` is true only once a declaration is paid (ECF rules §2.1), while DfE counts the uplift of an eligible
 * or payable started declaration on its statement already (payment rules §3). So the uplift fees of a statement with
 * such declarations are known only to be at least the forecast, by up to one fee each.
 */
export function upliftFeesUndetermined(
  rows: readonly StatementDeclarationRow[],
  statementId: string,
  terms: ContractTerms,
): UndeterminedFigure | undefined {
  const fee = terms.banded.upliftFeePerDeclaration;
  if (fee === null || terms.cohort > lastCohortWithUpliftFees) {
    return undefined;
  }
  const unpaidStarts = rows.filter(
    (row) =>
      row.statementId === statementId &&
      row.declarationType === "started" &&
      (row.state === "eligible" || row.state === "payable") &&
      !isOnMentorFlatRate(row, terms.mentorFlatRate !== null),
  ).length;
  if (unpaidStarts === 0) {
    return undefined;
  }
  return {
    figure: "upliftFees",
    declarations: unpaidStarts,
    detail: `${unpaidStarts} started declaration${unpaidStarts === 1 ? " is" : "s are"} not paid yet, and the API shows uplift_paid only once a declaration is paid: uplift fees may be up to ${unpaidStarts} x £${fee} more than forecast`,
  };
}
