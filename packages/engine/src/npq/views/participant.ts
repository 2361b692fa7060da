/**
 * A participant as GET /participants/npq/{id} shows it to one lead provider (NPQ rules §2.2): the `npq-participant`
 * resource, one enrolment per application that lead provider accepted, and the merges into this person.
 */
import { latestInstant } from "../../time/instant.ts";
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqUser } from "../model/user.ts";
import { getNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";
import { npqEnrolmentsOf } from "../rules/visibility.ts";

export interface NpqParticipantResource {
  readonly id: string;
  readonly type: "npq-participant";
  readonly attributes: Record<string, unknown>;
}

/** `{reason, date}` of the latest state the lead provider recorded, while the training status still says so. */
function latestState(world: NpqWorld, enrolment: NpqApplication, state: "withdrawn" | "deferred") {
  if (enrolment.trainingStatus !== state) {
    return null;
  }
  const row = npqLookup(world, "applicationStatesByApplication", enrolment.id)
    .filter((candidate) => candidate.state === state && candidate.leadProviderId === enrolment.leadProviderId)
    .at(-1);
  return row === undefined ? null : { reason: row.reason, date: formatApiDateTime(row.createdAt) };
}

function enrolmentView(world: NpqWorld, user: NpqUser, enrolment: NpqApplication) {
  const cohort = getNpqRow(world, "cohorts", enrolment.cohortId);
  const schedule = enrolment.scheduleId === null ? null : getNpqRow(world, "schedules", enrolment.scheduleId);
  return {
    email: user.email,
    course_identifier: enrolment.courseIdentifier,
    schedule_identifier: schedule?.identifier ?? null,
    cohort: String(cohort.startYear),
    cohort_suffix: cohort.suffix,
    npq_application_id: enrolment.id,
    // The stored eligibility, unlike the application's (NPQ rules §Q3).
    eligible_for_funding: enrolment.eligibleForFunding,
    training_status: enrolment.trainingStatus,
    school_urn: enrolment.schoolUrn,
    targeted_delivery_funding_eligibility: enrolment.targetedDeliveryFundingEligibility,
    withdrawal: latestState(world, enrolment, "withdrawn"),
    deferral: latestState(world, enrolment, "deferred"),
    created_at: formatApiDateTime(enrolment.acceptedAt ?? enrolment.createdAt),
    funded_place: enrolment.fundedPlace,
  };
}

/** The merges into this person, newest first. */
export function npqParticipantIdChangesOf(world: NpqWorld, userId: string) {
  return npqLookup(world, "participantIdChangesByTo", userId)
    .toReversed()
    .map((change) => ({
      from_participant_id: change.fromParticipantId,
      to_participant_id: change.toUserId,
      changed_at: formatApiDateTime(change.createdAt),
    }));
}

/** The latest of the person's change, any of their applications and any id change (NPQ rules §2.2). */
export function npqParticipantUpdatedAt(world: NpqWorld, user: NpqUser): string {
  let updatedAt = user.updatedAt;
  for (const application of npqLookup(world, "applicationsByUser", user.id)) {
    updatedAt = latestInstant(updatedAt, application.updatedAt);
  }
  for (const change of npqLookup(world, "participantIdChangesByTo", user.id)) {
    updatedAt = latestInstant(updatedAt, change.createdAt);
  }
  return updatedAt;
}

export function npqParticipantView(world: NpqWorld, leadProviderId: string, user: NpqUser): NpqParticipantResource {
  return {
    id: user.id,
    type: "npq-participant",
    attributes: {
      full_name: user.fullName,
      previous_names: user.previousNames,
      teacher_reference_number: user.trnVerified ? user.trn : null,
      updated_at: formatApiDateTime(npqParticipantUpdatedAt(world, user)),
      npq_enrolments: npqEnrolmentsOf(world, leadProviderId, user.id).map((enrolment) =>
        enrolmentView(world, user, enrolment),
      ),
      participant_id_changes: npqParticipantIdChangesOf(world, user.id),
    },
  };
}
