import type { Instant } from "../time/instant.ts";

/**
 * An additional adjustment on a statement (payment rules §1.5, §6.2): a line DfE finance adds by hand, counted into the
 * statement's total. Both worlds keep them in a `statementAdjustments` table, written only by their commands
 * (`addStatementAdjustment`, `addNpqStatementAdjustment` and their removals).
 */
export interface StatementAdjustment {
  readonly id: string;
  readonly statementId: string;
  /** Free text, 255 characters at most, as the calculator reads it. */
  readonly description: string;
  /** Pounds and pence, negative to take money off: "-150.00". Never zero. */
  readonly amount: string;
  readonly createdAt: Instant;
}
