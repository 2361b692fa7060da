/**
 * Every NPQ command, and `executeNpq` to run one against an `NpqWorld`: the same shape as the ECF registry
 * (`commands/index.ts`), with the same `CommandContext` and `Outcome`. Add a command by writing its file and adding
 * its handler to `NPQ_COMMAND_HANDLERS` under its `type`.
 *
 * @module
 */
import type { CommandContext } from "../../commands/context.ts";
import { badRequest, type Outcome } from "../../result.ts";
import type { NpqWorld } from "../model/world.ts";
import { acceptNpqApplication } from "./accept-npq-application.ts";
import { addNpqStatementAdjustment } from "./add-npq-statement-adjustment.ts";
import { changeNpqApplicationLeadProvider } from "./change-npq-application-lead-provider.ts";
import { changeNpqDeclarationDeliveryPartner } from "./change-npq-declaration-delivery-partner.ts";
import { changeNpqFundedPlace } from "./change-npq-funded-place.ts";
import { changeNpqParticipantSchedule } from "./change-npq-participant-schedule.ts";
import { deferNpqParticipant } from "./defer-npq-participant.ts";
import { markNpqStatementPaid, markNpqStatementPayable } from "./process-npq-statement.ts";
import { recordNpqApplicationDecision } from "./record-npq-application-decision.ts";
import { recordNpqOutcome } from "./record-npq-outcome.ts";
import { recordNpqParticipantIdChange } from "./record-npq-participant-id-change.ts";
import { registerNpqApplication } from "./register-npq-application.ts";
import { registerNpqCohort } from "./register-npq-cohort.ts";
import { registerNpqContract } from "./register-npq-contract.ts";
import { registerNpqDeliveryPartner } from "./register-npq-delivery-partner.ts";
import { registerNpqStatements } from "./register-npq-statements.ts";
import { rejectNpqApplication } from "./reject-npq-application.ts";
import { removeNpqStatementAdjustment } from "./remove-npq-statement-adjustment.ts";
import { resumeNpqParticipant } from "./resume-npq-participant.ts";
import { submitNpqDeclaration } from "./submit-npq-declaration.ts";
import { voidNpqDeclaration } from "./void-npq-declaration.ts";
import { withdrawNpqParticipant } from "./withdraw-npq-participant.ts";

const NPQ_COMMAND_HANDLERS = {
  // Lead provider API: applications
  acceptNpqApplication,
  rejectNpqApplication,
  changeNpqFundedPlace,
  // Lead provider API: participant actions
  deferNpqParticipant,
  resumeNpqParticipant,
  withdrawNpqParticipant,
  changeNpqParticipantSchedule,
  // Lead provider API: declarations
  submitNpqDeclaration,
  voidNpqDeclaration,
  changeNpqDeclarationDeliveryPartner,
  // Lead provider API: outcomes
  recordNpqOutcome,
  // DfE-side: statements
  markNpqStatementPayable,
  markNpqStatementPaid,
  addNpqStatementAdjustment,
  removeNpqStatementAdjustment,
  // DfE-side fixtures
  registerNpqApplication,
  changeNpqApplicationLeadProvider,
  registerNpqCohort,
  registerNpqContract,
  registerNpqDeliveryPartner,
  registerNpqStatements,
  recordNpqApplicationDecision,
  recordNpqParticipantIdChange,
};

type Handlers = typeof NPQ_COMMAND_HANDLERS;

/** Compile-time check that each handler is registered under its own command `type`. */
type RegisteredUnderOwnType = {
  [K in keyof Handlers]: Handlers[K] extends (
    world: NpqWorld,
    command: infer C,
    context: CommandContext,
  ) => Outcome<unknown>
    ? C extends { readonly type: K }
      ? Handlers[K]
      : never
    : never;
};
const _registeredUnderOwnType: RegisteredUnderOwnType = NPQ_COMMAND_HANDLERS;

export type NpqCommandType = keyof Handlers;
export type NpqCommandOf<K extends NpqCommandType> = Parameters<Handlers[K]>[1];
export type NpqCommand = { [K in NpqCommandType]: NpqCommandOf<K> }[NpqCommandType];
export type NpqCommandValue<K extends NpqCommandType> = ReturnType<Handlers[K]> extends Outcome<infer V> ? V : never;

function isNpqCommandType(value: string): value is NpqCommandType {
  return Object.hasOwn(NPQ_COMMAND_HANDLERS, value);
}

/** Runs an NPQ command. On failure the world is unchanged; on success it is updated in place. */
export function executeNpq<C extends NpqCommand>(
  world: NpqWorld,
  command: C,
  context: CommandContext,
): Outcome<NpqCommandValue<C["type"]>> {
  if (!isNpqCommandType(command.type)) {
    return badRequest(`Unknown command type: ${String(command.type)}`);
  }
  const handler = NPQ_COMMAND_HANDLERS[command.type] as unknown as (
    world: NpqWorld,
    command: C,
    context: CommandContext,
  ) => Outcome<NpqCommandValue<C["type"]>>;
  return handler(world, command, context);
}
