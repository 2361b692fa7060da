import { jsx as h } from "hono/jsx";

/**
 * GOV.UK radios answering "Yes" or "No", posted as `name`; the inputs' ids are `${id}-yes` and `${id}-no`, so an error
 * summary links to `${id}-yes` as GOV.UK's pattern asks.
 */
export function yesNoRadios(id: string, name: string, { inline }: { inline: boolean }) {
  return h(
    "div",
    { class: `govuk-radios${inline ? " govuk-radios--inline" : ""}`, "data-module": "govuk-radios" },
    ...(["yes", "no"] as const).map((value) =>
      h(
        "div",
        { class: "govuk-radios__item" },
        h("input", { class: "govuk-radios__input", id: `${id}-${value}`, name, type: "radio", value }),
        h("label", { class: "govuk-label govuk-radios__label", for: `${id}-${value}` }, value === "yes" ? "Yes" : "No"),
      ),
    ),
  );
}
