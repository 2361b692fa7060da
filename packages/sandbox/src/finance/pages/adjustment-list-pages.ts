/**
 * The adjustment pages that list what is stored (finance dashboard §1.9): "You have added an adjustment" with "Do you
 * need to add another adjustment", "Change or remove" ("Additional adjustments"), and the remove confirmation.
 */
import type { StatementAdjustment } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { ADJUSTMENT_ERRORS } from "../adjustment-answers.ts";
import { errorSummary } from "../components/error-summary.ts";
import { fieldset } from "../components/fieldset.ts";
import { renderPage } from "../components/layout.ts";
import { numeric, table } from "../components/table.ts";
import { yesNoRadios } from "../components/yes-no-radios.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatPounds } from "../format.ts";

export interface AdjustmentListModel {
  readonly statementId: string;
  /** Where "Back" and "Cancel" go: the statement page. */
  readonly statementPath: string;
  readonly adjustments: readonly StatementAdjustment[];
}

function link(href: string, text: string, hidden: string) {
  return h("a", { class: "govuk-link", href }, text, h("span", { class: "govuk-visually-hidden" }, ` ${hidden}`));
}

function adjustmentsList({ statementId, adjustments }: AdjustmentListModel) {
  return table({
    testId: "adjustments-list",
    head: ["Payment type", { content: "Payments", numeric: true }, { content: "Change | Remove", numeric: true }],
    rows: adjustments.map((adjustment) => [
      adjustment.description,
      numeric(formatPounds(adjustment.amount)),
      numeric(
        h(
          "span",
          null,
          link(FINANCE_PATHS.editAdjustment(statementId, adjustment.id), "Change", adjustment.description),
          " | ",
          link(FINANCE_PATHS.deleteAdjustment(statementId, adjustment.id), "Remove", adjustment.description),
        ),
      ),
    ]),
  });
}

export function addedAdjustmentPage(model: AdjustmentListModel, { error = false } = {}): string {
  const radios = "add-another";
  return renderPage(
    { title: "You have added an adjustment", back: model.statementPath },
    error ? errorSummary([{ text: ADJUSTMENT_ERRORS.addAnother, field: `${radios}-yes` }]) : null,
    h("h1", { class: "govuk-heading-l" }, "You have added an adjustment"),
    adjustmentsList(model),
    h(
      "form",
      { method: "post", action: FINANCE_PATHS.addAnotherAdjustment(model.statementId), novalidate: true },
      fieldset(
        {
          id: radios,
          legend: "Do you need to add another adjustment",
          size: "m",
          error: error ? ADJUSTMENT_ERRORS.addAnother : undefined,
        },
        yesNoRadios(radios, "add_another", { inline: true }),
      ),
      h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Continue"),
    ),
  );
}

export function changeOrRemovePage(model: AdjustmentListModel): string {
  return renderPage(
    { title: "Additional adjustments", back: model.statementPath },
    h(
      "h1",
      { class: "govuk-heading-l" },
      h("span", { class: "govuk-caption-l" }, "Change or remove an adjustment"),
      "Additional adjustments",
    ),
    model.adjustments.length === 0
      ? h("p", { class: "govuk-body" }, "This statement has no additional adjustments.")
      : adjustmentsList(model),
    h("a", { class: "govuk-link", href: model.statementPath }, "Back to the statement"),
  );
}

export function removeAdjustmentPage(model: AdjustmentListModel, adjustment: StatementAdjustment): string {
  return renderPage(
    { title: "Remove adjustment", back: FINANCE_PATHS.adjustments(model.statementId) },
    h(
      "h1",
      { class: "govuk-heading-l" },
      `Are you sure you want to remove the '${adjustment.description}' adjustment?`,
    ),
    h(
      "form",
      {
        method: "post",
        action: FINANCE_PATHS.deleteAdjustment(model.statementId, adjustment.id),
        novalidate: true,
      },
      h(
        "div",
        { class: "govuk-button-group" },
        h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Confirm and continue"),
        h("a", { class: "govuk-link", href: FINANCE_PATHS.adjustments(model.statementId) }, "Cancel"),
      ),
    ),
  );
}
