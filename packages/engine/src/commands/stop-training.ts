/**
 * Withdraw and defer (ECF rules §6.1, §6.2) stop a participant's training the same way: the latest training period
 * of the role records the stop (reason and time) and ends today at the latest. Only the checks and the recorded
 * field differ, so both commands are this one step with their own two parts.
 */
import { transition } from "../machines/machine.ts";
import { trainingStatusMachine } from "../machines/training-status-machine.ts";
import { updateRow } from "../model/row-writes.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import type { World } from "../model/world.ts";
import { type Outcome, ok } from "../result.ts";
import { type ParticipantActionTarget, resolveParticipantActionTarget } from "../rules/participant-action-target.ts";
import { trainingStatusOf } from "../rules/training-periods.ts";
import { type CalendarDate, earliestDate } from "../time/calendar-date.ts";
import { type Instant, instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";

/** The request of a withdraw or defer: raw attributes, validated by the checks so a bad value is a 422. */
export interface StopTrainingRequest {
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: string;
  readonly reason?: string;
}

export interface StopTrainingSteps {
  /** The move of the training status machine this stop is. */
  readonly event: "defer" | "withdraw";
  /** Adds the action's errors, in the service's order, to `target.errors`. */
  readonly check: (target: ParticipantActionTarget, reason: string | undefined, today: CalendarDate) => void;
  /** What the training period records once the checks passed (the reason is valid by then). */
  readonly record: (reason: string, at: Instant) => Partial<TrainingPeriod>;
}

export function stopTraining(
  world: World,
  request: StopTrainingRequest,
  context: CommandContext,
  steps: StopTrainingSteps,
): Outcome<ParticipantActionResult> {
  const resolved = resolveParticipantActionTarget(
    world,
    request.leadProviderId,
    request.participantId,
    request.courseIdentifier,
  );
  if (!resolved.ok) {
    return resolved;
  }
  const target = resolved.value;
  const today = londonToday(context.now);
  steps.check(target, request.reason, today);
  if (!target.errors.isEmpty || target.trainingPeriod === undefined || request.reason === undefined) {
    return target.errors.toFailure();
  }

  const period = target.trainingPeriod;
  const moved = transition(trainingStatusMachine, trainingStatusOf(period), steps.event);
  if (!moved.ok) {
    return moved;
  }

  const now = instantOf(context.now);
  const trainingPeriod = updateRow(world, "trainingPeriods", period.id, {
    ...steps.record(request.reason, now),
    finishedOn: period.finishedOn === null ? today : earliestDate(period.finishedOn, today),
    updatedAt: now,
  });
  const teacher = updateRow(world, "teachers", target.teacher.id, { updatedAt: now });
  return ok({ teacher, trainingPeriod });
}
