import type { NpqStatementPayments, NpqWorld, StatementAdjustment, StatementPayments, World } from "@lpkit/engine";
import { getNpqRow, getRow } from "@lpkit/engine/internal";
import { parameterise } from "../state/tokens.ts";
import { formatTimestamp } from "../time/timestamps.ts";
import { renderNpqStatementSummary } from "./npq-statements.ts";
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
    programme: "ecf" as const,
    ...renderStatementIdentity(world, statement),
    marked_as_paid_at: statement.markedAsPaidAt === null ? null : formatTimestamp(statement.markedAsPaidAt),
    contract_id: contract.id,
    contract_type: contract.contractType,
    adjustments: payments.adjustments.map(renderStatementAdjustment),
    calculation,
  };
}

/** An adjustment as `POST /__sandbox/statements/{id}/adjustments` answers it and the breakdown lists it. */
export function renderStatementAdjustment(adjustment: StatementAdjustment) {
  return { id: adjustment.id, description: adjustment.description, amount: adjustment.amount };
}

/**
 * The same for an NPQ statement (payment rules §6): its identity as the list shows it, its contracts, and the NPQ
 * calculation, exactly as `calculateStatement` returns it.
 */
export function renderNpqStatementBreakdown(world: NpqWorld, payments: NpqStatementPayments) {
  const { id, ...identity } = renderNpqStatementSummary(world, payments.statement);
  return {
    statement_id: id,
    ...identity,
    contracts: payments.contracts.map((contract) => ({
      id: contract.id,
      course_identifier: contract.courseIdentifier,
    })),
    adjustments: payments.adjustments.map(renderStatementAdjustment),
    calculation: payments.calculation,
  };
}

/** `ambition-institute-2025-cohort-2025-11-statement.csv`: whose statement, which cohort, which month. */
export function declarationsCsvFilename(world: World, payments: StatementPayments): string {
  const { statement } = payments;
  const token = parameterise(getRow(world, "leadProviders", statement.leadProviderId).name);
  return csvFilename(token, String(statement.cohortYear), statement.year, statement.month);
}

/** `ambition-institute-2025a-cohort-2025-12-statement.csv` for an NPQ statement (its cohort identifier). */
export function npqDeclarationsCsvFilename(world: NpqWorld, payments: NpqStatementPayments): string {
  const { statement } = payments;
  const token = parameterise(getNpqRow(world, "leadProviders", statement.leadProviderId).name);
  return csvFilename(token, statement.cohortId, statement.year, statement.month);
}

function csvFilename(token: string, cohort: string, year: number, month: number): string {
  return `${token}-${cohort}-cohort-${year}-${String(month).padStart(2, "0")}-statement.csv`;
}
