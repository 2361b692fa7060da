import type { CommandContext } from "../../commands/context.ts";
import { type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import { londonToday } from "../../time/london.ts";
import type { NpqApplication } from "../model/application.ts";
import { updateNpqRow } from "../model/row-writes.ts";
import type { NpqWorld } from "../model/world.ts";
import { checkChangeSchedule } from "../rules/change-schedule-checks.ts";

/** PUT /participants/npq/{id}/change-schedule, with the request's attributes as received (NPQ rules §4.4). */
export interface ChangeNpqParticipantScheduleCommand {
  readonly type: "changeNpqParticipantSchedule";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
  readonly scheduleIdentifier?: unknown;
  readonly cohort?: unknown;
}

/** The enrolment moves to the schedule and its cohort; a cohort move sets the funded place as the service does. */
export function changeNpqParticipantSchedule(
  world: NpqWorld,
  command: ChangeNpqParticipantScheduleCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const checked = checkChangeSchedule(world, command, londonToday(context.now));
  if (!checked.ok) {
    return checked;
  }
  const { application, schedule, fundedPlace } = checked.value;
  return ok(
    updateNpqRow(world, "applications", application.id, {
      scheduleId: schedule.id,
      cohortId: schedule.cohortId,
      fundedPlace,
      updatedAt: instantOf(context.now),
    }),
  );
}
