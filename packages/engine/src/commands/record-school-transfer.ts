/**
 * School-side: a participant leaves their school (their school period, training and mentorships end on
 * `leavingOn`) and, when known, joins another one with new training. The transfer is recorded for the providers'
 * transfer endpoints; the joining side stays unknown until `joining` is given.
 */
import { TRANSFER_MESSAGES } from "../messages/fixtures.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { SchoolTransfer } from "../model/school-transfer.ts";
import { findRow, lookup, lookupOfRole, type World } from "../model/world.ts";
import type { Role } from "../reference/courses.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { periodCurrentOrFuture, periodGoesOnAfter } from "../rules/period-days.ts";
import { cohortYearOf } from "../rules/training-periods.ts";
import { type CalendarDate, isCalendarDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import type { CommandContext } from "./context.ts";
import {
  insertTrainingPlacement,
  planTrainingPlacement,
  type TrainingPlacement,
  type TrainingPlacementInput,
} from "./training-placement.ts";

interface SchoolTransferJoining extends Omit<TrainingPlacementInput, "cohortYear"> {
  /** Defaults to the leaving day. */
  readonly startedOn?: CalendarDate;
  /** Defaults to the cohort of the training being left. */
  readonly cohortYear?: number;
}

export interface RecordSchoolTransferCommand {
  readonly type: "recordSchoolTransfer";
  readonly participantId: string;
  readonly role: Role;
  /** The school period and its training end on this day (their last day, like every period end). */
  readonly leavingOn: CalendarDate;
  readonly joining?: SchoolTransferJoining;
}

export function recordSchoolTransfer(
  world: World,
  command: RecordSchoolTransferCommand,
  context: CommandContext,
): Outcome<SchoolTransfer> {
  const teacher = findRow(world, "teachers", command.participantId);
  if (teacher === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  const { leavingOn } = command;
  if (!isCalendarDate(leavingOn)) {
    errors.add("leaving_on", TRANSFER_MESSAGES.notAtSchool(leavingOn));
    return errors.toFailure();
  }
  const leavingSchoolPeriod = lookupOfRole(world, "schoolPeriodsByParticipant", teacher.id, command.role).find(
    (period) => period.startedOn < leavingOn && periodCurrentOrFuture(period, leavingOn),
  );
  if (leavingSchoolPeriod === undefined) {
    errors.add("leaving_on", TRANSFER_MESSAGES.notAtSchool(leavingOn));
    return errors.toFailure();
  }
  const leavingTraining = lookup(world, "trainingPeriodsBySchoolPeriod", leavingSchoolPeriod.id);
  const leavingTrainingPeriod = leavingTraining.filter((period) => period.startedOn < leavingOn).at(-1);
  if (leavingTrainingPeriod === undefined) {
    errors.add("participant_id", TRANSFER_MESSAGES.noTrainingToLeave);
    return errors.toFailure();
  }

  let joiningAt: { schoolId: string; placement: TrainingPlacement } | undefined;
  if (command.joining !== undefined) {
    const joining = command.joining;
    const startedOn = joining.startedOn ?? leavingOn;
    if (joining.schoolId === leavingSchoolPeriod.schoolId) {
      errors.add("school_id", TRANSFER_MESSAGES.sameSchool);
    }
    if (startedOn < leavingOn) {
      errors.add("date", TRANSFER_MESSAGES.joinsBeforeLeaving);
    }
    const cohortYear = joining.cohortYear ?? cohortYearOf(world, leavingTrainingPeriod) ?? 0;
    const placement = planTrainingPlacement(world, { ...joining, cohortYear }, command.role, startedOn, null, errors);
    joiningAt = { schoolId: joining.schoolId, placement };
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  if (periodGoesOnAfter(leavingSchoolPeriod, leavingOn)) {
    updateRow(world, "schoolPeriods", leavingSchoolPeriod.id, { finishedOn: leavingOn, updatedAt: now });
  }
  for (const period of leavingTraining) {
    if (period.startedOn < leavingOn && periodGoesOnAfter(period, leavingOn)) {
      updateRow(world, "trainingPeriods", period.id, { finishedOn: leavingOn, updatedAt: now });
    }
  }
  const mentorships =
    command.role === "ect"
      ? lookup(world, "mentorshipPeriodsByEct", teacher.id).filter(
          (m) => m.ectSchoolPeriodId === leavingSchoolPeriod.id,
        )
      : lookup(world, "mentorshipPeriodsByMentor", teacher.id).filter(
          (m) => m.mentorSchoolPeriodId === leavingSchoolPeriod.id,
        );
  for (const mentorship of mentorships) {
    if (mentorship.startedOn < leavingOn && periodGoesOnAfter(mentorship, leavingOn)) {
      updateRow(world, "mentorshipPeriods", mentorship.id, { finishedOn: leavingOn, updatedAt: now });
    }
  }
  const joined =
    joiningAt === undefined
      ? undefined
      : insertTrainingPlacement(world, teacher.id, joiningAt.schoolId, joiningAt.placement, context);
  updateRow(world, "teachers", teacher.id, { updatedAt: now });
  return ok(
    insertRow(world, "schoolTransfers", {
      id: context.newId(),
      teacherId: teacher.id,
      role: command.role,
      leavingSchoolPeriodId: leavingSchoolPeriod.id,
      leavingTrainingPeriodId: leavingTrainingPeriod.id,
      joiningSchoolPeriodId: joined?.schoolPeriod.id ?? null,
      joiningTrainingPeriodId: joined?.trainingPeriod.id ?? null,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
