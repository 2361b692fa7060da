/**
 * "View a different provider / cohort / statement" (finance dashboard §1.4): a form that posts the three choices;
 * the dashboard redirects to the statement they name. Works without JavaScript.
 */
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { statementName } from "../format.ts";
import type { StatementPageModel } from "../statement-page-model.ts";
import { select } from "./select.ts";

/** `November 2025` → `november-2025`, as the selector posts a statement. */
export function statementSlug(statement: { readonly month: number; readonly year: number }): string {
  return statementName(statement).toLowerCase().replace(" ", "-");
}

export function statementSelector(model: StatementPageModel) {
  const { statement } = model;
  return h(
    "form",
    { method: "post", action: FINANCE_PATHS.chooseStatement, novalidate: true },
    select(
      "lead_provider",
      "View a different provider",
      model.providers.map((provider) => ({
        value: provider.id,
        text: provider.name,
        selected: provider.id === statement.leadProviderId,
      })),
    ),
    select(
      "cohort_year",
      "View a different cohort",
      model.cohorts.map((cohort) => ({
        value: String(cohort),
        text: String(cohort),
        selected: cohort === statement.cohortYear,
      })),
    ),
    select(
      "statement",
      "View a different statement",
      model.statements.map((candidate) => ({
        value: statementSlug(candidate),
        text: statementName(candidate),
        selected: candidate.id === statement.id,
      })),
    ),
    h(
      "button",
      { type: "submit", class: "govuk-button govuk-button--secondary", "data-module": "govuk-button" },
      "View",
    ),
  );
}
