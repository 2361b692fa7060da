/** One line of a statement's summary panel: a label, and its figure right-aligned. */
import { type Child, jsx as h } from "hono/jsx";

export function panelRow(label: Child, value: Child, { strong = false } = {}) {
  const size = strong ? "govuk-heading-s" : "govuk-body-s";
  return h(
    "div",
    { class: "finance-panel__row" },
    h("p", { class: size }, label),
    h("p", { class: `${size} govuk-!-text-align-right` }, value),
  );
}
