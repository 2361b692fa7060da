/**
 * DfE-side: an additional adjustment on an NPQ statement (payment rules §6.2), counted into its total: a non-zero
 * amount with no limit beyond its format, on a statement that is not paid.
 */
import type { CommandContext } from "../../commands/context.ts";
import { FINANCE_MESSAGES } from "../../messages/finance.ts";
import type { StatementAdjustment } from "../../model/statement-adjustment.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { checkStatementAdjustment, type StatementAdjustmentInput } from "../../rules/statement-adjustment-checks.ts";
import { instantOf } from "../../time/instant.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

export interface AddNpqStatementAdjustmentCommand extends StatementAdjustmentInput {
  readonly type: "addNpqStatementAdjustment";
  readonly statementId: string;
}

export function addNpqStatementAdjustment(
  world: NpqWorld,
  command: AddNpqStatementAdjustmentCommand,
  context: CommandContext,
): Outcome<StatementAdjustment> {
  const statement = findNpqRow(world, "statements", command.statementId);
  if (statement === undefined) {
    return notFound();
  }
  const { errors, amount } = checkStatementAdjustment(command, { limited: false });
  if (statement.status === "paid") {
    errors.add("statement", FINANCE_MESSAGES.adjustmentOnPaidStatement);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(
    insertNpqRow(world, "statementAdjustments", {
      id: context.newId(),
      statementId: statement.id,
      description: command.description.trim(),
      amount,
      createdAt: instantOf(context.now),
    }),
  );
}
