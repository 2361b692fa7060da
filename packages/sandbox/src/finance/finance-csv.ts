/**
 * "Download declarations (CSV)" (finance dashboard §1.10): the statement's declarations as the engine writes them
 * (`statementDeclarationsCsv`, the same bytes as `GET /__sandbox/statements/{id}/declarations.csv`), under the file
 * name DfE's app gives its assurance report: `ECF-Declarations-{provider}-Cohort{year}-{statement}.csv`, with every
 * character that is not a letter, digit or underscore taken out of the provider's and the statement's names.
 */
import type { StatementPayments, World } from "@lpkit/engine";
import { getRow } from "@lpkit/engine/internal";
import { statementName } from "./format.ts";

const NOT_A_WORD_CHARACTER = /\W/g;

function assuranceReportFilename(world: World, payments: StatementPayments): string {
  const { statement } = payments;
  const provider = getRow(world, "leadProviders", statement.leadProviderId).name.replace(NOT_A_WORD_CHARACTER, "");
  const name = statementName(statement).replace(NOT_A_WORD_CHARACTER, "");
  return `ECF-Declarations-${provider}-Cohort${statement.cohortYear}-${name}.csv`;
}

export function assuranceReportResponse(world: World, payments: StatementPayments): Response {
  return new Response(payments.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${assuranceReportFilename(world, payments)}"`,
    },
  });
}
