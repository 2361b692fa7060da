import type { StatementCalculation } from "@lpkit/engine";
import type { SandboxClient } from "@lpkit/sdk";

/** DfE finance's calculation of an ECF statement, from the sandbox's breakdown (an NPQ one has another shape). */
export async function ecfCalculation(control: SandboxClient, statementId: string): Promise<StatementCalculation> {
  const breakdown = await control.statementBreakdown(statementId);
  if (breakdown.programme !== "ecf") {
    throw new Error(`statement ${statementId} is not an ECF statement`);
  }
  return breakdown.calculation;
}
