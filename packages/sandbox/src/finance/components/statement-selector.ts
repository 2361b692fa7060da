/**
 * "View a different provider / cohort / statement" (finance dashboard §1.4): a form that posts the three choices;
 * the dashboard redirects to the statement they name. Works without JavaScript.
 */
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { statementName } from "../format.ts";
import type { StatementPageModel } from "../statement-page-model.ts";

/** `November 2025` → `november-2025`, as the selector posts a statement. */
export function statementSlug(statement: { readonly month: number; readonly year: number }): string {
  return statementName(statement).toLowerCase().replace(" ", "-");
}

function select(id: string, label: string, options: readonly { value: string; text: string; selected: boolean }[]) {
  return h(
    "div",
    { class: "govuk-form-group govuk-!-margin-right-4 govuk-!-display-inline-block" },
    h("label", { class: "govuk-label", for: id }, label),
    h(
      "select",
      { class: "govuk-select", id, name: id },
      ...options.map((option) =>
        h("option", { value: option.value, selected: option.selected ? true : undefined }, option.text),
      ),
    ),
  );
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
