/**
 * School-side fixture: a mentor starts mentoring an ECT at the same school. The ECT's ongoing mentorship (if any)
 * ends the day the new one starts.
 */
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import type { MentorshipPeriod } from "../model/mentorship-period.ts";
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { SchoolPeriod } from "../model/school-period.ts";
import { findRow, lookup, lookupOfRole, type World } from "../model/world.ts";
import type { Role } from "../reference/courses.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { periodGoesOnAfter } from "../rules/period-days.ts";
import { type CalendarDate, isCalendarDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";

export interface AssignMentorCommand {
  readonly type: "assignMentor";
  readonly ectId: string;
  readonly mentorId: string;
  /** Defaults to today. */
  readonly startedOn?: CalendarDate;
  readonly finishedOn?: CalendarDate | null;
}

/**
 * The school period a mentorship starting on `date` belongs to: started by then and going on after it. A period
 * ending on `date` is left out, so a participant who moves school that day is mentored at the new one.
 */
function schoolPeriodOn(world: World, teacherId: string, role: Role, date: CalendarDate): SchoolPeriod | undefined {
  return lookupOfRole(world, "schoolPeriodsByParticipant", teacherId, role).find(
    (period) => period.startedOn <= date && periodGoesOnAfter(period, date),
  );
}

export function assignMentor(
  world: World,
  command: AssignMentorCommand,
  context: CommandContext,
): Outcome<MentorshipPeriod> {
  const errors = new ValidationErrors();
  const startedOn = command.startedOn ?? londonToday(context.now);
  const finishedOn = command.finishedOn ?? null;
  if (!isCalendarDate(startedOn) || (finishedOn !== null && !isCalendarDate(finishedOn))) {
    errors.add("date", FIXTURE_MESSAGES.invalidDate);
  } else if (finishedOn !== null && finishedOn <= startedOn) {
    errors.add("date", FIXTURE_MESSAGES.finishBeforeStart);
  }
  if (command.ectId === command.mentorId) {
    errors.add("mentor_id", FIXTURE_MESSAGES.mentorIsMentee);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  if (findRow(world, "teachers", command.ectId) === undefined) {
    errors.add("participant_id", FIXTURE_MESSAGES.unknownParticipant);
  }
  if (findRow(world, "teachers", command.mentorId) === undefined) {
    errors.add("mentor_id", FIXTURE_MESSAGES.unknownParticipant);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  const ectPeriod = schoolPeriodOn(world, command.ectId, "ect", startedOn);
  const mentorPeriod = schoolPeriodOn(world, command.mentorId, "mentor", startedOn);
  if (ectPeriod === undefined) {
    errors.add("participant_id", FIXTURE_MESSAGES.noSchoolPeriodOn(startedOn));
  }
  if (mentorPeriod === undefined) {
    errors.add("mentor_id", FIXTURE_MESSAGES.noSchoolPeriodOn(startedOn));
  }
  if (ectPeriod !== undefined && mentorPeriod !== undefined && ectPeriod.schoolId !== mentorPeriod.schoolId) {
    errors.add("mentor_id", FIXTURE_MESSAGES.notAtSameSchool);
  }
  if (ectPeriod === undefined || mentorPeriod === undefined || !errors.isEmpty) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  for (const current of lookup(world, "mentorshipPeriodsByEct", command.ectId)) {
    if (current.startedOn < startedOn && periodGoesOnAfter(current, startedOn)) {
      updateRow(world, "mentorshipPeriods", current.id, { finishedOn: startedOn, updatedAt: now });
    }
  }
  return ok(
    insertRow(world, "mentorshipPeriods", {
      id: context.newId(),
      ectTeacherId: command.ectId,
      mentorTeacherId: command.mentorId,
      ectSchoolPeriodId: ectPeriod.id,
      mentorSchoolPeriodId: mentorPeriod.id,
      startedOn,
      finishedOn,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
