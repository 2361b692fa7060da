/**
 * DfE-side: an output statement whose cut-off date has passed becomes payable, and so do its eligible declarations
 * (ECF rules §5.1). In production a daily job does this for every due statement (`markDueStatementsPayable`).
 */
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import type { Statement } from "../model/statement.ts";
import { findRow, lookup, updateRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { isCutOffPassed } from "../rules/statement-cut-off.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";

export interface MarkStatementPayableCommand {
  readonly type: "markStatementPayable";
  readonly statementId: string;
}

export const STATEMENT_TITLE = "statement";

export function checkStatementPayable(statement: Statement, now: Date): ValidationErrors {
  const errors = new ValidationErrors();
  if (statement.feeType !== "output") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.onlyOutputStatementsPayable);
  }
  if (statement.status === "payable") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.alreadyPayable);
  } else if (statement.status === "paid") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.alreadyPaid);
  }
  if (!isCutOffPassed(statement, londonToday(now))) {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.deadlineNotPassed(statement.deadlineDate));
  }
  return errors;
}

/** Moves a statement that passed `checkStatementPayable` and its eligible declarations to payable. */
export function applyStatementPayable(world: World, statement: Statement, now: Date): Statement {
  const at = instantOf(now);
  for (const declaration of lookup(world, "declarationsByStatement", statement.id)) {
    if (declaration.paymentStatus === "eligible") {
      updateRow(world, "declarations", declaration.id, { paymentStatus: "payable", updatedAt: at });
    }
  }
  return updateRow(world, "statements", statement.id, { status: "payable", updatedAt: at });
}

export function markStatementPayable(
  world: World,
  command: MarkStatementPayableCommand,
  context: CommandContext,
): Outcome<Statement> {
  const statement = findRow(world, "statements", command.statementId);
  if (statement === undefined) {
    return notFound();
  }
  const errors = checkStatementPayable(statement, context.now);
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok(applyStatementPayable(world, statement, context.now));
}
