import type { CommandContext } from "../../commands/context.ts";
import type { Outcome } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkDefer } from "../rules/training-status-checks.ts";
import { recordNpqTrainingStatus } from "./change-npq-training-status.ts";

/** PUT /participants/npq/{id}/defer, with the request's attributes as received. */
export interface DeferNpqParticipantCommand {
  readonly type: "deferNpqParticipant";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
  readonly reason?: unknown;
}

/** The enrolment becomes deferred, with the reason (NPQ rules §4.1). */
export function deferNpqParticipant(
  world: NpqWorld,
  command: DeferNpqParticipantCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const checked = checkDefer(world, command);
  if (!checked.ok) {
    return checked;
  }
  return recordNpqTrainingStatus(
    world,
    checked.value,
    "defer",
    typeof command.reason === "string" ? command.reason : null,
    context,
  );
}
