/**
 * An NPQ statement's money, computed from the store: DfE finance's view of one statement (payment rules §6), not a
 * lead provider API read. The payments module does the arithmetic on plain rows; this file only gathers them: the
 * statement's contracts (one per course, through the lead provider's per-course index) and the declarations paid,
 * clawed back or voided on it (through the statement indexes). NPQ has no bands, so no earlier statement is read.
 */

import { FINANCE_MESSAGES } from "../../messages/finance.ts";
import type { StatementAdjustment } from "../../model/statement-adjustment.ts";
import { calculateStatement } from "../../payments/calculate-statement.ts";
import { countNpqStatementDeclarations } from "../../payments/npq/count-statement-declarations.ts";
import { npqStatementInput } from "../../payments/npq/npq-statement-input.ts";
import type { NpqStatementDeclarationRow } from "../../payments/npq/statement-declaration-row.ts";
import { npqStatementDeclarationsCsv } from "../../payments/npq/statement-declarations-csv.ts";
import { renderStatementBreakdown } from "../../payments/render-statement-breakdown.ts";
import type { NpqStatementCalculation } from "../../payments/statement-calculation.ts";
import { notFound, type Outcome, ok, unprocessable } from "../../result.ts";
import type { NpqContract } from "../model/contract.ts";
import { npqContractKey } from "../model/indexes.ts";
import type { NpqStatement } from "../model/statement.ts";
import { findNpqRow, getNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";
import { NPQ_COURSE_IDENTIFIERS } from "../reference/courses.ts";
import { npqStatementDeclarationRow } from "../views/statement-declaration-row.ts";

export interface NpqStatementPayments {
  readonly statement: NpqStatement;
  /** One per course, in the courses' order. */
  readonly contracts: readonly NpqContract[];
  /** The statement's additional adjustments, in the order they were added (the calculation's, with their ids). */
  readonly adjustments: readonly StatementAdjustment[];
  readonly calculation: NpqStatementCalculation;
  /** The calculation as text a contract manager reads (`renderStatementBreakdown`). */
  readonly breakdown: string;
  /** One RFC 4180 row per declaration paid, clawed back or voided on the statement (`statementDeclarationsCsv`). */
  readonly csv: string;
}

/**
 * Calculates an NPQ statement (output or service fee) from its contracts' terms, the declarations on it and its
 * adjustments (`addNpqStatementAdjustment`). 404 for an unknown statement; 422 for one without contracts (`registerNpqStatements` with
 * `contracts: false`), as for an ECF statement without a contract.
 */
export function npqStatementPayments(world: NpqWorld, statementId: string): Outcome<NpqStatementPayments> {
  const statement = findNpqRow(world, "statements", statementId);
  if (statement === undefined) {
    return notFound();
  }
  const contracts = contractsOf(world, statement);
  if (contracts.length === 0) {
    return unprocessable([{ title: "statement", detail: FINANCE_MESSAGES.statementWithoutContract }]);
  }
  const rows = declarationRows(world, statement.id);
  const adjustments = npqLookup(world, "adjustmentsByStatement", statement.id);
  const cohort = getNpqRow(world, "cohorts", statement.cohortId);
  const input = npqStatementInput({
    cohort: cohort.startYear,
    statementMonth: `${statement.year}-${String(statement.month).padStart(2, "0")}`,
    contracts: contracts.map((contract) => ({ course: contract.courseIdentifier, terms: contract.terms })),
    counts: countNpqStatementDeclarations(rows, statement.id),
    adjustments: adjustments.map(({ description, amount }) => ({ description, amount })),
  });
  const outcome = input.ok ? calculateStatement(input.value) : input;
  if (!outcome.ok) {
    // Terms are checked when a contract is made, declarations land only where their course has a contract, and
    // adjustments are checked when they are added: a failure here is an engine bug, not a 422.
    throw new Error(`NPQ statement ${statement.id} cannot be calculated: ${JSON.stringify(outcome.failure)}`);
  }
  const calculation = outcome.value;
  return ok({
    statement,
    contracts,
    adjustments,
    calculation,
    breakdown: renderStatementBreakdown(calculation),
    csv: npqStatementDeclarationsCsv({ statementId: statement.id, rows, calculation }),
  });
}

function contractsOf(world: NpqWorld, statement: NpqStatement): NpqContract[] {
  return NPQ_COURSE_IDENTIFIERS.flatMap((course) =>
    npqLookup(
      world,
      "contractsByLeadProviderCohortCourse",
      npqContractKey(statement.leadProviderId, statement.cohortId, course),
    ).filter((contract) => contract.statementId === statement.id),
  );
}

/** The declarations paid, voided or clawed back on the statement, once each. */
function declarationRows(world: NpqWorld, statementId: string): NpqStatementDeclarationRow[] {
  const rows = new Map<string, NpqStatementDeclarationRow>();
  for (const index of ["declarationsByStatement", "declarationsByClawbackStatement"] as const) {
    for (const declaration of npqLookup(world, index, statementId)) {
      if (!rows.has(declaration.id)) {
        const application = getNpqRow(world, "applications", declaration.applicationId);
        rows.set(declaration.id, npqStatementDeclarationRow(declaration, application));
      }
    }
  }
  return [...rows.values()];
}
