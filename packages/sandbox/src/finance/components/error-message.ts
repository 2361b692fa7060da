import { jsx as h } from "hono/jsx";

/** A GOV.UK error message under a field's label, for the field whose id is `id` (it describes `${id}-error`). */
export function errorMessage(id: string, text: string) {
  return h(
    "p",
    { class: "govuk-error-message", id: `${id}-error` },
    h("span", { class: "govuk-visually-hidden" }, "Error:"),
    ` ${text}`,
  );
}
