/**
 * A declaration's life over the API's `state` (ECF rules §4, §5.1, §5.2): submitted, eligible once its role is
 * fundable and a statement takes it, payable when that statement is, paid when it is authorised; voided before
 * payment, or clawed back after it.
 *
 * The machine runs over the one state the API shows. The store keeps the service's two statuses
 * (`paymentStatus`, `clawbackStatus`); `declarationState` reads the state from them and `DECLARATION_STATE_STATUSES`
 * gives them back for a state, so a command moves the state here and writes the pair.
 */
import {
  DECLARATION_STATE_STATUSES,
  DECLARATION_STATES,
  type Declaration,
  type DeclarationStatuses,
  declarationState,
} from "../model/declaration.ts";
import { type Outcome, ok } from "../result.ts";
import { defineMachine, transition } from "./machine.ts";

export const DECLARATION_EVENTS = [
  "becomeEligible",
  "markPayable",
  "pay",
  "void",
  "requireClawback",
  "clawBack",
] as const;
export type DeclarationEvent = (typeof DECLARATION_EVENTS)[number];

export const declarationMachine = defineMachine({
  name: "declaration",
  states: DECLARATION_STATES,
  initial: "submitted",
  events: DECLARATION_EVENTS,
  transitions: [
    // ECF rules §4.3: the role becomes fundable (or already is at submission) and an output statement takes it.
    { from: "submitted", event: "becomeEligible", to: "eligible" },
    // ECF rules §5.1: its statement passes the cut-off, then payment is authorised.
    { from: "eligible", event: "markPayable", to: "payable" },
    { from: "payable", event: "pay", to: "paid" },
    // ECF rules §5.2: anything not yet paid is voided; a paid one is clawed back on a later statement.
    { from: "submitted", event: "void", to: "voided" },
    { from: "eligible", event: "void", to: "voided" },
    { from: "payable", event: "void", to: "voided" },
    { from: "paid", event: "requireClawback", to: "awaiting-clawback" },
    { from: "awaiting-clawback", event: "clawBack", to: "clawed-back" },
  ],
});

/** The stored statuses `event` leads to from the declaration's current ones, or the machine's refusal. */
export function declarationTransition(
  declaration: DeclarationStatuses,
  event: DeclarationEvent,
): Outcome<DeclarationStatuses> {
  const next = transition(declarationMachine, declarationState(declaration), event);
  return next.ok ? ok(DECLARATION_STATE_STATUSES[next.value]) : next;
}

/** A declaration and the stored statuses a move gives it, planned before anything is written. */
export interface DeclarationMove<D extends DeclarationStatuses = Declaration> {
  readonly declaration: D;
  readonly statuses: DeclarationStatuses;
}

/** The same event for every declaration given, all or nothing: the first refusal is the outcome. */
export function declarationMoves<D extends DeclarationStatuses>(
  declarations: readonly D[],
  event: DeclarationEvent,
): Outcome<DeclarationMove<D>[]> {
  const moves: DeclarationMove<D>[] = [];
  for (const declaration of declarations) {
    const statuses = declarationTransition(declaration, event);
    if (!statuses.ok) {
      return statuses;
    }
    moves.push({ declaration, statuses: statuses.value });
  }
  return ok(moves);
}
