/**
 * PUT /participants/{id}/withdraw (ECF rules §6.1): the provider stops training the participant in one role. The
 * latest training period is marked withdrawn now and ends today at the latest.
 */
import type { World } from "../model/world.ts";
import type { WithdrawalReason } from "../reference/reasons.ts";
import type { Outcome } from "../result.ts";
import { checkWithdrawal } from "../rules/withdraw-checks.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";
import { type StopTrainingRequest, stopTraining } from "./stop-training.ts";

export interface WithdrawParticipantCommand extends StopTrainingRequest {
  readonly type: "withdrawParticipant";
}

export function withdrawParticipant(
  world: World,
  command: WithdrawParticipantCommand,
  context: CommandContext,
): Outcome<ParticipantActionResult> {
  return stopTraining(world, command, context, {
    event: "withdraw",
    check: checkWithdrawal,
    record: (reason, at) => ({ withdrawal: { reason: reason as WithdrawalReason, at } }),
  });
}
