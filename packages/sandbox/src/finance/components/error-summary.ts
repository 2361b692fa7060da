/** GOV.UK Frontend's error summary: "There is a problem" and each error, linked to its field when it has one. */
import { jsx as h } from "hono/jsx";

export interface PageError {
  readonly text: string;
  /** The id of the field at fault. */
  readonly field?: string;
}

export function errorSummary(errors: readonly PageError[], title = "There is a problem") {
  return h(
    "div",
    { class: "govuk-error-summary", "data-module": "govuk-error-summary" },
    h(
      "div",
      { role: "alert" },
      h("h2", { class: "govuk-error-summary__title" }, title),
      h(
        "div",
        { class: "govuk-error-summary__body" },
        h(
          "ul",
          { class: "govuk-list govuk-error-summary__list" },
          ...errors.map((error) =>
            h("li", null, error.field === undefined ? error.text : h("a", { href: `#${error.field}` }, error.text)),
          ),
        ),
      ),
    ),
  );
}
