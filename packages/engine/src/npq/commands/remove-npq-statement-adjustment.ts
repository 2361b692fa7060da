/** DfE-side: takes an adjustment off an NPQ statement that is not paid (payment rules §6.2). */
import type { CommandContext } from "../../commands/context.ts";
import { FINANCE_MESSAGES } from "../../messages/finance.ts";
import type { StatementAdjustment } from "../../model/statement-adjustment.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../../result.ts";
import { deleteNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

export interface RemoveNpqStatementAdjustmentCommand {
  readonly type: "removeNpqStatementAdjustment";
  readonly statementId: string;
  readonly adjustmentId: string;
}

export function removeNpqStatementAdjustment(
  world: NpqWorld,
  command: RemoveNpqStatementAdjustmentCommand,
  _context: CommandContext,
): Outcome<StatementAdjustment> {
  const statement = findNpqRow(world, "statements", command.statementId);
  const adjustment = findNpqRow(world, "statementAdjustments", command.adjustmentId);
  if (statement === undefined || adjustment === undefined || adjustment.statementId !== statement.id) {
    return notFound();
  }
  if (statement.status === "paid") {
    const errors = new ValidationErrors();
    errors.add("statement", FINANCE_MESSAGES.adjustmentOnPaidStatement);
    return errors.toFailure();
  }
  return ok(deleteNpqRow(world, "statementAdjustments", adjustment.id));
}
