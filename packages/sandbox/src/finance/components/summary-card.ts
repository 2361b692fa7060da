/** GOV.UK Frontend's summary card: a titled box around a summary list, a table or both. */
import { type Child, jsx as h } from "hono/jsx";

export function summaryCard(title: string, testId: string, ...content: Child[]) {
  return h(
    "div",
    { class: "govuk-summary-card", "data-testid": testId },
    h("div", { class: "govuk-summary-card__title-wrapper" }, h("h2", { class: "govuk-summary-card__title" }, title)),
    h("div", { class: "govuk-summary-card__content" }, ...content),
  );
}
