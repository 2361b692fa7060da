/**
 * Every command the engine understands, and `execute` to run one.
 *
 * A command is plain serialisable data `{ type: "<name>", ...input }`; its handler lives in `<kebab-name>.ts`. To add
 * a command, write the file and add its handler to `COMMAND_HANDLERS` under the command's `type`: the `Command` union,
 * `execute` and its result type all follow from that one line.
 *
 * @module
 */
import type { World } from "../model/world.ts";
import { badRequest, type Outcome } from "../result.ts";
import { addStatementAdjustment } from "./add-statement-adjustment.ts";
import { assignMentor } from "./assign-mentor.ts";
import { authoriseStatementPayment } from "./authorise-statement-payment.ts";
import { changeParticipantSchedule } from "./change-participant-schedule.ts";
import type { CommandContext } from "./context.ts";
import { createContractAndStatements } from "./create-contract-and-statements.ts";
import { createPartnership } from "./create-partnership.ts";
import { deferParticipant } from "./defer-participant.ts";
import { markDueStatementsPayable } from "./mark-due-statements-payable.ts";
import { markParticipantEligibleForFunding } from "./mark-participant-eligible-for-funding.ts";
import { markStatementPayable } from "./mark-statement-payable.ts";
import { recordLeadProviderChange } from "./record-lead-provider-change.ts";
import { recordParticipantIdChange } from "./record-participant-id-change.ts";
import { recordSchoolTransfer } from "./record-school-transfer.ts";
import { registerDeliveryPartner } from "./register-delivery-partner.ts";
import { registerDeliveryPartnership } from "./register-delivery-partnership.ts";
import { registerParticipant } from "./register-participant.ts";
import { registerSchool } from "./register-school.ts";
import { registerSchoolPartnership } from "./register-school-partnership.ts";
import { removeStatementAdjustment } from "./remove-statement-adjustment.ts";
import { resumeParticipant } from "./resume-participant.ts";
import { submitDeclaration } from "./submit-declaration.ts";
import { updatePartnership } from "./update-partnership.ts";
import { voidDeclaration } from "./void-declaration.ts";
import { withdrawParticipant } from "./withdraw-participant.ts";

const COMMAND_HANDLERS = {
  // Lead provider API: declarations
  submitDeclaration,
  voidDeclaration,
  // Lead provider API: participant actions and partnerships
  withdrawParticipant,
  deferParticipant,
  resumeParticipant,
  changeParticipantSchedule,
  createPartnership,
  updatePartnership,
  // DfE-side: funding and finance
  markParticipantEligibleForFunding,
  markStatementPayable,
  markDueStatementsPayable,
  authoriseStatementPayment,
  createContractAndStatements,
  addStatementAdjustment,
  removeStatementAdjustment,
  // DfE- and school-side fixtures
  registerSchool,
  registerDeliveryPartner,
  registerDeliveryPartnership,
  registerSchoolPartnership,
  registerParticipant,
  assignMentor,
  recordSchoolTransfer,
  recordLeadProviderChange,
  recordParticipantIdChange,
};

type Handlers = typeof COMMAND_HANDLERS;

/** Compile-time check that each handler is registered under its own command `type`. */
type RegisteredUnderOwnType = {
  [K in keyof Handlers]: Handlers[K] extends (
    world: World,
    command: infer C,
    context: CommandContext,
  ) => Outcome<unknown>
    ? C extends { readonly type: K }
      ? Handlers[K]
      : never
    : never;
};
const _registeredUnderOwnType: RegisteredUnderOwnType = COMMAND_HANDLERS;

export type CommandType = keyof Handlers;
export type CommandOf<K extends CommandType> = Parameters<Handlers[K]>[1];
export type Command = { [K in CommandType]: CommandOf<K> }[CommandType];
/** What a successful command of that type returns. */
export type CommandValue<K extends CommandType> = ReturnType<Handlers[K]> extends Outcome<infer V> ? V : never;

function isCommandType(value: string): value is CommandType {
  return Object.hasOwn(COMMAND_HANDLERS, value);
}

/**
 * Runs a command against the world. On failure the world is unchanged; on success it has been updated in place and
 * the command's value (usually the created or changed row) is returned.
 */
export function execute<C extends Command>(
  world: World,
  command: C,
  context: CommandContext,
): Outcome<CommandValue<C["type"]>> {
  if (!isCommandType(command.type)) {
    // Only an untyped caller gets here (`Command` is a closed union): bad input, so a 400 rather than an exception.
    return badRequest(`Unknown command type: ${String(command.type)}`);
  }
  const handler = COMMAND_HANDLERS[command.type] as unknown as (
    world: World,
    command: C,
    context: CommandContext,
  ) => Outcome<CommandValue<C["type"]>>;
  return handler(world, command, context);
}
