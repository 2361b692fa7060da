/**
 * PUT /participants/{id}/resume (ECF rules §6.3): a deferred or withdrawn participant trains again. A new training
 * period opens today under the same partnership and schedule and runs to the end of the school period.
 */
import { transition } from "../machines/machine.ts";
import { trainingStatusMachine } from "../machines/training-status-machine.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import { findRow, type World } from "../model/world.ts";
import { type Outcome, ok } from "../result.ts";
import { resolveParticipantActionTarget } from "../rules/participant-action-target.ts";
import { periodGoesOnAfter } from "../rules/period-days.ts";
import { checkResumption } from "../rules/resume-checks.ts";
import { trainingStatusOf } from "../rules/training-periods.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";

export interface ResumeParticipantCommand {
  readonly type: "resumeParticipant";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: string;
}

export function resumeParticipant(
  world: World,
  command: ResumeParticipantCommand,
  context: CommandContext,
): Outcome<ParticipantActionResult> {
  const resolved = resolveParticipantActionTarget(
    world,
    command.leadProviderId,
    command.participantId,
    command.courseIdentifier,
  );
  if (!resolved.ok) {
    return resolved;
  }
  const target = resolved.value;
  const today = londonToday(context.now);
  const schoolPeriod =
    target.trainingPeriod === undefined
      ? undefined
      : findRow(world, "schoolPeriods", target.trainingPeriod.schoolPeriodId);
  checkResumption(world, target, schoolPeriod, today);
  if (!target.errors.isEmpty || target.trainingPeriod === undefined || schoolPeriod === undefined) {
    return target.errors.toFailure();
  }

  const previous = target.trainingPeriod;
  const moved = transition(trainingStatusMachine, trainingStatusOf(previous), "resume");
  if (!moved.ok) {
    return moved;
  }

  const now = instantOf(context.now);
  if (periodGoesOnAfter(previous, today)) {
    // Only reachable through fixtures (a paused period with no end yet): end it so the two never overlap.
    updateRow(world, "trainingPeriods", previous.id, { finishedOn: today, updatedAt: now });
  }
  const trainingPeriod = insertRow(world, "trainingPeriods", {
    id: context.newId(),
    teacherId: previous.teacherId,
    role: previous.role,
    schoolPeriodId: previous.schoolPeriodId,
    startedOn: today,
    finishedOn: schoolPeriod.finishedOn,
    trainingProgramme: previous.trainingProgramme,
    schoolPartnershipId: previous.schoolPartnershipId,
    expressionOfInterest: null,
    scheduleId: previous.scheduleId,
    withdrawal: null,
    deferral: null,
    createdAt: now,
    updatedAt: now,
  });
  const teacher = updateRow(world, "teachers", target.teacher.id, { updatedAt: now });
  return ok({ teacher, trainingPeriod });
}
