import type { NpqStatementCalculation } from "@lpkit/engine";
import type { SandboxClient } from "@lpkit/sdk";
import type { NpqBreakdown } from "./npq-contract-terms-from-breakdowns.ts";

/** DfE finance's view of an NPQ statement, from the sandbox's breakdown (an ECF one has another shape). */
export async function npqBreakdown(control: SandboxClient, statementId: string): Promise<NpqBreakdown> {
  const breakdown = await control.statementBreakdown(statementId);
  if (breakdown.programme !== "npq") {
    throw new Error(`statement ${statementId} is not an NPQ statement`);
  }
  return {
    statementId,
    cohort: breakdown.cohort,
    feeType: breakdown.fee_type,
    adjustments: breakdown.adjustments,
    // The control API's schema types a course as any string; the sandbox renders the engine's calculation as it is.
    calculation: breakdown.calculation as NpqStatementCalculation,
  };
}
