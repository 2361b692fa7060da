/**
 * DfE-side: an NPQ output statement is marked payable once its deadline has passed, then paid (NPQ rules §8), moving
 * its declarations with it (`rules/statement-moves.ts`). The checks and messages are the ECF finance ones.
 */
import type { CommandContext } from "../../commands/context.ts";
import { checkStatementPayable, STATEMENT_TITLE } from "../../commands/mark-statement-payable.ts";
import { FINANCE_MESSAGES } from "../../messages/finance.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../../result.ts";
import { isCutOffPassed } from "../../rules/statement-cut-off.ts";
import { instantOf } from "../../time/instant.ts";
import { londonToday } from "../../time/london.ts";
import { updateNpqRow } from "../model/row-writes.ts";
import type { NpqStatement } from "../model/statement.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";
import { type NpqStatementMoves, npqStatementMoves } from "../rules/statement-moves.ts";
import { moveNpqDeclaration } from "./declaration-state-writes.ts";

export interface MarkNpqStatementPayableCommand {
  readonly type: "markNpqStatementPayable";
  readonly statementId: string;
}

export interface MarkNpqStatementPaidCommand {
  readonly type: "markNpqStatementPaid";
  readonly statementId: string;
}

function checkNpqStatementPaid(statement: NpqStatement, now: Date): ValidationErrors {
  const errors = new ValidationErrors();
  if (statement.feeType !== "output") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.onlyOutputStatementsPaid);
  }
  if (statement.status === "paid") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.alreadyPaid);
  } else if (statement.status !== "payable") {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.notPayable);
  }
  if (!isCutOffPassed(statement, londonToday(now))) {
    errors.add(STATEMENT_TITLE, FINANCE_MESSAGES.paymentDeadlineNotPassed(statement.deadlineDate));
  }
  return errors;
}

function apply(world: NpqWorld, statement: NpqStatement, moves: NpqStatementMoves, now: Date): NpqStatement {
  const at = instantOf(now);
  for (const { declaration, state } of moves.declarations) {
    moveNpqDeclaration(world, declaration, state, at);
  }
  return updateNpqRow(world, "statements", statement.id, { status: moves.status, updatedAt: at });
}

function process(
  world: NpqWorld,
  statementId: string,
  event: "markPayable" | "pay",
  context: CommandContext,
): Outcome<NpqStatement> {
  const statement = findNpqRow(world, "statements", statementId);
  if (statement === undefined) {
    return notFound();
  }
  const errors =
    event === "markPayable"
      ? checkStatementPayable(statement, context.now)
      : checkNpqStatementPaid(statement, context.now);
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  const moves = npqStatementMoves(world, statement, event);
  return moves.ok ? ok(apply(world, statement, moves.value, context.now)) : moves;
}

export function markNpqStatementPayable(
  world: NpqWorld,
  command: MarkNpqStatementPayableCommand,
  context: CommandContext,
): Outcome<NpqStatement> {
  return process(world, command.statementId, "markPayable", context);
}

export function markNpqStatementPaid(
  world: NpqWorld,
  command: MarkNpqStatementPaidCommand,
  context: CommandContext,
): Outcome<NpqStatement> {
  return process(world, command.statementId, "pay", context);
}
