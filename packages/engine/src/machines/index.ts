export {
  DECLARATION_EVENTS,
  type DeclarationEvent,
  type DeclarationMove,
  declarationMachine,
  declarationMoves,
  declarationTransition,
} from "./declaration-machine.ts";
export { defineMachine, type Machine, type Transition, transition, transitionFrom } from "./machine.ts";
export { machineTable } from "./machine-table.ts";
export { STATEMENT_EVENTS, type StatementEvent, statementMachine } from "./statement-machine.ts";
export {
  TRAINING_STATUS_EVENTS,
  type TrainingStatusEvent,
  trainingStatusMachine,
} from "./training-status-machine.ts";
