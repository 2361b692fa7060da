/**
 * The NPQ service's adjustment pages (finance dashboard §3.3): "Make adjustment" (a description
 * and an amount on one page, for a new adjustment or a change), the list ("You’ve made an adjustment" and "Do you need
 * to add another adjustment?"; every adjustment when opened from "Change or remove"), and the removal's confirmation.
 */
import type { StatementAdjustment } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { errorSummary, type PageError } from "../components/error-summary.ts";
import { fieldset } from "../components/fieldset.ts";
import { renderPage } from "../components/layout.ts";
import { npqAdjustmentsTable } from "../components/npq-adjustments-table.ts";
import { textInput } from "../components/text-input.ts";
import { yesNoRadios } from "../components/yes-no-radios.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import {
  NPQ_ADJUSTMENT_ERRORS,
  NPQ_ADJUSTMENT_FIELDS,
  type NpqAdjustmentAnswers,
  type NpqAdjustmentsView,
  npqAdjustmentsViewQuery,
} from "../npq-adjustment-form.ts";

function viewFields(view: NpqAdjustmentsView) {
  return [
    h("input", { type: "hidden", name: "show_all_adjustments", value: String(view.showAll) }),
    h("input", { type: "hidden", name: "created", value: view.created.join(",") }),
  ];
}

function button(text: string, { warning = false } = {}) {
  return h(
    "button",
    { type: "submit", class: `govuk-button${warning ? " govuk-button--warning" : ""}`, "data-module": "govuk-button" },
    text,
  );
}

export interface NpqAdjustmentFormModel {
  readonly statementId: string;
  /** The adjustment being changed; a new one when absent. */
  readonly adjustmentId?: string;
  readonly answers: NpqAdjustmentAnswers;
  readonly errors: readonly PageError[];
  readonly view: NpqAdjustmentsView;
}

/** "Make adjustment": the description (its label is the page's heading) and the amount, for a new one or a change. */
export function npqAdjustmentFormPage(model: NpqAdjustmentFormModel): string {
  const { statementId, adjustmentId, answers, errors, view } = model;
  const statementPath = FINANCE_PATHS.npqStatement(statementId);
  const listPath = `${FINANCE_PATHS.npqAdjustments(statementId)}${npqAdjustmentsViewQuery(view)}`;
  // As the service: a change goes back to the statement; a new one to where it was started from.
  const cancel = adjustmentId === undefined && !view.showAll ? statementPath : listPath;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.text;
  return renderPage(
    { title: "Make adjustment", back: adjustmentId === undefined ? cancel : statementPath },
    errors.length === 0 ? null : errorSummary(errors),
    h(
      "form",
      {
        method: "post",
        action:
          adjustmentId === undefined
            ? FINANCE_PATHS.npqAdjustments(statementId)
            : FINANCE_PATHS.npqAdjustment(statementId, adjustmentId),
        novalidate: true,
      },
      textInput({
        id: NPQ_ADJUSTMENT_FIELDS.description,
        name: "description",
        label: { text: "Make adjustment", size: "l", isPageHeading: true },
        hint: "Describe what the adjustment is for, such as 'IT consultant fee' for example. We'll share this information with the provider.",
        value: answers.description,
        error: errorOf(NPQ_ADJUSTMENT_FIELDS.description),
      }),
      textInput({
        id: NPQ_ADJUSTMENT_FIELDS.amount,
        name: "amount",
        label: { text: "Amount" },
        hint: "Do not include commas or pound signs, for example enter 19000 for £19,000.",
        value: answers.amount,
        error: errorOf(NPQ_ADJUSTMENT_FIELDS.amount),
        prefix: "£",
        width: "govuk-input--width-5",
      }),
      ...viewFields(view),
      h(
        "div",
        { class: "govuk-button-group" },
        button("Continue"),
        h("a", { class: "govuk-link", href: cancel }, "Cancel"),
      ),
    ),
  );
}

export interface NpqAdjustmentListModel {
  readonly statementId: string;
  /** The adjustments the page lists: those made since "Make adjustment", or every one from "Change or remove". */
  readonly adjustments: readonly StatementAdjustment[];
  readonly view: NpqAdjustmentsView;
}

/** "You’ve made an adjustment" (not from "Change or remove"), the list with "Edit" and "Remove", "add another". */
export function npqAdjustmentListPage(model: NpqAdjustmentListModel, { error = false } = {}): string {
  const radios = "add-another";
  const heading = model.view.showAll ? "Adjustments" : "You’ve made an adjustment";
  return renderPage(
    { title: heading, back: FINANCE_PATHS.npqStatement(model.statementId) },
    error ? errorSummary([{ text: NPQ_ADJUSTMENT_ERRORS.addAnother, field: `${radios}-yes` }]) : null,
    model.view.showAll ? null : h("h1", { class: "govuk-heading-l" }, heading),
    h(
      "form",
      { method: "post", action: FINANCE_PATHS.npqAddAnotherAdjustment(model.statementId), novalidate: true },
      npqAdjustmentsTable(model.adjustments, { actions: { statementId: model.statementId, view: model.view } }),
      fieldset(
        {
          id: radios,
          legend: "Do you need to add another adjustment?",
          size: "m",
          isPageHeading: true,
          error: error ? NPQ_ADJUSTMENT_ERRORS.addAnother : undefined,
        },
        yesNoRadios(radios, "add_another", { inline: false }),
      ),
      ...viewFields(model.view),
      button("Continue"),
    ),
  );
}

/** "Are you sure you want to remove this adjustment?", with the adjustment, "Remove" and "Cancel". */
export function npqRemoveAdjustmentPage(
  model: { statementId: string; adjustment: StatementAdjustment; view: NpqAdjustmentsView },
  refusal?: string,
): string {
  const { statementId, adjustment, view } = model;
  const listPath = `${FINANCE_PATHS.npqAdjustments(statementId)}${npqAdjustmentsViewQuery(view)}`;
  return renderPage(
    { title: "Remove adjustment", back: listPath },
    refusal === undefined ? null : errorSummary([{ text: refusal }]),
    h(
      "form",
      { method: "post", action: FINANCE_PATHS.npqDeleteAdjustment(statementId, adjustment.id), novalidate: true },
      h("h1", { class: "govuk-heading-l" }, "Are you sure you want to remove this adjustment?"),
      npqAdjustmentsTable([adjustment], {}),
      ...viewFields(view),
      h(
        "div",
        { class: "govuk-button-group" },
        button("Remove", { warning: true }),
        h("a", { class: "govuk-link", href: listPath }, "Cancel"),
      ),
    ),
  );
}
