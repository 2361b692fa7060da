/**
 * The 410 of a participant id DfE merged into another (NPQ rules §1.4), for every read that names a participant in
 * its path: the entry, plus that merge as `participant_id_changes`.
 */
import { NPQ_PARTICIPANT_ID_CHANGED } from "../../messages/npq/requests.ts";
import type { ApiError } from "../../result.ts";
import { castUuid } from "../../rules/uuid-cast.ts";
import { findNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";
import { npqParticipantIdChangesOf } from "../views/participant.ts";

export interface NpqParticipantIdChangedFailure {
  readonly status: 410;
  readonly errors: readonly ApiError[];
  readonly participantIdChanges: readonly {
    from_participant_id: string;
    to_participant_id: string;
    changed_at: string;
  }[];
}

/** The 410 when `participantId` names a merged user; undefined otherwise. */
export function npqParticipantIdChanged(
  world: NpqWorld,
  participantId: string,
): NpqParticipantIdChangedFailure | undefined {
  const retired = findNpqRow(world, "users", castUuid(participantId));
  if (retired?.mergedInto == null) {
    return undefined;
  }
  const change = npqLookup(world, "participantIdChangesByFrom", retired.id).at(-1);
  const to = change?.toUserId ?? retired.mergedInto;
  return {
    status: 410,
    errors: [
      { title: NPQ_PARTICIPANT_ID_CHANGED.title, detail: NPQ_PARTICIPANT_ID_CHANGED.detail({ from: retired.id, to }) },
    ],
    participantIdChanges: npqParticipantIdChangesOf(world, to).filter(
      (entry) => entry.from_participant_id === retired.id,
    ),
  };
}
