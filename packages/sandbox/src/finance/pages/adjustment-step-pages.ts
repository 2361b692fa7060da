/**
 * The add (or change) adjustment steps (finance dashboard §1.9): the name, the amount, and "Check your answers".
 * Each form carries the answers so far in hidden fields (no session: see adjustment-answers.ts).
 */
import { type Child, jsx as h } from "hono/jsx";
import { type AdjustmentAnswers, type AdjustmentStep, answersQuery } from "../adjustment-answers.ts";
import { errorSummary } from "../components/error-summary.ts";
import { renderPage } from "../components/layout.ts";
import { summaryList } from "../components/summary-list.ts";
import { type TextInputLabel, textInput } from "../components/text-input.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatPounds } from "../format.ts";

const CAPTION = "Add adjustment";

export interface AdjustmentStepModel {
  readonly statementId: string;
  readonly answers: AdjustmentAnswers;
  /** The message under the field (or, on "Check your answers", the engine's refusal). */
  readonly error?: string;
}

function hiddenAnswers(step: AdjustmentStep, answers: AdjustmentAnswers, except: "payment_type" | "amount" | null) {
  return [
    h("input", { type: "hidden", name: "form_step", value: step }),
    except === "payment_type" ? null : h("input", { type: "hidden", name: "payment_type", value: answers.name }),
    except === "amount" ? null : h("input", { type: "hidden", name: "amount", value: answers.amount }),
    answers.adjustmentId === undefined
      ? null
      : h("input", { type: "hidden", name: "adjustment_id", value: answers.adjustmentId }),
  ];
}

function stepForm(model: AdjustmentStepModel, ...content: Child[]) {
  return h(
    "form",
    { method: "post", action: FINANCE_PATHS.newAdjustment(model.statementId), novalidate: true },
    ...content,
  );
}

function continueButton(text = "Continue") {
  return h("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, text);
}

/** Each step's question is its page's heading, under the caption, as GOV.UK's one-question pages have it. */
function question(text: string): TextInputLabel {
  return { text, size: "l", isPageHeading: true, caption: CAPTION };
}

function page(model: AdjustmentStepModel, back: string, field: string | undefined, ...content: Child[]): string {
  return renderPage(
    { title: CAPTION, back },
    model.error === undefined ? null : errorSummary([{ text: model.error, ...(field === undefined ? {} : { field }) }]),
    ...content,
  );
}

export function adjustmentNamePage(model: AdjustmentStepModel, back: string): string {
  return page(
    model,
    back,
    "payment-type",
    stepForm(
      model,
      ...hiddenAnswers("step1", model.answers, "payment_type"),
      textInput({
        id: "payment-type",
        name: "payment_type",
        label: question("What is the name of the adjustment"),
        hint: "Describe what the adjustment is for. For example 'IT consultant fee'",
        value: model.answers.name,
        error: model.error,
      }),
      continueButton(),
    ),
  );
}

export function adjustmentAmountPage(model: AdjustmentStepModel): string {
  return page(
    model,
    `${FINANCE_PATHS.newAdjustment(model.statementId)}${answersQuery("step1", model.answers)}`,
    "amount",
    stepForm(
      model,
      ...hiddenAnswers("step2", model.answers, "amount"),
      textInput({
        id: "amount",
        name: "amount",
        label: question("How much is the payment?"),
        value: model.answers.amount,
        prefix: "£",
        width: "govuk-input--width-10",
        error: model.error,
      }),
      continueButton(),
    ),
  );
}

export function adjustmentCheckPage(model: AdjustmentStepModel): string {
  const path = FINANCE_PATHS.newAdjustment(model.statementId);
  return page(
    model,
    `${path}${answersQuery("step2", model.answers)}`,
    undefined,
    h("span", { class: "govuk-caption-l" }, CAPTION),
    h("h1", { class: "govuk-heading-l" }, "Check your answers"),
    summaryList([
      {
        key: "Payment type",
        value: model.answers.name,
        action: { href: `${path}${answersQuery("step1", model.answers)}`, text: "Change", hidden: "payment type" },
      },
      {
        key: "Payments",
        // The answer as the engine will store it: already checked to be pounds and at most two decimals.
        value: formatPounds(model.answers.amount),
        action: { href: `${path}${answersQuery("step2", model.answers)}`, text: "Change", hidden: "payments" },
      },
    ]),
    h(
      "p",
      { class: "govuk-body" },
      "By continuing you are confirming that, to the best of your knowledge, the details you are providing are correct.",
    ),
    stepForm(model, ...hiddenAnswers("confirm", model.answers, null), continueButton("Confirm and continue")),
  );
}
