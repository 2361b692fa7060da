/**
 * The checks of POST /participant-declarations on the NPQ API (NPQ rules §5.2): NPQ declaration rules 1-27 of
 * `spec/npq-v3.yaml` in their order. Rules marked guarded there run only while nothing failed; the others always
 * run, so a request can fail several at once (NPQ rules §Q11).
 */
import { NPQ_DECLARATION_RULE_MESSAGES as RULE } from "../../messages/npq/declaration-rules.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { isBlank } from "../../rules/presence.ts";
import { castUuid } from "../../rules/uuid-cast.ts";
import { instantOf } from "../../time/instant.ts";
import { londonToday } from "../../time/london.ts";
import { parseDateTime } from "../../time/rfc3339.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqCohort } from "../model/cohort.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import { npqContractKey } from "../model/indexes.ts";
import type { NpqSchedule } from "../model/schedule.ts";
import type { NpqStatement } from "../model/statement.ts";
import type { NpqUser } from "../model/user.ts";
import { findNpqRow, getNpqRow, type NpqWorld, npqLookup, npqLookupIds } from "../model/world.ts";
import { isNpqCourseIdentifier, npqCourseHasOutcomes, npqCoursesEquivalent } from "../reference/courses.ts";
import { NPQ_DECLARATION_TYPES, type NpqDeclarationType } from "../reference/schedules.ts";
import { npqBlockingDeclarationsOf, npqExistingDeclaration } from "./declarations.ts";
import { checkNpqDeliveryPartners } from "./delivery-partner-checks.ts";
import { npqEligibleForFunding } from "./funding.ts";
import { nextNpqOutputStatement } from "./statements.ts";
import { npqEnrolmentsOf } from "./visibility.ts";

/** The request's attributes, as received. */
export interface NpqDeclarationSubmission {
  readonly leadProviderId: string;
  readonly participantId?: unknown;
  readonly declarationType?: unknown;
  readonly declarationDate?: unknown;
  readonly courseIdentifier?: unknown;
  readonly hasPassed?: unknown;
  readonly deliveryPartnerId?: unknown;
  readonly secondaryDeliveryPartnerId?: unknown;
}

export interface CheckedNpqDeclaration {
  readonly user: NpqUser;
  readonly application: NpqApplication;
  readonly cohort: NpqCohort;
  readonly declarationType: NpqDeclarationType;
  readonly declarationDate: Date;
  /** The statement that pays it when the application is fundable (NPQ rules §5.3). */
  readonly statement: NpqStatement | undefined;
  /** `has_passed` read as the service reads it, for a `completed` declaration on a course with outcomes. */
  readonly hasPassed: boolean | null;
  readonly deliveryPartnerId: string | null;
  readonly secondaryDeliveryPartnerId: string | null;
  /** The same declaration made before, which the service answers with instead of making another. */
  readonly existing: NpqDeclaration | undefined;
}

const HAS_PASSED_VALUES: readonly unknown[] = [true, false, "true", "false"];

function present(value: unknown): string | null {
  return typeof value === "string" && !isBlank(value) ? value : null;
}

/** The application is fundable: eligible (previous funding counted) and a funded place `true` or `null`. */
function isNpqApplicationFundable(world: NpqWorld, application: NpqApplication): boolean {
  return npqEligibleForFunding(world, application) && application.fundedPlace !== false;
}

/** The participant's most recently created application with this lead provider, accepted, for the course (EHCO/ASO as one). */
function declaredApplication(world: NpqWorld, leadProviderId: string, userId: string, course: unknown) {
  if (!isNpqCourseIdentifier(course)) {
    return undefined;
  }
  return npqEnrolmentsOf(world, leadProviderId, userId)
    .filter((application) => npqCoursesEquivalent(application.courseIdentifier, course))
    .at(-1);
}

export function checkNpqDeclarationSubmission(
  world: NpqWorld,
  request: NpqDeclarationSubmission,
  now: Date,
): Outcome<CheckedNpqDeclaration> {
  const errors = new ValidationErrors();
  const fail = (message: { title: string; detail: string }) => errors.add(message.title, message.detail);
  const participantId = present(request.participantId);
  // Rule 1
  if (participantId === null) {
    fail(RULE[1]);
  }
  const uuid = participantId === null ? null : castUuid(participantId);
  const idChange = uuid === null ? undefined : npqLookup(world, "participantIdChangesByFrom", uuid).at(-1);
  // Rule 2
  if (participantId !== null && idChange !== undefined) {
    errors.add(RULE[2].title, RULE[2].detail({ from: idChange.fromParticipantId, to: idChange.toUserId }));
  }
  const user = idChange === undefined ? findNpqRow(world, "users", uuid) : undefined;
  const enrolled = user !== undefined && npqEnrolmentsOf(world, request.leadProviderId, user.id).length > 0;
  // Rule 3
  if (errors.isEmpty && !enrolled) {
    fail(RULE[3]);
  }
  const application =
    user === undefined
      ? undefined
      : declaredApplication(world, request.leadProviderId, user.id, request.courseIdentifier);
  const rawDate = typeof request.declarationDate === "string" ? request.declarationDate : "";
  const parsed = parseDateTime(rawDate);
  const date = parsed.kind === "unparsable" ? undefined : parsed.comparedAt;
  // Rule 4: the latest training status this lead provider recorded is a withdrawal, on or before the date.
  if (errors.isEmpty && application !== undefined && date !== undefined) {
    const latest = npqLookup(world, "applicationStatesByApplication", application.id)
      .filter((state) => state.leadProviderId === request.leadProviderId)
      .at(-1);
    if (latest?.state === "withdrawn" && latest.createdAt <= date.toISOString()) {
      errors.add(RULE[4].title, RULE[4].detail(latest.createdAt));
    }
  }
  // Rule 5
  if (errors.isEmpty && application === undefined) {
    fail(RULE[5]);
  }
  // Rule 6: a date that is there but not RFC 3339 (a missing one is rule 8 alone).
  if (errors.isEmpty && !isBlank(rawDate) && parsed.kind !== "rfc3339") {
    fail(RULE[6]);
  }
  const schedule: NpqSchedule | undefined =
    application?.scheduleId == null ? undefined : findNpqRow(world, "schedules", application.scheduleId);
  // Rule 7: before midnight (UTC) of the schedule's first day.
  if (
    errors.isEmpty &&
    schedule !== undefined &&
    date !== undefined &&
    date.toISOString() < `${schedule.startDate}T00:00:00.000Z`
  ) {
    fail(RULE[7]);
  }
  // Rule 8
  if (date === undefined) {
    fail(RULE[8]);
  }
  // Rules 9 and 10: a blank type fails both.
  if (isBlank(typeof request.declarationType === "string" ? request.declarationType : undefined)) {
    fail(RULE[9]);
  }
  const declarationType = NPQ_DECLARATION_TYPES.find((type) => type === request.declarationType);
  if (declarationType === undefined) {
    fail(RULE[10]);
  }
  // Rule 11
  if (errors.isEmpty && application !== undefined && schedule === undefined) {
    fail(RULE[11]);
  }
  // Rule 12
  if (errors.isEmpty && schedule !== undefined && declarationType !== undefined) {
    if (!schedule.allowedDeclarationTypes.includes(declarationType)) {
      fail(RULE[12]);
    }
  }
  const cohort = schedule === undefined ? undefined : getNpqRow(world, "cohorts", schedule.cohortId);
  // Rule 13
  if (errors.isEmpty && application !== undefined && cohort !== undefined) {
    const key = npqContractKey(request.leadProviderId, cohort.id, application.courseIdentifier);
    if (npqLookupIds(world, "contractsByLeadProviderCohortCourse", key).length === 0) {
      fail(RULE[13]);
    }
  }
  const fundable = application !== undefined && isNpqApplicationFundable(world, application);
  const existing =
    user === undefined || declarationType === undefined || parsed.kind === "unparsable"
      ? undefined
      : npqExistingDeclaration(world, {
          userId: user.id,
          leadProviderId: request.leadProviderId,
          courseIdentifier: request.courseIdentifier,
          declarationType,
          declarationDate: instantOf(parsed.at),
        });
  const statement =
    cohort === undefined
      ? undefined
      : nextNpqOutputStatement(world, request.leadProviderId, cohort.id, londonToday(now));
  // Rule 14: only a declaration that would be paid (or repeats one that is not submitted) needs a statement.
  const needsStatement = existing === undefined ? fundable : existing.state !== "submitted";
  if (errors.isEmpty && cohort !== undefined && needsStatement && statement === undefined) {
    errors.add(RULE[14].title, RULE[14].detail(cohort.startYear));
  }
  const needsOutcome =
    declarationType === "completed" && application !== undefined && npqCourseHasOutcomes(application.courseIdentifier);
  // Rule 15
  if (needsOutcome && !HAS_PASSED_VALUES.includes(request.hasPassed)) {
    fail(RULE[15]);
  }
  // Rule 16
  if (errors.isEmpty && application !== undefined && declarationType !== undefined) {
    const repeats = npqBlockingDeclarationsOf(world, application.id).some(
      (declaration) => declaration.declarationType === declarationType,
    );
    if (repeats) {
      fail(RULE[16]);
    }
  }
  const deliveryPartnerId = present(request.deliveryPartnerId);
  const secondaryDeliveryPartnerId = present(request.secondaryDeliveryPartnerId);
  // Rules 17 and 18
  if (deliveryPartnerId !== null && findNpqRow(world, "deliveryPartners", castUuid(deliveryPartnerId)) === undefined) {
    fail(RULE[17]);
  }
  if (
    secondaryDeliveryPartnerId !== null &&
    findNpqRow(world, "deliveryPartners", castUuid(secondaryDeliveryPartnerId)) === undefined
  ) {
    fail(RULE[18]);
  }
  // Rules 19-26 are the declaration record's own validations: they run together, once nothing else failed.
  const recordChecked = errors.isEmpty;
  // Rule 19
  if (recordChecked && date !== undefined && date.getTime() > now.getTime()) {
    fail(RULE[19]);
  }
  // Rules 20-26
  if (recordChecked && application !== undefined && cohort !== undefined) {
    checkNpqDeliveryPartners(
      world,
      {
        leadProviderId: request.leadProviderId,
        application,
        cohort,
        deliveryPartnerId: deliveryPartnerId === null ? null : castUuid(deliveryPartnerId),
        secondaryDeliveryPartnerId: secondaryDeliveryPartnerId === null ? null : castUuid(secondaryDeliveryPartnerId),
      },
      errors,
      {
        required: RULE[20],
        overseas: RULE[21],
        notConfirmed: RULE[22],
        secondaryWithoutPrimary: RULE[23],
        secondaryOverseas: RULE[24],
        secondaryNotConfirmed: RULE[25],
        secondarySameAsPrimary: RULE[26],
      },
    );
  }
  // Rule 27 is pre-empted by rule 16: the same declarations block both.
  if (
    !errors.isEmpty ||
    user === undefined ||
    application === undefined ||
    cohort === undefined ||
    declarationType === undefined ||
    parsed.kind !== "rfc3339"
  ) {
    return errors.toFailure();
  }
  return ok({
    user,
    application,
    cohort,
    declarationType,
    declarationDate: parsed.at,
    statement: fundable ? statement : undefined,
    existing,
    hasPassed: needsOutcome ? request.hasPassed === true || request.hasPassed === "true" : null,
    deliveryPartnerId: deliveryPartnerId === null ? null : castUuid(deliveryPartnerId),
    secondaryDeliveryPartnerId: secondaryDeliveryPartnerId === null ? null : castUuid(secondaryDeliveryPartnerId),
  });
}
