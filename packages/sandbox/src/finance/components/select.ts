/** GOV.UK Frontend's select with its label, its options plain or in labelled groups. */
import { jsx as h } from "hono/jsx";

export interface SelectOption {
  readonly value: string;
  readonly text: string;
  readonly selected: boolean;
}

export interface SelectGroup {
  readonly label: string;
  readonly options: readonly SelectOption[];
}

function option(choice: SelectOption) {
  return h("option", { value: choice.value, selected: choice.selected ? true : undefined }, choice.text);
}

/** An inline form group, as DfE's selectors and filters sit side by side. */
export function select(id: string, label: string, choices: readonly (SelectOption | SelectGroup)[]) {
  return h(
    "div",
    { class: "govuk-form-group govuk-!-margin-right-4 govuk-!-display-inline-block" },
    h("label", { class: "govuk-label", for: id }, label),
    h(
      "select",
      { class: "govuk-select", id, name: id },
      ...choices.map((choice) =>
        "options" in choice ? h("optgroup", { label: choice.label }, ...choice.options.map(option)) : option(choice),
      ),
    ),
  );
}
