/**
 * "Check … statement details before authorising for payment" (finance dashboard §1.8): the statement's summary, a
 * checkbox confirming the assurance checks, and "Authorise for payment". Posting without the box ticked shows the
 * error; with it, the statement is marked paid.
 */
import { jsx as h } from "hono/jsx";
import { ectMentorPanel } from "../components/ect-mentor-panel.ts";
import { errorSummary } from "../components/error-summary.ts";
import { fieldset } from "../components/fieldset.ts";
import { renderPage } from "../components/layout.ts";
import { summaryPanel } from "../components/summary-panel.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { statementName } from "../format.ts";
import type { StatementPageModel } from "../statement-page-model.ts";
import { hasMentorFunding } from "./statement-page.ts";

const CHECKBOX_ID = "assurance-check";

const ASSURANCE_CHECKS_ERROR =
  "Confirm all necessary assurance checks have been done before authorising this statement for payment";

export function authorisePage(model: StatementPageModel, { error = false } = {}): string {
  const { statement } = model;
  return renderPage(
    {
      title: "Authorise for payment",
      back: FINANCE_PATHS.statement(statement.leadProviderId, statement.id),
    },
    error ? authoriseErrorSummary() : null,
    h(
      "h1",
      { class: "govuk-heading-l" },
      `Check ${statementName(statement)} statement details before authorising for payment`,
    ),
    hasMentorFunding(model) ? ectMentorPanel(model) : summaryPanel(model, { forAuthorisation: true }),
    authoriseForm({
      action: FINANCE_PATHS.authorisations(statement.id),
      cancel: FINANCE_PATHS.statement(statement.leadProviderId, statement.id),
      error,
    }),
  );
}

/** The assurance checkbox and "Authorise for payment", posting to `action`; "Cancel" goes to `cancel`. */
export function authoriseForm({ action, cancel, error }: { action: string; cancel: string; error: boolean }) {
  const CHECKBOX_ID = "assurance-check";
  return h(
    "form",
    { method: "post", action: action, novalidate: true },
    fieldset(
      {
        id: CHECKBOX_ID,
        legend: h(
          "div",
          { class: "govuk-warning-text" },
          h("span", { class: "govuk-warning-text__icon", "aria-hidden": "true" }, "!"),
          h(
            "strong",
            { class: "govuk-warning-text__text" },
            h("span", { class: "govuk-visually-hidden" }, "Warning"),
            "Have all necessary assurance checks been done?",
          ),
        ),
        size: "m",
        error: error ? ASSURANCE_CHECKS_ERROR : undefined,
      },
      h(
        "div",
        { class: "govuk-checkboxes govuk-checkboxes--small", "data-module": "govuk-checkboxes" },
        h(
          "div",
          { class: "govuk-checkboxes__item" },
          h("input", {
            class: "govuk-checkboxes__input",
            id: CHECKBOX_ID,
            name: "checks_done",
            type: "checkbox",
            value: "true",
          }),
          h(
            "label",
            { class: "govuk-label govuk-checkboxes__label", for: CHECKBOX_ID },
            "Yes, I'm ready to authorise this for payment",
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "govuk-button-group" },
      h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Authorise for payment"),
      h("a", { class: "govuk-link", href: cancel }, "Cancel"),
    ),
  );
}

export function authoriseErrorSummary() {
  return errorSummary([{ text: ASSURANCE_CHECKS_ERROR, field: CHECKBOX_ID }]);
}
