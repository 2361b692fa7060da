/**
 * An NPQ statement's "Download declarations (CSV)" (finance dashboard §3): the statement's declarations as the engine
 * writes them (the same bytes as `GET /__sandbox/statements/{id}/declarations.csv` for an NPQ id), under the NPQ
 * service's file name `NPQ-Declarations-{provider}-Cohort{cohort}-{MonthYYYY}.csv`, every character that is not a
 * letter, digit or underscore taken out of the provider's and the statement's names, as for ECF.
 */
import type { NpqLeadProvider, NpqStatementPayments } from "@lpkit/engine";
import { statementName } from "./format.ts";

const NOT_A_WORD_CHARACTER = /\W/g;

export function npqDeclarationsCsvResponse(
  payments: NpqStatementPayments,
  leadProvider: NpqLeadProvider,
  cohort: string,
): Response {
  const provider = leadProvider.name.replace(NOT_A_WORD_CHARACTER, "");
  const name = statementName(payments.statement).replace(NOT_A_WORD_CHARACTER, "");
  return new Response(payments.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="NPQ-Declarations-${provider}-Cohort${cohort}-${name}.csv"`,
    },
  });
}
