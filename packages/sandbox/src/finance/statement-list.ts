/**
 * The statement list (finance dashboard §2.1): every statement of both programmes, ECF from the ECF world and NPQ from
 * the NPQ world, as rows of one table, filtered by lead provider, contract year, statement date and statement type,
 * and ordered by statement date. Reads only.
 */
import type { FeeType, NpqWorld, StatementStatus, World } from "@lpkit/engine";
import { getNpqRow, getRow } from "@lpkit/engine/internal";
import { FINANCE_PATHS } from "./finance-paths.ts";
import type { StatementListFilter } from "./statement-list-filter.ts";

export type Programme = "ecf" | "npq";

export interface StatementListRow {
  readonly programme: Programme;
  readonly id: string;
  readonly leadProviderName: string;
  /** The contract year as a person names it: `2025`, or an NPQ cohort's identifier when it is not the year's first (`2026b`). */
  readonly contractYear: string;
  readonly year: number;
  readonly month: number;
  readonly feeType: FeeType;
  readonly status: StatementStatus;
  /** The statement's page: the ECF statement page, or the NPQ statement page. */
  readonly href: string;
}

/** The filters' choices: lead providers of each programme by name, the contract years and the statement dates. */
export interface StatementListOptions {
  readonly leadProviders: Readonly<Record<Programme, readonly { id: string; name: string }[]>>;
  readonly contractYears: readonly number[];
  /** Every statement's year and month, oldest first, once each. */
  readonly statementDates: readonly { year: number; month: number }[];
}

interface Candidate extends StatementListRow {
  readonly leadProviderId: string;
  readonly cohortYear: number;
}

function ecfRows(world: World): Candidate[] {
  return Object.values(world.statements).map((statement) => ({
    programme: "ecf",
    id: statement.id,
    leadProviderId: statement.leadProviderId,
    leadProviderName: getRow(world, "leadProviders", statement.leadProviderId).name,
    cohortYear: statement.cohortYear,
    contractYear: String(statement.cohortYear),
    year: statement.year,
    month: statement.month,
    feeType: statement.feeType,
    status: statement.status,
    href: FINANCE_PATHS.statement(statement.leadProviderId, statement.id),
  }));
}

function npqRows(npq: NpqWorld): Candidate[] {
  return Object.values(npq.statements).map((statement) => {
    const cohort = getNpqRow(npq, "cohorts", statement.cohortId);
    return {
      programme: "npq",
      id: statement.id,
      leadProviderId: statement.leadProviderId,
      leadProviderName: getNpqRow(npq, "leadProviders", statement.leadProviderId).name,
      cohortYear: cohort.startYear,
      // A bare year means the year's first cohort (`a`), as the control API reads one.
      contractYear: cohort.suffix === "a" ? String(cohort.startYear) : cohort.id,
      year: statement.year,
      month: statement.month,
      feeType: statement.feeType,
      status: statement.status,
      href: FINANCE_PATHS.npqStatement(statement.id),
    };
  });
}

function matches(row: Candidate, filter: StatementListFilter): boolean {
  return (
    (filter.leadProviderId === undefined || row.leadProviderId === filter.leadProviderId) &&
    (filter.contractYear === undefined || row.cohortYear === filter.contractYear) &&
    (filter.statementDate === undefined ||
      (row.year === filter.statementDate.year && row.month === filter.statementDate.month)) &&
    (filter.feeType === undefined || row.feeType === filter.feeType)
  );
}

/** By statement date (DfE's order); within a month by lead provider, ECF before NPQ, contract year and id. */
function byStatementDate(a: Candidate, b: Candidate): number {
  return (
    a.year - b.year ||
    a.month - b.month ||
    a.leadProviderName.localeCompare(b.leadProviderName) ||
    a.programme.localeCompare(b.programme) ||
    a.contractYear.localeCompare(b.contractYear) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The statements of both worlds that every given filter lets through, by statement date. */
export function statementListRows(world: World, npq: NpqWorld, filter: StatementListFilter): StatementListRow[] {
  return [...ecfRows(world), ...npqRows(npq)].filter((row) => matches(row, filter)).sort(byStatementDate);
}

export function statementListOptions(world: World, npq: NpqWorld): StatementListOptions {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const statements = [...Object.values(world.statements), ...Object.values(npq.statements)];
  const years = new Set([
    ...Object.values(world.statements).map((statement) => statement.cohortYear),
    ...Object.values(npq.cohorts).map((cohort) => cohort.startYear),
  ]);
  const dates = new Map(statements.map(({ year, month }) => [year * 100 + month, { year, month }]));
  return {
    leadProviders: {
      ecf: Object.values(world.leadProviders).sort(byName),
      npq: Object.values(npq.leadProviders).sort(byName),
    },
    contractYears: [...years].sort((a, b) => a - b),
    statementDates: [...dates.entries()].sort(([a], [b]) => a - b).map(([, date]) => date),
  };
}
