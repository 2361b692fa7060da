import type { Statement, World } from "@lpkit/engine";
import { getRow, monthName } from "@lpkit/engine/internal";

/**
 * Which statement this is, as the control API names it everywhere (the breakdown and the list): the lead provider,
 * cohort, month and dates as the lead provider API shows them (snake_case, month name, `cut_off_date`), plus what
 * only DfE sees, its fee type and status.
 */
export function renderStatementIdentity(world: World, statement: Statement) {
  return {
    lead_provider_id: statement.leadProviderId,
    lead_provider_name: getRow(world, "leadProviders", statement.leadProviderId).name,
    cohort: String(statement.cohortYear),
    month: monthName(statement.month),
    year: String(statement.year),
    fee_type: statement.feeType,
    status: statement.status,
    cut_off_date: statement.deadlineDate,
    payment_date: statement.paymentDate,
  };
}

/** `GET /__sandbox/statements`: one statement of the list, its id and identity. */
export function renderStatementSummary(world: World, statement: Statement) {
  return { id: statement.id, ...renderStatementIdentity(world, statement) };
}
