/**
 * DfE-side: the production daily job. Every open output statement whose cut-off date has passed becomes payable,
 * with its eligible declarations. The real sandbox never runs it; ours runs it when asked.
 */
import type { Statement } from "../model/statement.ts";
import type { World } from "../model/world.ts";
import { type Outcome, ok } from "../result.ts";
import type { CommandContext } from "./context.ts";
import {
  applyStatementPayable,
  checkStatementPayable,
  type StatementPayableMoves,
  statementPayableMoves,
} from "./mark-statement-payable.ts";

export interface MarkDueStatementsPayableCommand {
  readonly type: "markDueStatementsPayable";
  /** Limit to one lead provider. */
  readonly leadProviderId?: string;
}

export function markDueStatementsPayable(
  world: World,
  command: MarkDueStatementsPayableCommand,
  context: CommandContext,
): Outcome<Statement[]> {
  const due = Object.values(world.statements).filter(
    (statement) =>
      (command.leadProviderId === undefined || statement.leadProviderId === command.leadProviderId) &&
      checkStatementPayable(statement, context.now).isEmpty,
  );
  // Every statement is planned before any is written, so a refused move leaves them all as they were.
  const planned: StatementPayableMoves[] = [];
  for (const statement of due) {
    const moves = statementPayableMoves(world, statement);
    if (!moves.ok) {
      return moves;
    }
    planned.push(moves.value);
  }
  return ok(planned.map((moves) => applyStatementPayable(world, moves, context.now)));
}
