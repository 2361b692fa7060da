/**
 * The NPQ service's adjustment form (finance dashboard §3.3): a description and an amount on one
 * page, checked with the service's messages, and what the service keeps in its session between the pages: the
 * adjustments made since "Make adjustment" (listed under "You’ve made an adjustment") and whether the pages were
 * opened from "Change or remove" (every adjustment listed). The sandbox has no session, so both travel in the
 * address (`created`, `show_all_adjustments`) and the forms' hidden fields.
 */
import type { PageError } from "./components/error-summary.ts";

export interface NpqAdjustmentAnswers {
  readonly description: string;
  /** As typed: pounds, optionally with pence, negative to take money off; no commas or pound sign. */
  readonly amount: string;
}

export const NPQ_ADJUSTMENT_ERRORS = {
  description: "You must enter a description for the adjustment",
  amountBlank: "You must enter an adjustment amount",
  amountNotNumeric: "You can only enter numeric values in the adjustment amount field",
  amountZero: "The adjustment amount cannot be zero",
  addAnother: "Select if you need to add another adjustment",
  paid: "Adjustments can no longer be made to this statement, as it is marked as paid",
} as const;

/** The form's fields' ids, which the error summary links to. */
export const NPQ_ADJUSTMENT_FIELDS = { description: "adjustment-description", amount: "adjustment-amount" } as const;

const NUMBER = /^-?\d+(\.\d+)?$/;

export function readNpqAdjustmentAnswers(get: (name: string) => string | undefined): NpqAdjustmentAnswers {
  return { description: (get("description") ?? "").trim(), amount: (get("amount") ?? "").trim() };
}

/** The service's checks, in its order: the description, then the amount (blank, not a number, zero). */
export function npqAdjustmentErrors(answers: NpqAdjustmentAnswers): PageError[] {
  const errors: PageError[] = [];
  if (answers.description === "") {
    errors.push({ text: NPQ_ADJUSTMENT_ERRORS.description, field: NPQ_ADJUSTMENT_FIELDS.description });
  }
  const amount =
    answers.amount === ""
      ? NPQ_ADJUSTMENT_ERRORS.amountBlank
      : !NUMBER.test(answers.amount)
        ? NPQ_ADJUSTMENT_ERRORS.amountNotNumeric
        : Number(answers.amount) === 0
          ? NPQ_ADJUSTMENT_ERRORS.amountZero
          : undefined;
  if (amount !== undefined) {
    errors.push({ text: amount, field: NPQ_ADJUSTMENT_FIELDS.amount });
  }
  return errors;
}

/** What the service keeps in its session and query string between the adjustment pages. */
export interface NpqAdjustmentsView {
  /** Opened from "Change or remove": every adjustment is listed, without "You’ve made an adjustment". */
  readonly showAll: boolean;
  /** The adjustments made (or changed) since "Make adjustment", oldest first. */
  readonly created: readonly string[];
}

const ID = /^[0-9a-f-]{36}$/;

export function readNpqAdjustmentsView(get: (name: string) => string | undefined): NpqAdjustmentsView {
  return {
    showAll: get("show_all_adjustments") === "true",
    created: (get("created") ?? "").split(",").filter((id) => ID.test(id)),
  };
}

/** The view as a query string (`?show_all_adjustments=…&created=…`). */
export function npqAdjustmentsViewQuery(view: NpqAdjustmentsView): string {
  const query = new URLSearchParams({ show_all_adjustments: String(view.showAll) });
  if (view.created.length > 0) {
    query.set("created", view.created.join(","));
  }
  return `?${query.toString()}`;
}
