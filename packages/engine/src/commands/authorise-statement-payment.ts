/**
 * DfE-side: a finance user authorises payment of a payable output statement. Its payable declarations become paid
 * and the clawbacks awaiting on it become clawed back (ECF rules §5.1).
 */
import { declarationMoves } from "../machines/declaration-machine.ts";
import { transition } from "../machines/machine.ts";
import { statementMachine } from "../machines/statement-machine.ts";
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { updateRow } from "../model/row-writes.ts";
import type { Statement } from "../model/statement.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { isCutOffPassed } from "../rules/statement-cut-off.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import { moveDeclaration } from "./declaration-state-writes.ts";
import { STATEMENT_TITLE } from "./mark-statement-payable.ts";

export interface AuthoriseStatementPaymentCommand {
  readonly type: "authoriseStatementPayment";
  readonly statementId: string;
}

export function authoriseStatementPayment(
  world: World,
  command: AuthoriseStatementPaymentCommand,
  context: CommandContext,
): Outcome<Statement> {
  const statement = findRow(world, "statements", command.statementId);
  if (statement === undefined) {
    return notFound();
  }
  const payable = lookup(world, "declarationsByStatement", statement.id).filter(
    (declaration) => declaration.paymentStatus === "payable",
  );
  const awaitingClawback = lookup(world, "declarationsByClawbackStatement", statement.id).filter(
    (declaration) => declaration.clawbackStatus === "awaiting_clawback",
  );

  const errors = new ValidationErrors();
  if (statement.feeType !== "output") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.onlyOutputStatementsPaid);
  }
  if (statement.status === "paid" || statement.markedAsPaidAt !== null) {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.alreadyPaid);
  } else if (statement.status !== "payable") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.notPayable);
  }
  if (!isCutOffPassed(statement, londonToday(context.now))) {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.paymentDeadlineNotPassed(statement.deadlineDate));
  }
  if (payable.length === 0 && awaitingClawback.length === 0) {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.nothingToPay);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }

  const status = transition(statementMachine, statement.status, "pay");
  if (!status.ok) {
    return status;
  }
  const paid = declarationMoves(payable, "pay");
  if (!paid.ok) {
    return paid;
  }
  const clawedBack = declarationMoves(awaitingClawback, "clawBack");
  if (!clawedBack.ok) {
    return clawedBack;
  }

  const now = instantOf(context.now);
  for (const { declaration, statuses } of [...paid.value, ...clawedBack.value]) {
    moveDeclaration(world, declaration, statuses, now);
  }
  return ok(
    updateRow(world, "statements", statement.id, { status: status.value, markedAsPaidAt: now, updatedAt: now }),
  );
}
