/**
 * "CPD contract data" (finance dashboard §1.6): search by participant or declaration id; a match opens the
 * participant, no match shows "No records found".
 */
import { jsx as h } from "hono/jsx";
import { errorMessage } from "../components/error-message.ts";
import { errorSummary } from "../components/error-summary.ts";
import { renderPage } from "../components/layout.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";

const NO_RECORDS_FOUND = "No records found";

export function participantSearchPage({ query = "", notFound = false } = {}): string {
  return renderPage(
    { title: "CPD contract data", back: FINANCE_PATHS.landing },
    notFound ? errorSummary([{ text: NO_RECORDS_FOUND, field: "query" }]) : null,
    h("h1", { class: "govuk-heading-l" }, "CPD contract data"),
    h(
      "form",
      { method: "get", action: FINANCE_PATHS.participants, novalidate: true },
      h(
        "div",
        { class: `govuk-form-group${notFound ? " govuk-form-group--error" : ""}` },
        h("label", { class: "govuk-label govuk-label--s", for: "query" }, "Search records"),
        h("div", { class: "govuk-hint", id: "query-hint" }, "Enter a participant, declaration or application ID"),
        notFound ? errorMessage("query", NO_RECORDS_FOUND) : null,
        h("input", {
          class: `govuk-input govuk-!-width-two-thirds${notFound ? " govuk-input--error" : ""}`,
          id: "query",
          name: "query",
          type: "search",
          value: query,
          "aria-describedby": notFound ? "query-hint query-error" : "query-hint",
        }),
      ),
      h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Search"),
    ),
  );
}
