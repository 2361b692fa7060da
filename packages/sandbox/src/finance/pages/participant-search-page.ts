/**
 * "CPD contract data" (finance dashboard §1.6): search by participant or declaration id; a match opens the
 * participant, no match shows "No records found".
 */
import { jsx as h } from "hono/jsx";
import { errorSummary } from "../components/error-summary.ts";
import { renderPage } from "../components/layout.ts";
import { textInput } from "../components/text-input.ts";
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
      textInput({
        id: "query",
        name: "query",
        type: "search",
        label: { text: "Search records", size: "s" },
        hint: "Enter a participant, declaration or application ID",
        value: query,
        error: notFound ? NO_RECORDS_FOUND : undefined,
        width: "govuk-!-width-two-thirds",
      }),
      h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Search"),
    ),
  );
}
