/** GOV.UK Frontend's fieldset in its form group: the legend, the error message when there is one, then the inputs. */
import { type Child, jsx as h } from "hono/jsx";
import { errorMessage } from "./error-message.ts";

export interface FieldsetOptions {
  /** Names the error message `${id}-error`, which the fieldset is then described by. */
  readonly id: string;
  readonly legend: Child;
  /** GOV.UK's legend sizes: "l" for a legend that is the page's heading, "m" for a question on a longer page. */
  readonly size: "m" | "l";
  /** The legend is the page's heading, so it sits in an `h1`. */
  readonly isPageHeading?: boolean;
  readonly error?: string | undefined;
}

export function fieldset(options: FieldsetOptions, ...inputs: Child[]) {
  const { id, error } = options;
  return h(
    "div",
    { class: `govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}` },
    h(
      "fieldset",
      { class: "govuk-fieldset", "aria-describedby": error === undefined ? undefined : `${id}-error` },
      h(
        "legend",
        { class: `govuk-fieldset__legend govuk-fieldset__legend--${options.size}` },
        options.isPageHeading === true ? h("h1", { class: "govuk-fieldset__heading" }, options.legend) : options.legend,
      ),
      error === undefined ? null : errorMessage(id, error),
      ...inputs,
    ),
  );
}
