/** GOV.UK Frontend's text input in its form group: the label, an optional hint, the error message and the input. */
import { jsx as h } from "hono/jsx";
import { errorMessage } from "./error-message.ts";

export interface TextInputLabel {
  readonly text: string;
  /** GOV.UK's label sizes: "l" for a label that is the page's heading, "s" for a small bold one. */
  readonly size?: "s" | "l";
  /** The label is the page's heading (GOV.UK's one-question pages), so it sits in an `h1`. */
  readonly isPageHeading?: boolean;
  /** The caption GOV.UK puts above the heading, inside the label so that it is read with the question. */
  readonly caption?: string;
}

export interface TextInputOptions {
  /** The input's id; the hint and the error are `${id}-hint` and `${id}-error`, as GOV.UK's macro names them. */
  readonly id: string;
  readonly name: string;
  readonly label: TextInputLabel;
  readonly hint?: string;
  readonly value: string;
  readonly error?: string | undefined;
  /** GOV.UK's fixed width (characters) or fluid width class; the input is full width without one. */
  readonly width?: "govuk-input--width-5" | "govuk-input--width-10" | "govuk-!-width-two-thirds";
  /** Text shown before the input (e.g. "£"), hidden from screen readers as GOV.UK's prefix is. */
  readonly prefix?: string;
  readonly type?: "text" | "search";
}

function label({ text, size, isPageHeading = false, caption }: TextInputLabel, id: string) {
  const element = h(
    "label",
    { class: `govuk-label${size === undefined ? "" : ` govuk-label--${size}`}`, for: id },
    caption === undefined ? null : h("span", { class: "govuk-caption-l" }, caption),
    text,
  );
  return isPageHeading ? h("h1", { class: "govuk-label-wrapper" }, element) : element;
}

export function textInput(options: TextInputOptions) {
  const { id, error, hint, prefix } = options;
  const describedBy = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((part) => part !== null)
    .join(" ");
  const input = h("input", {
    // GOV.UK Frontend's order: the width's class before the error's.
    class: `govuk-input${options.width === undefined ? "" : ` ${options.width}`}${error === undefined ? "" : " govuk-input--error"}`,
    id,
    name: options.name,
    type: options.type ?? "text",
    value: options.value,
    "aria-describedby": describedBy === "" ? undefined : describedBy,
  });
  return h(
    "div",
    { class: `govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}` },
    label(options.label, id),
    hint === undefined ? null : h("div", { class: "govuk-hint", id: `${id}-hint` }, hint),
    error === undefined ? null : errorMessage(id, error),
    prefix === undefined
      ? input
      : h(
          "div",
          { class: "govuk-input__wrapper" },
          h("div", { class: "govuk-input__prefix", "aria-hidden": "true" }, prefix),
          input,
        ),
  );
}
