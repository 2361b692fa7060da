/**
 * PUT /participants/{id}/defer (ECF rules §6.2): training pauses. The latest training period is marked deferred now
 * and ends today at the latest; resuming later opens a new period.
 */
import type { World } from "../model/world.ts";
import type { DeferralReason } from "../reference/reasons.ts";
import type { Outcome } from "../result.ts";
import { checkDeferral } from "../rules/defer-checks.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";
import { type StopTrainingRequest, stopTraining } from "./stop-training.ts";

export interface DeferParticipantCommand extends StopTrainingRequest {
  readonly type: "deferParticipant";
}

export function deferParticipant(
  world: World,
  command: DeferParticipantCommand,
  context: CommandContext,
): Outcome<ParticipantActionResult> {
  return stopTraining(world, command, context, {
    event: "defer",
    check: checkDeferral,
    record: (reason, at) => ({ deferral: { reason: reason as DeferralReason, at } }),
  });
}
