/**
 * DfE-side fixture: a duplicate participant record was merged into this one, so its old id now redirects here
 * (`participant_id_changes`, filter `from_participant_id`). The retired id must not belong to a current participant.
 */
import { ID_CHANGE_MESSAGES } from "../messages/fixtures.ts";
import { updateRow } from "../model/row-writes.ts";
import type { Teacher } from "../model/teacher.ts";
import { findRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";

export interface RecordParticipantIdChangeCommand {
  readonly type: "recordParticipantIdChange";
  /** The participant that remains. */
  readonly participantId: string;
  /** The id that no longer exists. */
  readonly fromParticipantId: string;
}

export function recordParticipantIdChange(
  world: World,
  command: RecordParticipantIdChangeCommand,
  context: CommandContext,
): Outcome<Teacher> {
  const teacher = findRow(world, "teachers", command.participantId);
  if (teacher === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  if (command.fromParticipantId === teacher.id) {
    errors.add("from_participant_id", ID_CHANGE_MESSAGES.sameId);
  } else if (findRow(world, "teachers", command.fromParticipantId) !== undefined) {
    errors.add("from_participant_id", ID_CHANGE_MESSAGES.idInUse);
  } else if (teacher.participantIdChanges.some((change) => change.fromParticipantId === command.fromParticipantId)) {
    errors.add("from_participant_id", ID_CHANGE_MESSAGES.alreadyRetired);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  const now = instantOf(context.now);
  return ok(
    updateRow(world, "teachers", teacher.id, {
      participantIdChanges: [
        ...teacher.participantIdChanges,
        { fromParticipantId: command.fromParticipantId, toParticipantId: teacher.id, changedAt: now },
      ],
      updatedAt: now,
    }),
  );
}
