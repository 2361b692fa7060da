import { npqTargetedDeliveryFundingApplies } from "../../payments/npq/contract-terms.ts";
import { isNpqBillableState, isNpqRefundableState } from "../../payments/npq/statement-declaration-row.ts";
import type { NpqCohortTerms } from "../forecast-contract.ts";
import type { UndeterminedFigure } from "../undetermined-figures.ts";
import type { NpqForecastRow } from "./npq-forecast-rows.ts";

/**
 * The calculator pays targeted delivery funding on the started declarations of applications whose stored funding
 * eligibility is true (payment rules §6.2); the API shows `eligible_for_funding: false` for a person funded before
 * for the course, whatever is stored. So the funding of such starts (with `targeted_delivery_funding_eligibility`
 * true) is unknown: the forecast leaves it out, and says by how many starts it may be short.
 */
export function npqTargetedDeliveryFundingUndetermined(
  rows: readonly NpqForecastRow[],
  statementId: string,
  statementMonth: string,
  terms: NpqCohortTerms,
): UndeterminedFigure | undefined {
  const unknown = rows.filter(
    ({ row, fundingUnknown }) =>
      fundingUnknown &&
      row.declarationType === "started" &&
      npqTargetedDeliveryFundingApplies(row.courseIdentifier, terms.startYear, statementMonth) &&
      ((row.statementId === statementId && isNpqBillableState(row.state)) ||
        (row.clawbackStatementId === statementId && isNpqRefundableState(row.state))),
  ).length;
  if (unknown === 0) {
    return undefined;
  }
  return {
    figure: "targetedDeliveryFunding",
    declarations: unknown,
    detail: `${unknown} started declaration${unknown === 1 ? " is" : "s are"} of people funded before for the course, and the API hides whether their applications are eligible for funding: targeted delivery funding (or its refund) may be up to ${unknown} x the course's rate more than forecast`,
  };
}
