/** GOV.UK Frontend's summary list: key and value rows, each with an optional action link. */
import { type Child, jsx as h } from "hono/jsx";

export interface SummaryRow {
  readonly key: string;
  readonly value: Child;
  readonly action?: { readonly href: string; readonly text: string; readonly hidden: string };
}

export function summaryList(rows: readonly SummaryRow[], { noBorder = false } = {}) {
  return h(
    "dl",
    { class: `govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}` },
    ...rows.map((row) =>
      h(
        "div",
        { class: `govuk-summary-list__row${row.action === undefined ? " govuk-summary-list__row--no-actions" : ""}` },
        h("dt", { class: "govuk-summary-list__key" }, row.key),
        h("dd", { class: "govuk-summary-list__value" }, row.value),
        row.action === undefined
          ? null
          : h(
              "dd",
              { class: "govuk-summary-list__actions" },
              h(
                "a",
                { class: "govuk-link", href: row.action.href },
                row.action.text,
                h("span", { class: "govuk-visually-hidden" }, ` ${row.action.hidden}`),
              ),
            ),
      ),
    ),
  );
}
