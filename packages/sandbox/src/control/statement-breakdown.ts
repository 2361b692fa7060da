import { getRow, monthName, type StatementPayments, type World } from "@lpkit/engine";
import { parameterise } from "../state/tokens.ts";
import { formatTimestamp } from "../time/timestamps.ts";

/**
 * `GET /__sandbox/statements/{id}/breakdown`: the statement as the lead provider API names it (snake_case, month
 * name, `cut_off_date`), plus what only DfE sees (fee type, status, contract), and `calculation`: exactly what the
 * engine's `calculateStatement` returns, so that a client can hand it to `renderStatementBreakdown` or compare it
 * with a forecast made with the same function.
 */
export function renderStatementBreakdown(world: World, payments: StatementPayments) {
  const { statement, contract, calculation } = payments;
  return {
    statement_id: statement.id,
    lead_provider_id: statement.leadProviderId,
    lead_provider_name: getRow(world, "leadProviders", statement.leadProviderId).name,
    cohort: String(statement.cohortYear),
    month: monthName(statement.month),
    year: String(statement.year),
    fee_type: statement.feeType,
    status: statement.status,
    cut_off_date: statement.deadlineDate,
    payment_date: statement.paymentDate,
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
