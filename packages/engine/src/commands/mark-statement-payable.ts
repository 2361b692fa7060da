/**
 * DfE-side: an output statement whose cut-off date has passed becomes payable, and so do its eligible declarations
 * (ECF rules §5.1). In production a daily job does this for every due statement (`markDueStatementsPayable`).
 */
import { type DeclarationMove, declarationMoves } from "../machines/declaration-machine.ts";
import { transition } from "../machines/machine.ts";
import { statementMachine } from "../machines/statement-machine.ts";
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { updateRow } from "../model/row-writes.ts";
import type { Statement, StatementStatus } from "../model/statement.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { isCutOffPassed } from "../rules/statement-cut-off.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import { moveDeclaration } from "./declaration-state-writes.ts";

export interface MarkStatementPayableCommand {
  readonly type: "markStatementPayable";
  readonly statementId: string;
}

export const STATEMENT_TITLE = "statement";

export function checkStatementPayable(
  statement: Pick<Statement, "feeType" | "status" | "deadlineDate">,
  now: Date,
): ValidationErrors {
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

/** What making a statement payable moves: the statement, and its eligible declarations with it. */
export interface StatementPayableMoves {
  readonly statement: Statement;
  readonly status: StatementStatus;
  readonly declarations: readonly DeclarationMove[];
}

/** Plans the moves of a statement that passed `checkStatementPayable`, through the statement and declaration machines. */
export function statementPayableMoves(world: World, statement: Statement): Outcome<StatementPayableMoves> {
  const status = transition(statementMachine, statement.status, "markPayable");
  if (!status.ok) {
    return status;
  }
  const eligible = lookup(world, "declarationsByStatement", statement.id).filter(
    (declaration) => declaration.paymentStatus === "eligible",
  );
  const declarations = declarationMoves(eligible, "markPayable");
  if (!declarations.ok) {
    return declarations;
  }
  return ok({ statement, status: status.value, declarations: declarations.value });
}

/** Writes planned moves: the declarations first, then the statement. */
export function applyStatementPayable(world: World, moves: StatementPayableMoves, now: Date): Statement {
  const at = instantOf(now);
  for (const { declaration, statuses } of moves.declarations) {
    moveDeclaration(world, declaration, statuses, at);
  }
  return updateRow(world, "statements", moves.statement.id, { status: moves.status, updatedAt: at });
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
  const moves = statementPayableMoves(world, statement);
  if (!moves.ok) {
    return moves;
  }
  return ok(applyStatementPayable(world, moves.value, context.now));
}
