/**
 * DfE-side: the production daily job. Every open output statement whose cut-off date has passed becomes payable,
 * with its eligible declarations. The real sandbox never runs it; ours runs it when asked.
 */
import type { Statement } from "../model/statement.ts";
import type { World } from "../model/world.ts";
import { type Outcome, ok } from "../result.ts";
import type { CommandContext } from "./context.ts";
import { applyStatementPayable, checkStatementPayable } from "./mark-statement-payable.ts";

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
  return ok(due.map((statement) => applyStatementPayable(world, statement, context.now)));
}
