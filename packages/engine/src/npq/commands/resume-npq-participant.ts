import type { CommandContext } from "../../commands/context.ts";
import type { Outcome } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkResume } from "../rules/training-status-checks.ts";
import { recordNpqTrainingStatus } from "./change-npq-training-status.ts";

/** PUT /participants/npq/{id}/resume, with the request's attributes as received. */
export interface ResumeNpqParticipantCommand {
  readonly type: "resumeNpqParticipant";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
}

/** The enrolment becomes active again, from deferred or withdrawn (NPQ rules §4.2). */
export function resumeNpqParticipant(
  world: NpqWorld,
  command: ResumeNpqParticipantCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const checked = checkResume(world, command);
  if (!checked.ok) {
    return checked;
  }
  return recordNpqTrainingStatus(world, checked.value, "resume", null, context);
}
