/**
 * A statement's money, computed from the store: DfE's finance view of one statement (not a lead provider API read,
 * so not scoped to a provider). The payments module does the arithmetic on plain rows; this file only gathers
 * them.
 *
 * Cost: the lead provider's statements for the cohort (a few dozen) and, through the `declarationsByStatement` and
 * `declarationsByClawbackStatement` indexes, only the declarations on this statement or an earlier one. Every
 * declaration that can affect the money sits on one of those, so nothing else is read; counting, the calculation
 * and the CSV are then a few linear passes over those rows (plus one sort of this statement's own rows).
 */

import { FINANCE_MESSAGES } from "../messages/finance.ts";
import type { Contract } from "../model/contract.ts";
import { type Declaration, declarationState } from "../model/declaration.ts";
import { leadProviderCohortKey } from "../model/indexes/index-definition.ts";
import type { Statement } from "../model/statement.ts";
import type { StatementAdjustment } from "../model/statement-adjustment.ts";
import { findRow, lookup, lookupIds, type World } from "../model/world.ts";
import { calculateStatement } from "../payments/calculate-statement.ts";
import { type ContractTerms, lastCohortWithUpliftFees } from "../payments/ecf/contract-terms.ts";
import { countStatementDeclarations, previousStatementIds } from "../payments/ecf/count-statement-declarations.ts";
import { ecfStatementInput } from "../payments/ecf/ecf-statement-input.ts";
import type { StatementDeclarationRow } from "../payments/ecf/statement-declaration-row.ts";
import { statementDeclarationsCsv } from "../payments/ecf/statement-declarations-csv.ts";
import { renderStatementBreakdown } from "../payments/render-statement-breakdown.ts";
import type { StatementCalculation } from "../payments/statement-calculation.ts";
import { courseOfRole } from "../reference/courses.ts";
import { notFound, type Outcome, ok, unprocessable } from "../result.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";

export interface StatementPayments {
  readonly statement: Statement;
  readonly contract: Contract;
  /** The statement's additional adjustments, in the order they were added (the calculation's, with their ids). */
  readonly adjustments: readonly StatementAdjustment[];
  /** `calculateStatement`'s result: bands, output payments, clawbacks, service fee, uplifts, VAT and totals. */
  readonly calculation: StatementCalculation;
  /** The calculation as text a contract manager reads (`renderStatementBreakdown`). */
  readonly breakdown: string;
  /** One RFC 4180 row per declaration paid, clawed back or voided on the statement (`statementDeclarationsCsv`). */
  readonly csv: string;
}

/**
 * Calculates a statement (output or service fee) from the declarations in the store and its contract's terms:
 * banded against the lead provider's statements for the cohort with an earlier payment date. 404 for an unknown
 * statement. The statement's adjustments (`addStatementAdjustment`) are added to its total.
 */
export function statementPayments(world: World, statementId: string): Outcome<StatementPayments> {
  const statement = findRow(world, "statements", statementId);
  if (statement === undefined) {
    return notFound();
  }
  const contract = contractOf(world, statement);
  if (contract === undefined) {
    return unprocessable([{ title: "statement", detail: FINANCE_MESSAGES.statementWithoutContract }]);
  }
  const { terms } = contract;
  const statements = lookup(
    world,
    "statementsByLeadProviderCohort",
    leadProviderCohortKey(statement.leadProviderId, statement.cohortYear),
  );
  const previous = previousStatementIds(statements, statement.id);
  if (!previous.ok) {
    // The statement was found through the index `statements` was read from: its absence there is an engine bug.
    throw new Error(`Statement ${statement.id} is missing from its lead provider's cohort index`);
  }
  const rows = statementDeclarationRows(world, [...previous.value, statement.id], terms);
  const counts = countStatementDeclarations(rows, {
    statementId: statement.id,
    previousStatementIds: previous.value,
    mentorsOnFlatRate: terms.mentorFlatRate !== null,
  });
  const adjustments = lookup(world, "adjustmentsByStatement", statement.id);
  const input = ecfStatementInput(
    terms,
    counts,
    adjustments.map(({ description, amount }) => ({ description, amount })),
  );
  const outcome = input.ok ? calculateStatement(input.value) : input;
  if (!outcome.ok) {
    // No caller input reaches this: terms are validated when the contract is created, the counts are made for those
    // terms and come from the store. A failure here is an engine bug, not a 422.
    throw new Error(`Statement ${statement.id} cannot be calculated: ${JSON.stringify(outcome.failure)}`);
  }
  const calculation = outcome.value;
  const ownRows = rows
    .filter((row) => row.statementId === statement.id || row.clawbackStatementId === statement.id)
    .sort(byDeclarationDateThenId);
  return ok({
    statement,
    contract,
    adjustments,
    calculation,
    breakdown: renderStatementBreakdown(calculation),
    csv: statementDeclarationsCsv({ statementId: statement.id, rows: ownRows, calculation }),
  });
}

/** The declaration as statements see it. Unlike the API, a voided declaration keeps its statement id. */
export function statementDeclarationRow(declaration: Declaration, terms: ContractTerms): StatementDeclarationRow {
  return {
    id: declaration.id,
    participantId: declaration.teacherId,
    courseIdentifier: courseOfRole(declaration.role),
    declarationType: declaration.declarationType,
    declarationDate: formatApiDateTime(declaration.declarationDate),
    state: declarationState(declaration),
    statementId: declaration.statementId,
    clawbackStatementId: declaration.clawbackStatementId,
    // Uplift fees are paid only where the contract has one, and only for the cohorts that had them.
    uplift:
      terms.banded.upliftFeePerDeclaration !== null &&
      terms.cohort <= lastCohortWithUpliftFees &&
      (declaration.pupilPremiumUplift || declaration.sparsityUplift),
  };
}

/** The statement's contract: its own, or (for a statement created without one) the provider's for the cohort. */
function contractOf(world: World, statement: Statement): Contract | undefined {
  return (
    findRow(world, "contracts", statement.contractId) ??
    lookup(
      world,
      "contractsByLeadProviderCohort",
      leadProviderCohortKey(statement.leadProviderId, statement.cohortYear),
    ).at(-1)
  );
}

/** Every declaration paid or clawed back on one of the statements, once each. */
function statementDeclarationRows(
  world: World,
  statementIds: readonly string[],
  terms: ContractTerms,
): StatementDeclarationRow[] {
  const seen = new Set<string>();
  const rows: StatementDeclarationRow[] = [];
  for (const statementId of statementIds) {
    for (const index of ["declarationsByStatement", "declarationsByClawbackStatement"] as const) {
      for (const id of lookupIds(world, index, statementId)) {
        const declaration = world.declarations[id];
        if (declaration !== undefined && !seen.has(id)) {
          seen.add(id);
          rows.push(statementDeclarationRow(declaration, terms));
        }
      }
    }
  }
  return rows;
}

function byDeclarationDateThenId(a: StatementDeclarationRow, b: StatementDeclarationRow): number {
  return compareText(a.declarationDate, b.declarationDate) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
