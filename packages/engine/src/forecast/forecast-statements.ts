import { calculateStatement } from "../payments/calculate-statement.ts";
import type { ContractTerms } from "../payments/ecf/contract-terms.ts";
import { countStatementDeclarations, previousStatementIds } from "../payments/ecf/count-statement-declarations.ts";
import { ecfStatementInput } from "../payments/ecf/ecf-statement-input.ts";
import type { StatementCounts } from "../payments/ecf/statement-counts.ts";
import type { StatementDeclarationRow } from "../payments/ecf/statement-declaration-row.ts";
import { FieldReader, joinedDetails, type StatementInputError } from "../payments/input/field-reader.ts";
import type { StatementCalculation } from "../payments/statement-calculation.ts";
import type { AdjustmentInput } from "../payments/statement-input.ts";
import type { Outcome } from "../result.ts";
import type { ApiDeclaration, ApiStatement } from "./api-resources.ts";
import { byDeclarationDateThenId, declarationsByCohort, statementsByCohort } from "./cohort-placement.ts";
import type { ForecastContract, ForecastContractFile } from "./forecast-contract.ts";
import { type ForecastStatementRecord, readApiDeclarations, readApiStatements } from "./read-api-resources.ts";
import { readForecastContract } from "./read-forecast-contract.ts";
import {
  adjustmentsUndetermined,
  type UndeterminedFigure,
  upliftFeesUndetermined,
  voidedCountsUndetermined,
} from "./undetermined-figures.ts";

export interface ForecastStatementsInput {
  /** The contract terms file's JSON (`ForecastContractFile`); validated here. */
  contract: ForecastContractFile | unknown;
  /** Every item of `GET /api/v3/statements` for the lead provider (the cohorts to forecast, at least). */
  statements: readonly ApiStatement[] | unknown;
  /** Every item of `GET /api/v3/participant-declarations` for the lead provider. */
  declarations: readonly ApiDeclaration[] | unknown;
}

/** One output statement, as DfE finance would calculate it from the same declarations and terms. */
export interface StatementForecast {
  statementId: string;
  cohort: number;
  month: string;
  year: string;
  cutOffDate: string;
  paymentDate: string;
  paid: boolean;
  /** What `calculateStatement` returns for the statement (`renderStatementBreakdown` renders it). */
  calculation: StatementCalculation;
  /** The declarations paid or clawed back on it, by declaration date then id, for `statementDeclarationsCsv`. */
  declarations: StatementDeclarationRow[];
  /** The figures the API's data cannot determine; empty when the forecast is the statement's money to the penny. */
  undetermined: UndeterminedFigure[];
}

export interface StatementsForecast {
  /** By cohort, then payment date. */
  forecasts: StatementForecast[];
  /**
   * What could not be read or placed, with its path in the input: an invalid contract terms file (then nothing is
   * forecast), a malformed item, a declaration on a statement not given, a cohort without terms (its statements are
   * not forecast).
   */
  problems: StatementInputError[];
  /**
   * What each service fee statement of a cohort in the terms file pays: the API lists none of them, and every one
   * carries the monthly service fee and its VAT alone (payment rules §2.2, §7). By cohort. Not knowing their dates,
   * the forecast shows no earlier declarations in their band rows; that moves no money on a statement without any.
   */
  serviceFeeStatements: ServiceFeeStatementForecast[];
}

export interface ServiceFeeStatementForecast {
  cohort: number;
  calculation: StatementCalculation;
}

/**
 * Forecasts each output statement's money from the ECF API's own responses and the provider's contract terms:
 * the declarations on it (billable) and clawed back on it (refundable), banded after the cohort's statements with
 * an earlier payment date (payment rules §1.3), uplifts, the monthly service fee, the adjustments the terms file
 * gives, VAT and total (payment rules §5.1). Pure and total: bad input gives `problems`, never an exception.
 */
export function forecastStatements(input: ForecastStatementsInput): StatementsForecast {
  const contract = readForecastContract(input.contract);
  if (!contract.ok) {
    return { forecasts: [], problems: contract.failure, serviceFeeStatements: [] };
  }
  const reader = new FieldReader();
  const statements = readApiStatements(reader, input.statements);
  const declarations = readApiDeclarations(reader, input.declarations);
  const cohorts = statementsByCohort(reader, statements, contract.value);
  const rowsByCohort = declarationsByCohort(reader, declarations, statements, contract.value);
  const forecasts: StatementForecast[] = [];
  for (const [cohort, cohortStatements] of cohorts) {
    const terms = contract.value.terms.get(cohort) as ContractTerms;
    const rows = rowsByCohort.get(cohort) ?? [];
    for (const statement of cohortStatements) {
      const forecast = forecastStatement(statement, cohortStatements, rows, terms, contract.value);
      if ("problem" in forecast) {
        reader.report(statement.path, forecast.problem);
      } else {
        forecasts.push(forecast);
      }
    }
  }
  const serviceFeeStatements = forecastServiceFeeStatements(reader, contract.value);
  return { forecasts, problems: reader.errors, serviceFeeStatements };
}

/** Per cohort of the terms file, a statement with no declarations on it or before it: the service fee and VAT. */
function forecastServiceFeeStatements(reader: FieldReader, contract: ForecastContract): ServiceFeeStatementForecast[] {
  const forecasts: ServiceFeeStatementForecast[] = [];
  for (const terms of [...contract.terms.values()].sort((a, b) => a.cohort - b.cohort)) {
    const calculation = calculateCounts(terms, countStatementDeclarations([], serviceFeeOnly(terms)), []);
    if (calculation.ok) {
      forecasts.push({ cohort: terms.cohort, calculation: calculation.value });
    } else {
      reader.report(
        "contracts",
        `the ${terms.cohort} cohort cannot be calculated: ${joinedDetails(calculation.failure)}`,
      );
    }
  }
  return forecasts;
}

/** Counting options for a statement alone, with nothing before it. */
function serviceFeeOnly(terms: ContractTerms) {
  return { statementId: "", previousStatementIds: [], mentorsOnFlatRate: terms.mentorFlatRate !== null };
}

function calculateCounts(
  terms: ContractTerms,
  counts: StatementCounts,
  adjustments: readonly AdjustmentInput[],
): Outcome<StatementCalculation, StatementInputError[]> {
  const input = ecfStatementInput(terms, counts, adjustments);
  return input.ok ? calculateStatement(input.value) : input;
}

function forecastStatement(
  statement: ForecastStatementRecord,
  cohortStatements: readonly ForecastStatementRecord[],
  rows: readonly StatementDeclarationRow[],
  terms: ContractTerms,
  contract: ForecastContract,
): StatementForecast | { problem: string } {
  const previous = previousStatementIds(cohortStatements, statement.id);
  const counts = countStatementDeclarations(rows, {
    statementId: statement.id,
    previousStatementIds: previous.ok ? previous.value : [],
    mentorsOnFlatRate: terms.mentorFlatRate !== null,
  });
  const adjustments = contract.adjustments.get(statement.id);
  const calculation = calculateCounts(terms, counts, adjustments ?? []);
  if (!calculation.ok) {
    // The terms were validated and the counts made for them: a failure here is a bug, reported rather than thrown.
    return { problem: `cannot be calculated: ${joinedDetails(calculation.failure)}` };
  }
  const undetermined: UndeterminedFigure[] = [voidedCountsUndetermined];
  const uplift = upliftFeesUndetermined(rows, statement.id, terms);
  if (uplift) {
    undetermined.push(uplift);
  }
  if (adjustments === undefined) {
    undetermined.push(adjustmentsUndetermined);
  }
  return {
    statementId: statement.id,
    cohort: statement.cohort,
    month: statement.month,
    year: statement.year,
    cutOffDate: statement.cutOffDate,
    paymentDate: statement.paymentDate,
    paid: statement.paid,
    calculation: calculation.value,
    declarations: rows
      .filter((row) => row.statementId === statement.id || row.clawbackStatementId === statement.id)
      .sort(byDeclarationDateThenId),
    undetermined,
  };
}
