/**
 * PUT /participants/{id}/withdraw (catalogue 6.1): the provider stops training the participant in one role. The
 * latest training period is marked withdrawn now and ends today at the latest.
 */
import { updateRow, type World } from "../model/world.ts";
import type { WithdrawalReason } from "../reference/reasons.ts";
import { ok, type Result } from "../result.ts";
import { resolveParticipantActionTarget } from "../rules/participant-action-target.ts";
import { checkWithdrawal } from "../rules/withdraw-checks.ts";
import { earliestDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";

export interface WithdrawParticipantCommand {
  readonly type: "withdrawParticipant";
  readonly leadProviderId: string;
  readonly participantId: string;
  /** Raw request attributes: validated here, so a bad value is a 422 rather than a type error. */
  readonly courseIdentifier?: string;
  readonly reason?: string;
}

export function withdrawParticipant(
  world: World,
  command: WithdrawParticipantCommand,
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
  checkWithdrawal(target, command.reason, today);
  if (!target.errors.isEmpty || target.trainingPeriod === undefined) {
    return target.errors.toFailure();
  }

  const now = instantOf(context.now);
  const period = target.trainingPeriod;
  const trainingPeriod = updateRow(world, "trainingPeriods", period.id, {
    withdrawal: { reason: command.reason as WithdrawalReason, at: now },
    finishedOn: period.finishedOn === null ? today : earliestDate(period.finishedOn, today),
    updatedAt: now,
  });
  const teacher = updateRow(world, "teachers", target.teacher.id, { updatedAt: now });
  return ok({ teacher, trainingPeriod });
}
