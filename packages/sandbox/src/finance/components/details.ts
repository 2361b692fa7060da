/** GOV.UK Frontend's details: a summary that opens to its text, with no JavaScript (a native `<details>`). */
import { type Child, jsx as h } from "hono/jsx";

export function details(summary: string, ...content: Child[]) {
  return h(
    "details",
    { class: "govuk-details" },
    h("summary", { class: "govuk-details__summary" }, h("span", { class: "govuk-details__summary-text" }, summary)),
    h("div", { class: "govuk-details__text" }, ...content),
  );
}
