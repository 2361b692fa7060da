/**
 * The answers of the add (or change) adjustment steps (finance dashboard §1.9). The real app keeps them in the
 * session; the sandbox has none, so each step carries them on: in the query string of the step's address and in
 * hidden fields of its form. Checked here with the real app's messages; the engine checks them again when they are
 * stored (its limit included), and its refusal is shown as it says.
 */
export interface AdjustmentAnswers {
  /** The adjustment's name, the statement's "Payment type". */
  readonly name: string;
  /** As typed: pounds, optionally with pence, negative to take money off. */
  readonly amount: string;
  /** When changing a stored adjustment, its id (the change stores the new one, then removes this one). */
  readonly adjustmentId?: string;
}

const ADJUSTMENT_STEPS = ["step1", "step2", "confirm"] as const;
export type AdjustmentStep = (typeof ADJUSTMENT_STEPS)[number];

export const ADJUSTMENT_ERRORS = {
  name: "Enter a name for the adjustment you want to add",
  amount: "Enter the amount of money that needs to be paid",
  addAnother: "Select if you need to add another adjustment",
} as const;

/** Pounds with up to two decimals, an optional minus sign; the real app takes no £ sign or separators either. */
const AMOUNT = /^-?\d+(\.\d{1,2})?$/;

export function readAdjustmentStep(value: string | undefined | null): AdjustmentStep {
  return ADJUSTMENT_STEPS.find((step) => step === value) ?? "step1";
}

/** The answers from a query string or a form: absent fields read as empty. */
export function readAdjustmentAnswers(get: (name: string) => string | undefined | null): AdjustmentAnswers {
  const adjustmentId = get("adjustment_id") ?? undefined;
  return {
    name: (get("payment_type") ?? "").trim(),
    amount: (get("amount") ?? "").trim(),
    ...(adjustmentId === undefined || adjustmentId === "" ? {} : { adjustmentId }),
  };
}

export function nameError(answers: AdjustmentAnswers): string | undefined {
  return answers.name === "" ? ADJUSTMENT_ERRORS.name : undefined;
}

/** Blank, not a number, or zero: the one message the real app gives for all three. */
export function amountError(answers: AdjustmentAnswers): string | undefined {
  return AMOUNT.test(answers.amount) && Number(answers.amount) !== 0 ? undefined : ADJUSTMENT_ERRORS.amount;
}

/** The first step whose answer is missing or wrong, so that a later step is never shown without its answers. */
export function firstUnanswered(answers: AdjustmentAnswers): AdjustmentStep | undefined {
  return nameError(answers) !== undefined ? "step1" : amountError(answers) !== undefined ? "step2" : undefined;
}

/** The query string carrying the answers to a step's address. */
export function answersQuery(step: AdjustmentStep, answers: AdjustmentAnswers): string {
  const query = new URLSearchParams({ form_step: step, payment_type: answers.name, amount: answers.amount });
  if (answers.adjustmentId !== undefined) {
    query.set("adjustment_id", answers.adjustmentId);
  }
  return `?${query.toString()}`;
}
