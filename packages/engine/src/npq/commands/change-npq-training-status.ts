/**
 * Defer, resume and withdraw record the same things (NPQ rules §4.1, NPQ rules §4.2 and NPQ rules §4.3): the move the training status machine
 * allows, a state row with the reason, and the enrolment's `updated_at`.
 */
import type { CommandContext } from "../../commands/context.ts";
import { transition } from "../../machines/machine.ts";
import { type TrainingStatusEvent, trainingStatusMachine } from "../../machines/training-status-machine.ts";
import { type Outcome, ok } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqApplication } from "../model/application.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import type { NpqWorld } from "../model/world.ts";

export function recordNpqTrainingStatus(
  world: NpqWorld,
  application: NpqApplication,
  event: TrainingStatusEvent,
  reason: string | null,
  context: CommandContext,
): Outcome<NpqApplication> {
  const next = transition(trainingStatusMachine, application.trainingStatus ?? trainingStatusMachine.initial, event);
  if (!next.ok) {
    return next;
  }
  const now = instantOf(context.now);
  insertNpqRow(world, "applicationStates", {
    id: context.newId(),
    applicationId: application.id,
    leadProviderId: application.leadProviderId,
    state: next.value,
    reason,
    createdAt: now,
  });
  return ok(updateNpqRow(world, "applications", application.id, { trainingStatus: next.value, updatedAt: now }));
}
