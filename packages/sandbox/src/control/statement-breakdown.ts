import type { StatementPayments, World } from "@lpkit/engine";
import { getRow } from "@lpkit/engine/internal";
import { parameterise } from "../state/tokens.ts";
import { formatTimestamp } from "../time/timestamps.ts";
import { renderStatementIdentity } from "./statement-identity.ts";

/**
 * `GET /__sandbox/statements/{id}/breakdown`: the statement's identity (as the list shows it), when it was paid, its
 * contract, and `calculation`: exactly what the engine's `calculateStatement` returns, so that a client can hand it
 * to `renderStatementBreakdown` or compare it with a forecast made with the same function.
 */
export function renderStatementBreakdown(world: World, payments: StatementPayments) {
  const { statement, contract, calculation } = payments;
  return {
    statement_id: statement.id,
    ...renderStatementIdentity(world, statement),
    marked_as_paid_at: statement.markedAsPaidAt === null ? null : formatTimestamp(statement.markedAsPaidAt),
    contract_id: contract.id,
    contract_type: contract.contractType,
    calculation,
  };
}

/** `ambition-institute-2025-cohort-2025-11-statement.csv`: whose statement, which cohort, which month. */
export function declarationsCsvFilename(world: World, payments: StatementPayments): string {
  const { statement } = payments;
  const token = parameterise(getRow(world, "leadProviders", statement.leadProviderId).name);
  const month = String(statement.month).padStart(2, "0");
  return `${token}-${statement.cohortYear}-cohort-${statement.year}-${month}-statement.csv`;
}
