/**
 * PUT /participants/{id}/defer (catalogue 6.2): training pauses. The latest training period is marked deferred now
 * and ends today at the latest; resuming later opens a new period.
 */
import { updateRow, type World } from "../model/world.ts";
import type { DeferralReason } from "../reference/reasons.ts";
import { ok, type Result } from "../result.ts";
import { checkDeferral } from "../rules/defer-checks.ts";
import { resolveParticipantActionTarget } from "../rules/participant-action-target.ts";
import { earliestDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";

export interface DeferParticipantCommand {
  readonly type: "deferParticipant";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: string;
  readonly reason?: string;
}

export function deferParticipant(
  world: World,
  command: DeferParticipantCommand,
  context: CommandContext,
): Result<ParticipantActionResult> {
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
  checkDeferral(target, command.reason, today);
  if (!target.errors.isEmpty || target.trainingPeriod === undefined) {
    return target.errors.toFailure();
  }

  const now = instantOf(context.now);
  const period = target.trainingPeriod;
  const trainingPeriod = updateRow(world, "trainingPeriods", period.id, {
    deferral: { reason: command.reason as DeferralReason, at: now },
    finishedOn: period.finishedOn === null ? today : earliestDate(period.finishedOn, today),
    updatedAt: now,
  });
  const teacher = updateRow(world, "teachers", target.teacher.id, { updatedAt: now });
  return ok({ teacher, trainingPeriod });
}
