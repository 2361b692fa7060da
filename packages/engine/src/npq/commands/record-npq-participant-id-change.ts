import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqParticipantIdChange } from "../model/participant-id-change.ts";
import { insertNpqRow, updateNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";

/**
 * DfE-side: merges a duplicate person into another (NPQ rules §1.4), or, without `toParticipantId`, gives the person
 * a new id. The applications move to the person kept; the old id then answers 410 on the two reads that check it.
 */
export interface RecordNpqParticipantIdChangeCommand {
  readonly type: "recordNpqParticipantIdChange";
  readonly fromParticipantId: string;
  readonly toParticipantId?: string;
}

export function recordNpqParticipantIdChange(
  world: NpqWorld,
  command: RecordNpqParticipantIdChangeCommand,
  context: CommandContext,
): Outcome<NpqParticipantIdChange> {
  const errors = new ValidationErrors();
  const from = findNpqRow(world, "users", command.fromParticipantId);
  if (from === undefined || from.mergedInto !== null) {
    errors.add("from_participant_id", M.unknownParticipant);
  }
  if (command.toParticipantId !== undefined) {
    const to = findNpqRow(world, "users", command.toParticipantId);
    if (to === undefined || to.mergedInto !== null) {
      errors.add("to_participant_id", M.unknownParticipant);
    } else if (to.id === command.fromParticipantId) {
      errors.add("to_participant_id", M.sameParticipant);
    }
  }
  if (!errors.isEmpty || from === undefined) {
    return errors.toFailure();
  }
  const now = instantOf(context.now);
  let toUserId = command.toParticipantId;
  if (toUserId === undefined) {
    toUserId = context.newId();
    insertNpqRow(world, "users", { ...from, id: toUserId, createdAt: now, updatedAt: now });
  }
  for (const application of npqLookup(world, "applicationsByUser", from.id)) {
    updateNpqRow(world, "applications", application.id, { userId: toUserId, updatedAt: now });
  }
  // Earlier merges into the retired id now name the person kept.
  for (const earlier of npqLookup(world, "participantIdChangesByTo", from.id)) {
    updateNpqRow(world, "participantIdChanges", earlier.id, { toUserId });
  }
  updateNpqRow(world, "users", from.id, { mergedInto: toUserId, updatedAt: now });
  return ok(
    insertNpqRow(world, "participantIdChanges", {
      id: context.newId(),
      fromParticipantId: from.id,
      toUserId,
      createdAt: now,
    }),
  );
}
