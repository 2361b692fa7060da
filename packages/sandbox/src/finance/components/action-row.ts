/**
 * Under the summary panel (finance dashboard §1.4): "Authorise for payment" while the statement can be authorised,
 * the "Authorised for payment at …" tag once it is, and "Download declarations (CSV)". The real app's "Save as PDF"
 * is the browser's print dialog with a file name; the sandbox leaves it out (docs/decisions/finance-dashboard.md).
 */
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatAuthorisedAt } from "../format.ts";
import type { StatementPageModel } from "../statement-page-model.ts";

export function csvLink(statementId: string) {
  return h(
    "p",
    { class: "govuk-body" },
    h(
      "a",
      { class: "govuk-link", href: FINANCE_PATHS.csv(statementId), download: true },
      "Download declarations (CSV)",
    ),
  );
}

export function actionRow(model: StatementPageModel, { withCsv = true } = {}) {
  const { statement } = model;
  const authorisation =
    statement.markedAsPaidAt !== null
      ? h(
          "strong",
          { class: "govuk-tag govuk-tag--green", "data-testid": "authorised-tag" },
          `Authorised for payment at ${formatAuthorisedAt(statement.markedAsPaidAt)}`,
        )
      : model.authorisable
        ? h(
            "a",
            { class: "govuk-button", href: FINANCE_PATHS.authorise(statement.id), role: "button", draggable: "false" },
            "Authorise for payment",
          )
        : null;
  return h(
    "div",
    { class: "govuk-grid-row" },
    h("div", { class: "govuk-grid-column-one-half" }, authorisation),
    h("div", { class: "govuk-grid-column-one-half govuk-!-text-align-right" }, withCsv ? csvLink(statement.id) : null),
  );
}
