/**
 * The checks of POST /npq-applications/{id}/accept (NPQ rules §3.1), rules 1 to 9 of `acceptNpqApplication` in
 * `spec/npq-v3.yaml`, in the service's order: 1 to 5 independently, 6 only when nothing failed before it, 7 and 8
 * (the schedule) always, 9 only when nothing failed at all. A cohort without the default schedule is the service's
 * 404 (NPQ rules §Q5), whatever else failed: its lookup raises while the validations run.
 */
import { NPQ_ACCEPT_RULE_MESSAGES } from "../../messages/npq/application-rules.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../../result.ts";
import { isBlank } from "../../rules/presence.ts";
import type { CalendarDate } from "../../time/calendar-date.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqSchedule } from "../model/schedule.ts";
import { npqScheduleId } from "../model/schedule.ts";
import { findNpqRow, getNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";
import { npqCourseGroupOf, npqCoursesEquivalent } from "../reference/courses.ts";
import { isNpqScheduleIdentifier } from "../reference/schedules.ts";
import { defaultNpqSchedule } from "./default-schedule.ts";

export interface AcceptRequest {
  /** The raw `funded_place`: only a JSON boolean counts. */
  readonly fundedPlace?: unknown;
  /** The raw `schedule_identifier`; absent, null or blank means "the default". */
  readonly scheduleIdentifier?: unknown;
}

export interface AcceptDecision {
  readonly schedule: NpqSchedule;
  /** What accept stores: the given value in capped cohorts; elsewhere the application's own (null as registered). */
  readonly fundedPlace: boolean | null;
}

/**
 * The people whose accepted applications block this one (rule 5): the applicant, and when their TRN is verified every
 * user with that TRN.
 */
function blockingUserIds(world: NpqWorld, application: NpqApplication): readonly string[] {
  const user = getNpqRow(world, "users", application.userId);
  if (!user.trnVerified || user.trn === null) {
    return [user.id];
  }
  return [...new Set([user.id, ...npqLookup(world, "usersByTrn", user.trn).map((other) => other.id)])];
}

/** Rule 5: another accepted, not withdrawn application for the same course (EHCO and ASO as one) and cohort. */
function hasOtherAcceptedApplication(world: NpqWorld, application: NpqApplication): boolean {
  return blockingUserIds(world, application).some((userId) =>
    npqLookup(world, "applicationsByUser", userId).some(
      (other) =>
        other.id !== application.id &&
        other.status === "accepted" &&
        other.trainingStatus !== "withdrawn" &&
        other.cohortId === application.cohortId &&
        npqCoursesEquivalent(other.courseIdentifier, application.courseIdentifier),
    ),
  );
}

export function checkAccept(
  world: NpqWorld,
  application: NpqApplication,
  request: AcceptRequest,
  today: CalendarDate,
): Outcome<AcceptDecision> {
  const cohort = getNpqRow(world, "cohorts", application.cohortId);
  const errors = new ValidationErrors();
  const add = (rule: keyof typeof NPQ_ACCEPT_RULE_MESSAGES) => {
    const { title, detail } = NPQ_ACCEPT_RULE_MESSAGES[rule];
    errors.add(title, detail);
  };
  const { fundedPlace } = request;
  // Rule 1
  if (cohort.funding === "capped" && typeof fundedPlace !== "boolean") {
    add(1);
  }
  // Rule 2
  if (cohort.funding === "zero" && fundedPlace !== false) {
    add(2);
  }
  // Rule 3
  if (application.status === "accepted") {
    add(3);
  }
  // Rule 4
  if (application.status === "rejected") {
    add(4);
  }
  // Rule 5
  if (hasOtherAcceptedApplication(world, application)) {
    add(5);
  }
  // Rule 6: the eligibility DfE stored, not the API's (which also looks at previous funding).
  if (errors.isEmpty && cohort.funding === "capped" && fundedPlace === true && !application.eligibleForFunding) {
    add(6);
  }
  // Rules 7 and 8: the named schedule of the cohort, or the default one.
  const requested = request.scheduleIdentifier;
  let schedule: NpqSchedule | undefined;
  const named = typeof requested === "string" ? !isBlank(requested) : requested !== undefined && requested !== null;
  if (!named) {
    schedule = defaultNpqSchedule(world, cohort, application.courseIdentifier, today);
    if (schedule === undefined) {
      return notFound();
    }
  } else {
    schedule = isNpqScheduleIdentifier(requested)
      ? findNpqRow(world, "schedules", npqScheduleId(cohort.id, requested))
      : undefined;
    if (schedule === undefined) {
      // Rule 7
      add(7);
    }
  }
  // Rule 9
  if (
    errors.isEmpty &&
    schedule !== undefined &&
    schedule.courseGroup !== npqCourseGroupOf(application.courseIdentifier)
  ) {
    add(9);
  }
  if (!errors.isEmpty || schedule === undefined) {
    return errors.toFailure();
  }
  // Only capped cohorts store the funded place; elsewhere the application keeps what it had.
  const stored = cohort.funding === "capped" ? (fundedPlace as boolean) : application.fundedPlace;
  return ok({ schedule, fundedPlace: stored });
}
