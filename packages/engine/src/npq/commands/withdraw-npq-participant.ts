import type { CommandContext } from "../../commands/context.ts";
import type { Outcome } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkWithdraw } from "../rules/training-status-checks.ts";
import { recordNpqTrainingStatus } from "./change-npq-training-status.ts";

/** PUT /participants/npq/{id}/withdraw, with the request's attributes as received. */
export interface WithdrawNpqParticipantCommand {
  readonly type: "withdrawNpqParticipant";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
  readonly reason?: unknown;
}

/** The enrolment becomes withdrawn, with the reason and the time (NPQ rules §4.3). */
export function withdrawNpqParticipant(
  world: NpqWorld,
  command: WithdrawNpqParticipantCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const checked = checkWithdraw(world, command);
  if (!checked.ok) {
    return checked;
  }
  return recordNpqTrainingStatus(
    world,
    checked.value,
    "withdraw",
    typeof command.reason === "string" ? command.reason : null,
    context,
  );
}
