import {
  type FeeType,
  type NpqStatement,
  type NpqStatementResource,
  type NpqWorld,
  npqStatementView,
  type Outcome,
  type StatementStatus,
} from "@lpkit/engine";
import { findNpqRow, getNpqRow, monthName } from "@lpkit/engine/internal";
import { executeNpq } from "../journal/journaled-execute.ts";
import type { SandboxState } from "../state/sandbox-state.ts";

/** DfE finance's filters on the NPQ API's statements (`GET /__sandbox/statements`), as typed values. */
export interface NpqFinanceStatementFilter {
  readonly leadProviderId?: string | undefined;
  /** A cohort identifier such as `2025a`. */
  readonly cohort?: string | undefined;
  readonly feeType?: FeeType | undefined;
  readonly status?: StatementStatus | undefined;
}

/**
 * Every NPQ lead provider's statements matching every filter given, output and service fee alike. The NPQ world
 * holds about 1,500 statements, so a scan answers as fast as an index would; the caller orders the rows.
 */
export function listNpqFinanceStatements(world: NpqWorld, filter: NpqFinanceStatementFilter): NpqStatement[] {
  return Object.values(world.statements).filter(
    (statement) =>
      (filter.leadProviderId === undefined || statement.leadProviderId === filter.leadProviderId) &&
      (filter.cohort === undefined || statement.cohortId === filter.cohort) &&
      (filter.feeType === undefined || statement.feeType === filter.feeType) &&
      (filter.status === undefined || statement.status === filter.status),
  );
}

/** An NPQ statement as a row of `GET /__sandbox/statements`: the ECF row's fields, with the NPQ ids and identifier. */
export function renderNpqStatementSummary(world: NpqWorld, statement: NpqStatement) {
  return {
    id: statement.id,
    programme: "npq" as const,
    lead_provider_id: statement.leadProviderId,
    lead_provider_name: getNpqRow(world, "leadProviders", statement.leadProviderId).name,
    cohort: statement.cohortId,
    month: monthName(statement.month),
    year: String(statement.year),
    fee_type: statement.feeType,
    status: statement.status,
    cut_off_date: statement.deadlineDate,
    payment_date: statement.paymentDate,
  };
}

/** Whether a statement id is one of the NPQ world's (ECF and NPQ ids come from different streams and never meet). */
export function isNpqStatementId(world: NpqWorld, statementId: string): boolean {
  return findNpqRow(world, "statements", statementId) !== undefined;
}

/**
 * DfE finance on an NPQ statement (NPQ rules §8), through the engine's commands at the sandbox's "now": on success
 * the statement as the NPQ API shows it to its lead provider; a refusal is the engine's, unchanged.
 */
export function processNpqStatement(
  state: SandboxState,
  statementId: string,
  type: "markNpqStatementPayable" | "markNpqStatementPaid",
  now: Date,
): Outcome<NpqStatementResource> {
  const world = state.npq;
  const processed = executeNpq(world, { type, statementId }, state.npqCommandContext(now));
  return processed.ok ? { ok: true, value: npqStatementView(world, processed.value) } : processed;
}
