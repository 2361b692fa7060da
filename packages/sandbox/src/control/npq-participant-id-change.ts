import type { CommandContext, NpqParticipantIdChange, NpqWorld, Outcome } from "@lpkit/engine";
import { findNpqRow } from "@lpkit/engine/internal";
import { NOT_FOUND_TITLE, NOTHING_FOUND } from "../http/messages.ts";
import { executeNpq } from "../journal/journaled-execute.ts";

/**
 * `POST /__sandbox/npq/participants/{id}/change-id`: DfE merges the participant into another, or moves them to a new
 * id (NPQ rules §1.4), through `recordNpqParticipantIdChange`. The path names the participant, so one that is not
 * there (or no longer is: merged already) is a 404, as an unknown id in any control API path.
 */
export function changeNpqParticipantId(
  world: NpqWorld,
  participantId: string,
  toParticipantId: string | undefined,
  context: CommandContext,
): Outcome<NpqParticipantIdChange> {
  const user = findNpqRow(world, "users", participantId.toLowerCase());
  if (user === undefined || user.mergedInto !== null) {
    return { ok: false, failure: { status: 404, errors: [{ title: NOT_FOUND_TITLE, detail: NOTHING_FOUND }] } };
  }
  return executeNpq(
    world,
    {
      type: "recordNpqParticipantIdChange",
      fromParticipantId: user.id,
      ...(toParticipantId === undefined ? {} : { toParticipantId }),
    },
    context,
  );
}
