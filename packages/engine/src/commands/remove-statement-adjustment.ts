/** DfE-side: takes an adjustment off an ECF statement that is not paid (payment rules §1.5). */
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { deleteRow } from "../model/row-writes.ts";
import type { StatementAdjustment } from "../model/statement-adjustment.ts";
import { findRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import type { CommandContext } from "./context.ts";
import { STATEMENT_TITLE } from "./mark-statement-payable.ts";

export interface RemoveStatementAdjustmentCommand {
  readonly type: "removeStatementAdjustment";
  readonly statementId: string;
  readonly adjustmentId: string;
}

export function removeStatementAdjustment(
  world: World,
  command: RemoveStatementAdjustmentCommand,
  _context: CommandContext,
): Outcome<StatementAdjustment> {
  const statement = findRow(world, "statements", command.statementId);
  const adjustment = findRow(world, "statementAdjustments", command.adjustmentId);
  if (statement === undefined || adjustment === undefined || adjustment.statementId !== statement.id) {
    return notFound();
  }
  if (statement.status === "paid") {
    const errors = new ValidationErrors();
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.adjustmentOnPaidStatement);
    return errors.toFailure();
  }
  return ok(deleteRow(world, "statementAdjustments", adjustment.id));
}
