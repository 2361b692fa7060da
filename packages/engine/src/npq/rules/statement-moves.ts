/**
 * What processing an NPQ statement moves (NPQ rules §5.3, §8), through the shared statement machine and the NPQ
 * declaration machine: marking it payable takes its eligible declarations with it; paying it pays its payable
 * declarations and claws back those awaiting clawback on it. Planned whole before anything is written.
 */
import { transition } from "../../machines/machine.ts";
import { type NpqDeclarationEvent, npqDeclarationTransition } from "../../machines/npq-declaration-machine.ts";
import { type StatementEvent, statementMachine } from "../../machines/statement-machine.ts";
import type { StatementStatus } from "../../model/statement.ts";
import { type Outcome, ok } from "../../result.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import type { NpqStatement } from "../model/statement.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

interface NpqDeclarationMove {
  readonly declaration: NpqDeclaration;
  readonly state: NpqDeclarationState;
}

export interface NpqStatementMoves {
  readonly status: StatementStatus;
  readonly declarations: readonly NpqDeclarationMove[];
}

function movesOf(declarations: readonly NpqDeclaration[], event: NpqDeclarationEvent): Outcome<NpqDeclarationMove[]> {
  const moves: NpqDeclarationMove[] = [];
  for (const declaration of declarations) {
    const state = npqDeclarationTransition(declaration.state, event);
    if (!state.ok) {
      return state;
    }
    moves.push({ declaration, state: state.value });
  }
  return ok(moves);
}

/** The declarations a statement event moves, each with the event the declaration machine gets. */
function movedBy(world: NpqWorld, statement: NpqStatement, event: StatementEvent) {
  const onStatement = npqLookup(world, "declarationsByStatement", statement.id);
  if (event === "markPayable") {
    return [{ event: "markPayable", declarations: onStatement.filter((d) => d.state === "eligible") }] as const;
  }
  const clawbacks = npqLookup(world, "declarationsByClawbackStatement", statement.id);
  return [
    { event: "pay", declarations: onStatement.filter((d) => d.state === "payable") },
    { event: "clawBack", declarations: clawbacks.filter((d) => d.state === "awaiting-clawback") },
  ] as const;
}

export function npqStatementMoves(
  world: NpqWorld,
  statement: NpqStatement,
  event: StatementEvent,
): Outcome<NpqStatementMoves> {
  const status = transition(statementMachine, statement.status, event);
  if (!status.ok) {
    return status;
  }
  const declarations: NpqDeclarationMove[] = [];
  for (const group of movedBy(world, statement, event)) {
    const moves = movesOf(group.declarations, group.event);
    if (!moves.ok) {
      return moves;
    }
    declarations.push(...moves.value);
  }
  return ok({ status: status.value, declarations });
}
