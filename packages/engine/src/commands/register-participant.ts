/**
 * DfE-side fixture: a participant registered by a school in one role, with a school period and a training period.
 * Provider-led training uses the lead provider's partnership at the school in that cohort (created when missing), or
 * only an expression of interest; without a lead provider the training is school-led.
 *
 * Registering an existing participant (`teacherId`) in their other role adds that role.
 *
 * The school is a registered one (`schoolId`) or one the same command registers first (`newSchool`), checked as
 * `registerSchool` checks it: one command, so a registration the rules refuse leaves no school behind.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { SchoolPeriod } from "../model/school-period.ts";
import { NO_FUNDING, NO_INDUCTION, type Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, type World } from "../model/world.ts";
import type { Role } from "../reference/courses.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { isRoleEligibleForFunding } from "../rules/funding.ts";
import { trainingPeriodsOf } from "../rules/training-periods.ts";
import { type CalendarDate, isCalendarDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import { idFor } from "./ids.ts";
import { insertSchool, planSchool, type SchoolInput, type SchoolPlan } from "./register-school.ts";
import { insertTrainingPlacement, planTrainingPlacement, type TrainingPlacementInput } from "./training-placement.ts";

interface RegisterParticipantFields extends Omit<TrainingPlacementInput, "schoolId"> {
  readonly type: "registerParticipant";
  /** An existing participant gains the role; otherwise a participant is created (with this id if given). */
  readonly teacherId?: string;
  /** Defaults to "Participant <first 8 characters of the id>" for a new participant. */
  readonly fullName?: string;
  readonly trn?: string | null;
  readonly role: Role;
  /** Defaults to today. */
  readonly startedOn?: CalendarDate;
  readonly finishedOn?: CalendarDate | null;
  /** Marks the role eligible for funding now (default true). */
  readonly eligibleForFunding?: boolean;
  /** ECTs only; defaults to the start date when eligible for funding. */
  readonly inductionStartDate?: CalendarDate | null;
}

export type RegisterParticipantCommand = RegisterParticipantFields &
  (
    | { readonly schoolId: string; readonly newSchool?: undefined }
    | {
        readonly schoolId?: undefined;
        /** A school to register first, with the fields and checks of `registerSchool`. */
        readonly newSchool: SchoolInput;
      }
  );

export interface RegisteredParticipant {
  readonly teacher: Teacher;
  readonly schoolPeriod: SchoolPeriod;
  readonly trainingPeriod: TrainingPeriod;
}

/** The registered school's id, or the plan of the one to register first; undefined when given neither or both. */
function planSchoolOf(
  world: World,
  command: RegisterParticipantCommand,
  errors: ValidationErrors,
): string | SchoolPlan | undefined {
  const { schoolId, newSchool } = command;
  if (schoolId !== undefined && newSchool !== undefined) {
    errors.add("school_id", FIXTURE_MESSAGES.schoolAndNewSchool);
    return undefined;
  }
  if (newSchool !== undefined) {
    return planSchool(world, newSchool, errors);
  }
  if (schoolId === undefined) {
    errors.add("school_id", FIXTURE_MESSAGES.enterSchool);
  }
  return schoolId;
}

export function registerParticipant(
  world: World,
  command: RegisterParticipantCommand,
  context: CommandContext,
): Outcome<RegisteredParticipant> {
  const errors = new ValidationErrors();
  const existing = command.teacherId === undefined ? undefined : findRow(world, "teachers", command.teacherId);
  if (existing !== undefined && trainingPeriodsOf(world, existing.id, command.role).length > 0) {
    errors.add("participant_id", FIXTURE_MESSAGES.roleAlreadyRegistered(command.role));
  }
  const school = planSchoolOf(world, command, errors);
  const startedOn = command.startedOn ?? londonToday(context.now);
  const placement = planTrainingPlacement(
    world,
    { ...command, schoolId: command.schoolId ?? null },
    command.role,
    startedOn,
    command.finishedOn ?? null,
    errors,
  );
  const inductionStartDate = command.inductionStartDate ?? null;
  if (inductionStartDate !== null && !isCalendarDate(inductionStartDate)) {
    errors.add("date", FIXTURE_MESSAGES.invalidDate);
  }
  if (school === undefined || !errors.isEmpty) {
    return errors.toFailure();
  }

  // Ids are drawn in creation order (the new school's, then the participant's), only once nothing can refuse.
  const schoolId = typeof school === "string" ? school : insertSchool(world, school, context).id;
  const teacherId = existing?.id ?? idFor(command.teacherId, context);
  const now = instantOf(context.now);
  const eligible = command.eligibleForFunding ?? true;
  const teacher: Teacher = existing ?? {
    id: teacherId,
    fullName: command.fullName ?? `Participant ${teacherId.slice(0, 8)}`,
    trn: command.trn ?? null,
    trainingRecordIds: { ect: context.newId(), mentor: context.newId() },
    participantIdChanges: [],
    funding: { ect: NO_FUNDING, mentor: NO_FUNDING },
    mentorIneligibleForFundingReason: null,
    induction: NO_INDUCTION,
    createdAt: now,
    updatedAt: now,
  };
  const funding = teacher.funding[command.role];
  const registered = {
    funding: {
      ...teacher.funding,
      [command.role]:
        eligible && !isRoleEligibleForFunding(teacher, command.role)
          ? { ...funding, firstBecameEligibleAt: now }
          : funding,
    },
    induction:
      command.role === "ect"
        ? {
            ...teacher.induction,
            overallStartDate: inductionStartDate ?? (eligible ? startedOn : teacher.induction.overallStartDate),
          }
        : teacher.induction,
    updatedAt: now,
  };
  // A new participant is written once, as registered; an existing one (their other role) is updated.
  const updated =
    existing === undefined
      ? insertRow(world, "teachers", { ...teacher, ...registered })
      : updateRow(world, "teachers", existing.id, registered);
  const { schoolPeriod, trainingPeriod } = insertTrainingPlacement(world, updated.id, schoolId, placement, context);
  return ok({ teacher: updated, schoolPeriod, trainingPeriod });
}
