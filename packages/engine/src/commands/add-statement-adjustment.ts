/**
 * DfE-side: an additional adjustment on an ECF statement (payment rules §1.5), counted into its total. As RECT allows
 * it: on an output statement that is not paid, a non-zero amount of at most £1,000,000 either way.
 */
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { insertRow } from "../model/row-writes.ts";
import type { StatementAdjustment } from "../model/statement-adjustment.ts";
import { findRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { checkStatementAdjustment, type StatementAdjustmentInput } from "../rules/statement-adjustment-checks.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { STATEMENT_TITLE } from "./mark-statement-payable.ts";

export interface AddStatementAdjustmentCommand extends StatementAdjustmentInput {
  readonly type: "addStatementAdjustment";
  readonly statementId: string;
}

export function addStatementAdjustment(
  world: World,
  command: AddStatementAdjustmentCommand,
  context: CommandContext,
): Outcome<StatementAdjustment> {
  const statement = findRow(world, "statements", command.statementId);
  if (statement === undefined) {
    return notFound();
  }
  const { errors, amount } = checkStatementAdjustment(command, { limited: true });
  if (statement.status === "paid") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.adjustmentOnPaidStatement);
  } else if (statement.feeType !== "output") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.adjustmentOnServiceFeeStatement);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(
    insertRow(world, "statementAdjustments", {
      id: context.newId(),
      statementId: statement.id,
      description: command.description.trim(),
      amount,
      createdAt: instantOf(context.now),
    }),
  );
}
