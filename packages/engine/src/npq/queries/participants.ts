/**
 * GET /participants/npq and GET /participants/npq/{id} (NPQ rules §1.4, §2.2, §4.5): the people with at least one
 * application the lead provider accepted. A `training_status` filter that is not one of the three statuses is the
 * service's 422; a merged id is the 410 with its `participant_id_changes`.
 */
import { NPQ_REQUEST_MESSAGES } from "../../messages/npq/requests.ts";
import { NPQ_TITLES } from "../../messages/npq/titles.ts";
import { parseUuidFilter } from "../../queries/list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "../../queries/list-query.ts";
import { parseSort } from "../../queries/sort.ts";
import { type Failure, fail, notFound, type Outcome, ok, unprocessable } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import { NPQ_TRAINING_STATUSES } from "../model/application.ts";
import { getNpqRow, type NpqWorld, npqLookup, npqLookupIds } from "../model/world.ts";
import { findNpqParticipantVisibleTo, npqEnrolmentsOf } from "../rules/visibility.ts";
import { type NpqParticipantResource, npqParticipantUpdatedAt, npqParticipantView } from "../views/participant.ts";
import { npqOrderedPage } from "./ordered-page.ts";
import { type NpqParticipantIdChangedFailure, npqParticipantIdChanged } from "./participant-id-changed.ts";

export type { NpqParticipantIdChangedFailure } from "./participant-id-changed.ts";

export interface NpqParticipantsFilter extends UpdatedSinceFilter {
  readonly trainingStatus?: string;
  readonly fromParticipantId?: string;
}

export function listNpqParticipants(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqParticipantsFilter> = {},
): Outcome<NpqParticipantResource[]> {
  const status = query.filter?.trainingStatus;
  if (status !== undefined && status !== "" && !(NPQ_TRAINING_STATUSES as readonly string[]).includes(status)) {
    return unprocessable([
      { title: NPQ_TITLES.unpermittedParameters, detail: NPQ_REQUEST_MESSAGES.invalidTrainingStatusFilter },
    ]);
  }
  const from = parseUuidFilter(query.filter?.fromParticipantId);
  const since = query.filter?.updatedSince === undefined ? undefined : instantOf(query.filter.updatedSince);
  // A person appears once, at their first enrolment's place in the lead provider's accepted applications.
  const userIds = [
    ...new Set(
      npqLookupIds(world, "acceptedApplicationsByLeadProvider", leadProviderId).map(
        (id) => getNpqRow(world, "applications", id).userId,
      ),
    ),
  ].sort((a, b) => {
    const [left, right] = [getNpqRow(world, "users", a).createdAt, getNpqRow(world, "users", b).createdAt];
    return left < right ? -1 : left > right ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  const matching = userIds.filter((userId) => {
    const user = getNpqRow(world, "users", userId);
    const enrolments = npqEnrolmentsOf(world, leadProviderId, userId);
    return (
      (status === undefined || status === "" || enrolments.some((enrolment) => enrolment.trainingStatus === status)) &&
      (from === undefined ||
        npqLookup(world, "participantIdChangesByTo", userId).some((change) => change.fromParticipantId === from)) &&
      (since === undefined || npqParticipantUpdatedAt(world, user) >= since)
    );
  });
  const page = npqOrderedPage(
    matching,
    (id, attribute) => {
      const user = getNpqRow(world, "users", id);
      return attribute === "created_at" ? user.createdAt : npqParticipantUpdatedAt(world, user);
    },
    { sort: parseSort(query.sort), page: query.page },
  );
  return ok(page.map((id) => npqParticipantView(world, leadProviderId, getNpqRow(world, "users", id))));
}

/** 410 for an id DfE merged into another, 404 for anyone the lead provider has not accepted. */
export function showNpqParticipant(
  world: NpqWorld,
  leadProviderId: string,
  participantId: string,
): Outcome<NpqParticipantResource, Failure | NpqParticipantIdChangedFailure> {
  const changed = npqParticipantIdChanged(world, participantId);
  if (changed !== undefined) {
    return fail(changed);
  }
  const user = findNpqParticipantVisibleTo(world, leadProviderId, participantId);
  return user === undefined ? notFound() : ok(npqParticipantView(world, leadProviderId, user));
}
