/**
 * Shared by the fixtures that put a participant at a school: validates where and with whom they train, then creates
 * the school period and training period (and the school partnership when the provider has none there yet).
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import { leadProviderCohortKey, schoolCohortKey } from "../model/indexes/index-definition.ts";
import { insertRow } from "../model/row-writes.ts";
import { scheduleId } from "../model/schedule.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import type { SchoolPeriod, WorkingPattern } from "../model/school-period.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, lookup, lookupOfRole, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import type { Role } from "../reference/courses.ts";
import { isScheduleIdentifier, type ScheduleIdentifier, scheduleAllowsRole } from "../reference/schedules.ts";
import type { ValidationErrors } from "../result.ts";
import { defaultScheduleIdentifier } from "../rules/default-schedule.ts";
import { registeredEmailProblem } from "../rules/email-address.ts";
import { type CalendarDate, isCalendarDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import { checkSchoolPartnership, insertSchoolPartnership } from "./register-school-partnership.ts";

/** Where and with whom a participant trains. */
export interface TrainingPlacementInput {
  readonly schoolId: string;
  readonly cohortYear: CohortYear;
  /** Omit for school-led training. */
  readonly leadProviderId?: string;
  /** Use this partnership (must be the lead provider's, at this school, in this cohort). */
  readonly schoolPartnershipId?: string;
  /** Preferred delivery partner when a partnership is found or created. */
  readonly deliveryPartnerId?: string;
  /** The lead provider has only expressed interest: no partnership yet, so the participant is not theirs yet. */
  readonly expressionOfInterestOnly?: boolean;
  /** Defaults by start date (September, January or April standard schedule). */
  readonly scheduleIdentifier?: ScheduleIdentifier;
  /**
   * The email the school registers for this role. Every enrolment shows one, so when absent it defaults to the
   * participant's latest registered email, or else to `participant.<first 8 characters of the id>@example.org`.
   */
  readonly email?: string;
  /** ECTs only; defaults to `full_time`. */
  readonly workingPattern?: WorkingPattern | null;
}

/**
 * What a placement is planned from. `schoolId` null stands for a school the same command creates first: it does not
 * exist while the command is validated, exists by the time the placement is inserted, and has no partnerships yet.
 */
export type PlannedPlacementInput = Omit<TrainingPlacementInput, "schoolId"> & { readonly schoolId: string | null };

type PartnershipPlan =
  | { readonly kind: "none" }
  | { readonly kind: "existing"; readonly partnership: SchoolPartnership }
  | { readonly kind: "create"; readonly deliveryPartnerId: string; readonly needsDeliveryPartnership: boolean };

export interface TrainingPlacement {
  readonly input: PlannedPlacementInput;
  readonly role: Role;
  readonly startedOn: CalendarDate;
  readonly finishedOn: CalendarDate | null;
  readonly scheduleIdentifier: ScheduleIdentifier;
  readonly partnership: PartnershipPlan;
}

function planPartnership(
  world: World,
  input: PlannedPlacementInput,
  leadProviderId: string,
  errors: ValidationErrors,
): PartnershipPlan {
  if (input.expressionOfInterestOnly === true) {
    return { kind: "none" };
  }
  if (input.schoolPartnershipId !== undefined) {
    const partnership = findRow(world, "schoolPartnerships", input.schoolPartnershipId);
    if (
      partnership === undefined ||
      partnership.leadProviderId !== leadProviderId ||
      partnership.cohortYear !== input.cohortYear
    ) {
      errors.add("partnership", FIXTURE_MESSAGES.unknownSchoolPartnership);
      return { kind: "none" };
    }
    if (partnership.schoolId !== input.schoolId) {
      errors.add("partnership", FIXTURE_MESSAGES.partnershipNotAtSchool);
    }
    return { kind: "existing", partnership };
  }
  const atSchool =
    input.schoolId === null
      ? []
      : lookup(world, "schoolPartnershipsBySchoolCohort", schoolCohortKey(input.schoolId, input.cohortYear)).filter(
          (partnership) => partnership.leadProviderId === leadProviderId,
        );
  const preferred =
    atSchool.find((partnership) => partnership.deliveryPartnerId === input.deliveryPartnerId) ??
    (input.deliveryPartnerId === undefined ? atSchool[0] : undefined);
  if (preferred !== undefined) {
    return { kind: "existing", partnership: preferred };
  }
  const deliveryPartnerId =
    input.deliveryPartnerId ??
    lookup(
      world,
      "deliveryPartnershipsByLeadProviderCohort",
      leadProviderCohortKey(leadProviderId, input.cohortYear),
    )[0]?.deliveryPartnerId;
  if (deliveryPartnerId === undefined) {
    errors.add("delivery_partner_id", FIXTURE_MESSAGES.noDeliveryPartnerForCohort);
    return { kind: "none" };
  }
  const { needsDeliveryPartnership } = checkSchoolPartnership(
    world,
    { schoolId: input.schoolId, leadProviderId, deliveryPartnerId, cohortYear: input.cohortYear },
    errors,
  );
  return { kind: "create", deliveryPartnerId, needsDeliveryPartnership };
}

/** Validates a placement, adding any problem to `errors`. */
export function planTrainingPlacement(
  world: World,
  input: PlannedPlacementInput,
  role: Role,
  startedOn: CalendarDate,
  finishedOn: CalendarDate | null,
  errors: ValidationErrors,
): TrainingPlacement {
  if (input.schoolId !== null && findRow(world, "schools", input.schoolId) === undefined) {
    errors.add("school_id", FIXTURE_MESSAGES.unknownSchool);
  }
  if (world.cohorts[input.cohortYear] === undefined) {
    errors.add("cohort", FIXTURE_MESSAGES.unknownCohort(input.cohortYear));
  }
  if (!isCalendarDate(startedOn) || (finishedOn !== null && !isCalendarDate(finishedOn))) {
    errors.add("date", FIXTURE_MESSAGES.invalidDate);
  } else if (finishedOn !== null && finishedOn <= startedOn) {
    errors.add("date", FIXTURE_MESSAGES.finishBeforeStart);
  }
  const emailProblem = registeredEmailProblem(input.email);
  if (emailProblem !== undefined) {
    errors.add("email", emailProblem);
  }
  if (role === "mentor" && (input.workingPattern ?? null) !== null) {
    errors.add("working_pattern", FIXTURE_MESSAGES.workingPatternForEctsOnly);
  }
  const scheduleIdentifier = input.scheduleIdentifier ?? defaultScheduleIdentifier(startedOn);
  if (!isScheduleIdentifier(scheduleIdentifier)) {
    errors.add("schedule_identifier", FIXTURE_MESSAGES.unknownSchedule);
  } else if (!scheduleAllowsRole(scheduleIdentifier, role)) {
    errors.add("schedule_identifier", FIXTURE_MESSAGES.scheduleNotForRole(role));
  }

  let partnership: PartnershipPlan = { kind: "none" };
  if (input.leadProviderId !== undefined) {
    const leadProvider = findRow(world, "leadProviders", input.leadProviderId);
    if (leadProvider === undefined) {
      errors.add("lead_provider_id", FIXTURE_MESSAGES.unknownLeadProvider);
    } else if (!leadProvider.cohortYears.includes(input.cohortYear)) {
      errors.add("cohort", FIXTURE_MESSAGES.leadProviderNotInCohort(input.cohortYear));
    } else if (!errors.has("school_id", "cohort")) {
      partnership = planPartnership(world, input, input.leadProviderId, errors);
    }
  }
  return { input, role, startedOn, finishedOn, scheduleIdentifier, partnership };
}

/** The email a placement without one gets: the participant's latest registered email, else a made-up one. */
function defaultEmail(world: World, teacherId: string): string {
  const registered = [
    ...lookupOfRole(world, "schoolPeriodsByParticipant", teacherId, "ect"),
    ...lookupOfRole(world, "schoolPeriodsByParticipant", teacherId, "mentor"),
  ].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return registered.at(-1)?.email ?? `participant.${teacherId.slice(0, 8)}@example.org`;
}

/**
 * Creates what a validated placement describes at `schoolId` (the planned school, or the one the command has just
 * created): a school period and its first training period.
 */
export function insertTrainingPlacement(
  world: World,
  teacherId: string,
  schoolId: string,
  placement: TrainingPlacement,
  context: CommandContext,
): { schoolPeriod: SchoolPeriod; trainingPeriod: TrainingPeriod } {
  const { input, role, startedOn, finishedOn } = placement;
  const now = instantOf(context.now);
  const schoolPeriod = insertRow(world, "schoolPeriods", {
    id: context.newId(),
    teacherId,
    role,
    schoolId,
    startedOn,
    finishedOn,
    // `??` rather than the type alone: commands are plain data and may come from a journal written with `null`.
    email: input.email ?? defaultEmail(world, teacherId),
    workingPattern: role === "ect" ? (input.workingPattern ?? "full_time") : null,
    createdAt: now,
    updatedAt: now,
  });
  return { schoolPeriod, trainingPeriod: insertTrainingPeriod(world, schoolPeriod, placement, context) };
}

/**
 * Creates the training period a validated placement describes inside an existing school period (and the school
 * partnership when the provider has none there yet).
 */
export function insertTrainingPeriod(
  world: World,
  schoolPeriod: SchoolPeriod,
  placement: TrainingPlacement,
  context: CommandContext,
): TrainingPeriod {
  const { input, role, startedOn, finishedOn } = placement;
  const now = instantOf(context.now);
  const leadProviderId = input.leadProviderId;
  let schoolPartnershipId: string | null = null;
  if (placement.partnership.kind === "existing") {
    schoolPartnershipId = placement.partnership.partnership.id;
  } else if (placement.partnership.kind === "create" && leadProviderId !== undefined) {
    const { deliveryPartnerId, needsDeliveryPartnership } = placement.partnership;
    schoolPartnershipId = insertSchoolPartnership(
      world,
      context.newId(),
      { schoolId: schoolPeriod.schoolId, leadProviderId, deliveryPartnerId, cohortYear: input.cohortYear },
      needsDeliveryPartnership,
      context,
    ).id;
  }
  return insertRow(world, "trainingPeriods", {
    id: context.newId(),
    teacherId: schoolPeriod.teacherId,
    role,
    schoolPeriodId: schoolPeriod.id,
    startedOn,
    finishedOn,
    trainingProgramme: leadProviderId === undefined ? "school_led" : "provider_led",
    schoolPartnershipId,
    expressionOfInterest:
      leadProviderId !== undefined && schoolPartnershipId === null
        ? { leadProviderId, cohortYear: input.cohortYear }
        : null,
    scheduleId: leadProviderId === undefined ? null : scheduleId(input.cohortYear, placement.scheduleIdentifier),
    withdrawal: null,
    deferral: null,
    createdAt: now,
    updatedAt: now,
  });
}
