import { type FieldReader, fieldPath } from "../../payments/input/field-reader.ts";
import type { NpqStatementDeclarationRow } from "../../payments/npq/statement-declaration-row.ts";
import type { NpqForecastApplicationRecord, NpqForecastDeclarationRecord } from "./read-npq-api-resources.ts";

/** An NPQ declaration on a statement, joined to its application. */
export interface NpqForecastRow {
  /** Where it sat in the input, to name it in a problem. */
  readonly path: string;
  readonly row: NpqStatementDeclarationRow;
  /** The application's cohort identifier ("2026b"), if it has one. */
  readonly cohort: string | null;
  /** Its application may earn targeted delivery funding the API cannot show (see npq-undetermined-figures.ts). */
  readonly fundingUnknown: boolean;
}

/**
 * The declarations on a statement (paid, clawed back or voided there), by statement id, each with its application's
 * funding; one naming a statement or application not given is a problem, since it moves money the forecast cannot
 * place. Declarations on no statement move no money and are left out.
 */
export function npqRowsByStatement(
  reader: FieldReader,
  declarations: readonly NpqForecastDeclarationRecord[],
  statementIds: ReadonlySet<string>,
  applications: ReadonlyMap<string, NpqForecastApplicationRecord>,
): Map<string, NpqForecastRow[]> {
  const byStatement = new Map<string, NpqForecastRow[]>();
  for (const { path, row, applicationId } of declarations) {
    const ids = [row.statementId, row.clawbackStatementId].filter((id): id is string => id !== null);
    if (ids.length === 0) {
      continue;
    }
    const attributes = fieldPath(path, "attributes");
    let placeable = true;
    for (const [key, field] of [
      ["statementId", "statement_id"],
      ["clawbackStatementId", "clawback_statement_id"],
    ] as const) {
      const id = row[key];
      if (id !== null && !statementIds.has(id)) {
        reader.report(
          fieldPath(attributes, field),
          `is ${id}, which is not among the statements given: sync every statement (GET /api/v3/statements) with the declarations`,
        );
        placeable = false;
      }
    }
    const application = applications.get(applicationId);
    if (application === undefined) {
      reader.report(
        fieldPath(attributes, "application_id"),
        `is ${applicationId}, which is not among the applications given: sync every application (GET /api/v3/npq-applications) with the declarations`,
      );
      continue;
    }
    if (!placeable) {
      continue;
    }
    const targeted = application.targetedDeliveryFundingEligibility;
    const forecastRow: NpqForecastRow = {
      path,
      row: { ...row, targetedDeliveryFunding: targeted && application.funding === "eligible" },
      cohort: application.cohort,
      fundingUnknown: targeted && application.funding === "unknown",
    };
    for (const id of new Set(ids)) {
      const list = byStatement.get(id);
      if (list) {
        list.push(forecastRow);
      } else {
        byStatement.set(id, [forecastRow]);
      }
    }
  }
  return byStatement;
}
