import { type ContractTerms, lastCohortWithUpliftFees } from "../payments/ecf/contract-terms.ts";
import type { StatementDeclarationRow } from "../payments/ecf/statement-declaration-row.ts";
import { type FieldReader, fieldPath } from "../payments/input/field-reader.ts";
import type { ForecastContract } from "./forecast-contract.ts";
import type { ForecastDeclarationRecord, ForecastStatementRecord } from "./read-api-resources.ts";

/**
 * Places the API's statements and declarations in their cohorts, the unit a contract and its bands cover; what
 * cannot be placed is reported to the reader.
 */

/** The statements of each cohort with terms, by payment date; a cohort without terms is one problem. */
export function statementsByCohort(
  reader: FieldReader,
  statements: readonly ForecastStatementRecord[],
  contract: ForecastContract,
): Map<number, ForecastStatementRecord[]> {
  const byCohort = new Map<number, ForecastStatementRecord[]>();
  for (const statement of statements) {
    const list = byCohort.get(statement.cohort) ?? [];
    list.push(statement);
    byCohort.set(statement.cohort, list);
  }
  const cohorts = [...byCohort.keys()].sort((a, b) => a - b);
  const sorted = new Map<number, ForecastStatementRecord[]>();
  for (const cohort of cohorts) {
    const list = byCohort.get(cohort) ?? [];
    if (!contract.terms.has(cohort)) {
      reader.report(
        fieldPath(fieldPath((list[0] as ForecastStatementRecord).path, "attributes"), "cohort"),
        `is ${cohort}, and the contract terms file has no contract for the ${cohort} cohort: its ${list.length} statement${list.length === 1 ? " is" : "s are"} not forecast`,
      );
      continue;
    }
    sorted.set(cohort, list.toSorted(byPaymentDateThenId));
  }
  return sorted;
}

/**
 * Each declaration under the cohort of the statement it is on; one on a statement not given is a problem, since it
 * may change the bands of every later statement of its cohort.
 */
export function declarationsByCohort(
  reader: FieldReader,
  declarations: readonly ForecastDeclarationRecord[],
  statements: readonly ForecastStatementRecord[],
  contract: ForecastContract,
): Map<number, StatementDeclarationRow[]> {
  const cohortOf = new Map(statements.map((statement) => [statement.id, statement.cohort]));
  const byCohort = new Map<number, StatementDeclarationRow[]>();
  for (const { path, row, upliftPaid } of declarations) {
    let cohort: number | undefined;
    for (const key of ["statementId", "clawbackStatementId"] as const) {
      const id = row[key];
      if (id === null) {
        continue;
      }
      const found = cohortOf.get(id);
      if (found === undefined) {
        const field = key === "statementId" ? "statement_id" : "clawback_statement_id";
        reader.report(
          fieldPath(fieldPath(path, "attributes"), field),
          `is ${id}, which is not among the statements given: sync every statement (GET /api/v3/statements) with the declarations`,
        );
      }
      cohort ??= found;
    }
    const terms = cohort === undefined ? undefined : contract.terms.get(cohort);
    if (cohort === undefined || terms === undefined) {
      continue;
    }
    const list = byCohort.get(cohort) ?? [];
    list.push({ ...row, uplift: upliftCounts(upliftPaid, terms) });
    byCohort.set(cohort, list);
  }
  return byCohort;
}

/** An uplift is paid only where the contract has a fee, and only for the cohorts that had them (payment rules §3). */
function upliftCounts(upliftPaid: boolean, terms: ContractTerms): boolean {
  return upliftPaid && terms.banded.upliftFeePerDeclaration !== null && terms.cohort <= lastCohortWithUpliftFees;
}

/** A statement's rows (ECF or NPQ) in the sandbox's order: by declaration date, then id. */
export function byDeclarationDateThenId(
  a: Pick<StatementDeclarationRow, "declarationDate" | "id">,
  b: Pick<StatementDeclarationRow, "declarationDate" | "id">,
): number {
  return compareText(a.declarationDate, b.declarationDate) || compareText(a.id, b.id);
}

/** Code-unit order, as the sandbox sorts: locale rules must not reorder ids. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPaymentDateThenId(a: ForecastStatementRecord, b: ForecastStatementRecord): number {
  return compareText(a.paymentDate, b.paymentDate) || compareText(a.id, b.id);
}
