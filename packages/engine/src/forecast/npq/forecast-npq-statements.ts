import { calculateStatement } from "../../payments/calculate-statement.ts";
import { FieldReader, fieldPath, joinedDetails, type StatementInputError } from "../../payments/input/field-reader.ts";
import { countNpqStatementDeclarations } from "../../payments/npq/count-statement-declarations.ts";
import { npqStatementInput } from "../../payments/npq/npq-statement-input.ts";
import type { NpqStatementDeclarationRow } from "../../payments/npq/statement-declaration-row.ts";
import type { NpqStatementCalculation } from "../../payments/statement-calculation.ts";
import type { AdjustmentInput } from "../../payments/statement-input.ts";
import type { Outcome } from "../../result.ts";
import { monthName } from "../../time/calendar-date.ts";
import { byDeclarationDateThenId, compareText } from "../cohort-placement.ts";
import type { ForecastContract, ForecastContractFile, NpqCohortTerms } from "../forecast-contract.ts";
import { type ForecastStatementRecord, readApiStatements } from "../read-api-resources.ts";
import { readForecastContract } from "../read-forecast-contract.ts";
import { adjustmentsUndetermined, type UndeterminedFigure, voidedCountsUndetermined } from "../undetermined-figures.ts";
import type { ApiNpqApplication, ApiNpqDeclaration, ApiNpqStatement } from "./npq-api-resources.ts";
import { npqStatementsByCohort, type UnplacedNpqStatement } from "./npq-cohort-placement.ts";
import { type NpqForecastRow, npqRowsByStatement } from "./npq-forecast-rows.ts";
import { npqTargetedDeliveryFundingUndetermined } from "./npq-undetermined-figures.ts";
import { readApiNpqApplications, readApiNpqDeclarations } from "./read-npq-api-resources.ts";

export interface ForecastNpqStatementsInput {
  /** The contract terms file's JSON (`ForecastContractFile`, its `npqContracts`); validated here. */
  contract: ForecastContractFile | unknown;
  /** Every item of the NPQ API's `GET /api/v3/statements` for the lead provider. */
  statements: readonly ApiNpqStatement[] | unknown;
  /** Every item of the NPQ API's `GET /api/v3/participant-declarations` for the lead provider. */
  declarations: readonly ApiNpqDeclaration[] | unknown;
  /** Every item of `GET /api/v3/npq-applications` for the lead provider: funding and cohort of each declaration. */
  applications: readonly ApiNpqApplication[] | unknown;
}

/** One NPQ output statement, as DfE finance would calculate it from the same declarations and terms. */
export interface NpqStatementForecast {
  statementId: string;
  /** The cohort identifier whose terms it was calculated on ("2025a"). */
  cohort: string;
  month: string;
  year: string;
  cutOffDate: string;
  paymentDate: string;
  paid: boolean;
  /** What `calculateStatement` returns for the statement (`renderStatementBreakdown` renders it). */
  calculation: NpqStatementCalculation;
  /** The declarations paid or clawed back on it, by declaration date then id, for `statementDeclarationsCsv`. */
  declarations: NpqStatementDeclarationRow[];
  /** The figures the API's data cannot determine; empty when the forecast is the statement's money to the penny. */
  undetermined: UndeterminedFigure[];
}

export interface NpqStatementsForecast {
  /** By cohort identifier, then payment date. */
  forecasts: NpqStatementForecast[];
  /**
   * What could not be read or placed, with its path in the input: an invalid contract terms file (then nothing is
   * forecast), a malformed item, a declaration on a statement or application not given, a statement whose cohort
   * has no terms or whose declarations do not tell it, a course without terms (the statements are not forecast).
   */
  problems: StatementInputError[];
  /**
   * Statements not forecast because the API cannot tell their cohort yet, with what each would pay as each cohort's;
   * by payment date.
   */
  awaitingCohort: NpqStatementAwaitingCohort[];
  /**
   * What each service fee statement of an NPQ cohort in the terms file pays: the API lists none of them, and each
   * carries the courses' monthly service fees alone (payment rules §6.2). By cohort. Calculated as at the cohort's
   * first September: with no declarations, the month moves no money.
   */
  serviceFeeStatements: NpqServiceFeeStatementForecast[];
}

/**
 * An NPQ output statement the API cannot place yet: no declarations on it, and its start year is shared by cohorts
 * whose terms differ (2026a and 2026b). Its money is the courses' service fees of whichever cohort it is, with its
 * adjustments: `candidates` gives each. The first declaration on it places it.
 */
export interface NpqStatementAwaitingCohort {
  statementId: string;
  /** The start year the API shows ("cohort": "2026"). */
  startYear: number;
  month: string;
  year: string;
  cutOffDate: string;
  paymentDate: string;
  paid: boolean;
  /** What it pays as each cohort's statement, by cohort identifier. */
  candidates: { cohort: string; calculation: NpqStatementCalculation }[];
  /** What the API's data cannot determine besides its cohort: its adjustments, unless the terms file lists them. */
  undetermined: UndeterminedFigure[];
}

export interface NpqServiceFeeStatementForecast {
  /** "2025a". */
  cohort: string;
  calculation: NpqStatementCalculation;
}

/**
 * Forecasts each NPQ output statement's money from the NPQ API's own responses and the provider's contract terms
 * (payment rules §6.2, §8.2): per course, the distinct (person, declaration type) pairs paid on it and clawed back on
 * it (`clawback_statement_id`), targeted delivery funding from each declaration's application, the monthly service
 * fee, the adjustments the terms file gives, and the total. NPQ has no bands, so no statement depends on another.
 * Pure and total: bad input gives `problems`, never an exception.
 */
export function forecastNpqStatements(input: ForecastNpqStatementsInput): NpqStatementsForecast {
  const contract = readForecastContract(input.contract);
  if (!contract.ok) {
    return { forecasts: [], problems: contract.failure, awaitingCohort: [], serviceFeeStatements: [] };
  }
  const reader = new FieldReader();
  const statements = readApiStatements(reader, input.statements);
  const declarations = readApiNpqDeclarations(reader, input.declarations);
  const applications = readApiNpqApplications(reader, input.applications);
  const rowsByStatement = npqRowsByStatement(
    reader,
    declarations,
    new Set(statements.map(({ id }) => id)),
    applications,
  );
  const { placed, awaitingCohort } = npqStatementsByCohort(
    reader,
    statements,
    contract.value.npqTerms,
    (statementId) => rowsByStatement.get(statementId) ?? [],
  );
  const forecasts: NpqStatementForecast[] = [];
  for (const [statement, terms] of [...placed].sort(byCohortThenPaymentDate)) {
    const forecast = forecastStatement(
      reader,
      statement,
      rowsByStatement.get(statement.id) ?? [],
      terms,
      contract.value,
    );
    if (forecast) {
      forecasts.push(forecast);
    }
  }
  const awaiting = awaitingCohort
    .toSorted(
      (a, b) =>
        compareText(a.statement.paymentDate, b.statement.paymentDate) || compareText(a.statement.id, b.statement.id),
    )
    .map((unplaced) => forecastEachCandidate(reader, unplaced, contract.value))
    .filter((forecast) => forecast !== undefined);
  const serviceFeeStatements = forecastServiceFeeStatements(reader, contract.value);
  return { forecasts, problems: reader.errors, awaitingCohort: awaiting, serviceFeeStatements };
}

/** A statement awaiting its cohort, as each cohort's: with no declarations, the service fees and the adjustments. */
function forecastEachCandidate(
  reader: FieldReader,
  { statement, candidates }: UnplacedNpqStatement,
  contract: ForecastContract,
): NpqStatementAwaitingCohort | undefined {
  const statementMonth = checkedStatementMonth(reader, statement);
  if (statementMonth === undefined) {
    return undefined;
  }
  const adjustments = contract.adjustments.get(statement.id);
  const calculated: NpqStatementAwaitingCohort["candidates"] = [];
  for (const terms of [...candidates].sort((a, b) => compareText(a.cohort, b.cohort))) {
    const calculation = calculate(terms, statementMonth, [], statement.id, adjustments ?? []);
    if (!calculation.ok) {
      // The terms were validated: a failure here is a bug, reported rather than thrown.
      reader.report(statement.path, `cannot be calculated as ${terms.cohort}'s: ${joinedDetails(calculation.failure)}`);
      return undefined;
    }
    calculated.push({ cohort: terms.cohort, calculation: calculation.value });
  }
  return {
    statementId: statement.id,
    startYear: statement.cohort,
    month: statement.month,
    year: statement.year,
    cutOffDate: statement.cutOffDate,
    paymentDate: statement.paymentDate,
    paid: statement.paid,
    candidates: calculated,
    undetermined: adjustments === undefined ? [adjustmentsUndetermined] : [],
  };
}

function forecastStatement(
  reader: FieldReader,
  statement: ForecastStatementRecord,
  rows: readonly NpqForecastRow[],
  terms: NpqCohortTerms,
  contract: ForecastContract,
): NpqStatementForecast | undefined {
  const contracted = new Set<string>(terms.courses.map(({ course }) => course));
  const uncontracted = rows.filter(({ row }) => !contracted.has(row.courseIdentifier));
  for (const { path, row } of uncontracted) {
    reader.report(
      fieldPath(fieldPath(path, "attributes"), "course_identifier"),
      `is ${row.courseIdentifier}, and the contract terms file's ${terms.cohort} NPQ contract has no terms for it: statement ${statement.id} is not forecast`,
    );
  }
  if (uncontracted.length > 0) {
    return undefined;
  }
  const statementMonth = checkedStatementMonth(reader, statement);
  if (statementMonth === undefined) {
    return undefined;
  }
  const adjustments = contract.adjustments.get(statement.id);
  const calculation = calculate(terms, statementMonth, rows, statement.id, adjustments ?? []);
  if (!calculation.ok) {
    // The terms were validated and the counts made for them: a failure here is a bug, reported rather than thrown.
    reader.report(statement.path, `cannot be calculated: ${joinedDetails(calculation.failure)}`);
    return undefined;
  }
  const undetermined: UndeterminedFigure[] = [voidedCountsUndetermined];
  const funding = npqTargetedDeliveryFundingUndetermined(rows, statement.id, statementMonth, terms);
  if (funding) {
    undetermined.push(funding);
  }
  if (adjustments === undefined) {
    undetermined.push(adjustmentsUndetermined);
  }
  return {
    statementId: statement.id,
    cohort: terms.cohort,
    month: statement.month,
    year: statement.year,
    cutOffDate: statement.cutOffDate,
    paymentDate: statement.paymentDate,
    paid: statement.paid,
    calculation: calculation.value,
    declarations: rows.map(({ row }) => row).sort(byDeclarationDateThenId),
    undetermined,
  };
}

/** Per NPQ cohort of the terms file, a statement with no declarations on it: the courses' service fees. */
function forecastServiceFeeStatements(
  reader: FieldReader,
  contract: ForecastContract,
): NpqServiceFeeStatementForecast[] {
  const forecasts: NpqServiceFeeStatementForecast[] = [];
  for (const terms of [...contract.npqTerms.values()].sort((a, b) => compareText(a.cohort, b.cohort))) {
    const calculation = calculate(terms, `${terms.startYear}-09`, [], "", []);
    if (calculation.ok) {
      forecasts.push({ cohort: terms.cohort, calculation: calculation.value });
    } else {
      reader.report(
        "npqContracts",
        `the ${terms.cohort} cohort cannot be calculated: ${joinedDetails(calculation.failure)}`,
      );
    }
  }
  return forecasts;
}

function calculate(
  terms: NpqCohortTerms,
  statementMonth: string,
  rows: readonly NpqForecastRow[],
  statementId: string,
  adjustments: readonly AdjustmentInput[],
): Outcome<NpqStatementCalculation, StatementInputError[]> {
  const input = npqStatementInput({
    cohort: terms.startYear,
    statementMonth,
    contracts: terms.courses,
    counts: countNpqStatementDeclarations(
      rows.map(({ row }) => row),
      statementId,
    ),
    adjustments,
  });
  return input.ok ? calculateStatement(input.value) : input;
}

const monthNumbers = new Map(Array.from({ length: 12 }, (_, index) => [monthName(index + 1), index + 1]));

/** "2025-12" from the API's `month: "December"` and `year: "2025"`: targeted delivery funding depends on it. */
function npqStatementMonth(statement: ForecastStatementRecord): string | undefined {
  const month = monthNumbers.get(statement.month);
  if (month === undefined) {
    return undefined;
  }
  return `${statement.year}-${String(month).padStart(2, "0")}`;
}

/** The statement's month ("2025-12"), or undefined once the reader is told why it cannot be read. */
function checkedStatementMonth(reader: FieldReader, statement: ForecastStatementRecord): string | undefined {
  const statementMonth = npqStatementMonth(statement);
  if (statementMonth === undefined) {
    reader.report(
      fieldPath(fieldPath(statement.path, "attributes"), "month"),
      `is ${JSON.stringify(statement.month)}, not a month's full name such as "December": statement ${statement.id} is not forecast`,
    );
  }
  return statementMonth;
}

function byCohortThenPaymentDate(
  [a, aTerms]: [ForecastStatementRecord, NpqCohortTerms],
  [b, bTerms]: [ForecastStatementRecord, NpqCohortTerms],
): number {
  return (
    compareText(aTerms.cohort, bTerms.cohort) || compareText(a.paymentDate, b.paymentDate) || compareText(a.id, b.id)
  );
}
