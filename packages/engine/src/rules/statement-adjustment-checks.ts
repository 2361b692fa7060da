import { FINANCE_MESSAGES as M } from "../messages/finance.ts";
import { compare, fraction, negate, zero } from "../payments/fraction.ts";
import { formatAmount, parseMoney } from "../payments/money.ts";
import { ValidationErrors } from "../result.ts";

/** What `addStatementAdjustment` and `addNpqStatementAdjustment` read. */
export interface StatementAdjustmentInput {
  readonly description: string;
  readonly amount: string;
}

/** As RECT limits them (payment rules §1.5); NPQ's adjustments have no limit beyond the amount's format (payment rules §6.2). */
const ECF_ADJUSTMENT_LIMIT = fraction(1_000_000n);
const MAXIMUM_DESCRIPTION = 255;

/**
 * The checks both programmes make on an adjustment, as the calculator reads adjustments (so a stored one never makes a
 * statement fail to calculate): a description, a non-zero amount in pounds and pence, and for ECF at most £1,000,000
 * either way. The amount is stored as the calculator shows amounts ("150" becomes "150.00").
 */
export function checkStatementAdjustment(
  input: StatementAdjustmentInput,
  options: { limited: boolean },
): { errors: ValidationErrors; amount: string } {
  const errors = new ValidationErrors();
  const description = typeof input.description === "string" ? input.description.trim() : "";
  if (description === "" || description.length > MAXIMUM_DESCRIPTION) {
    errors.add("description", M.enterAdjustmentDescription);
  }
  const amount = typeof input.amount === "string" ? parseMoney(input.amount) : undefined;
  if (amount === undefined) {
    errors.add("amount", M.invalidAdjustmentAmount);
    return { errors, amount: "" };
  }
  if (compare(amount, zero) === 0) {
    errors.add("amount", M.zeroAdjustmentAmount);
  } else if (
    options.limited &&
    (compare(amount, ECF_ADJUSTMENT_LIMIT) > 0 || compare(amount, negate(ECF_ADJUSTMENT_LIMIT)) < 0)
  ) {
    errors.add("amount", M.adjustmentBeyondLimit);
  }
  return { errors, amount: formatAmount(amount) };
}
