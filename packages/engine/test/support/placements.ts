/**
 * Direct fixtures for situations no command produces in one step (another provider's period inside the same school
 * period, an induction recorded by an appropriate body, ...). They write through the model so indexes stay right.
 */
import { insertRow, updateRow } from "../../src/model/row-writes.ts";
import type { SchoolPeriod } from "../../src/model/school-period.ts";
import type { TrainingPeriod } from "../../src/model/training-period.ts";
import { getRow, lookupOfRole } from "../../src/model/world.ts";
import type { Role } from "../../src/reference/courses.ts";
import type { Scenario } from "./scenario.ts";

export function schoolPeriodOf(s: Scenario, participantId: string, role: Role = "ect"): SchoolPeriod {
  const period = lookupOfRole(s.world, "schoolPeriodsByParticipant", participantId, role).at(-1);
  if (period === undefined) {
    throw new Error(`no ${role} school period`);
  }
  return period;
}

export function schoolOf(s: Scenario, participantId: string, role: Role = "ect"): string {
  return schoolPeriodOf(s, participantId, role).schoolId;
}

export function endSchoolPeriod(s: Scenario, participantId: string, finishedOn: string, role: Role = "ect"): void {
  updateRow(s.world, "schoolPeriods", schoolPeriodOf(s, participantId, role).id, { finishedOn });
}

/** Adds a training period to the participant's current school period (e.g. with another provider). */
export function addTrainingPeriod(
  s: Scenario,
  participantId: string,
  fields: Partial<TrainingPeriod> & Pick<TrainingPeriod, "startedOn">,
  role: Role = "ect",
): TrainingPeriod {
  const now = s.context.now.toISOString();
  return insertRow(s.world, "trainingPeriods", {
    id: s.context.newId(),
    teacherId: participantId,
    role,
    schoolPeriodId: schoolPeriodOf(s, participantId, role).id,
    finishedOn: null,
    trainingProgramme: "provider_led",
    schoolPartnershipId: null,
    expressionOfInterest: null,
    scheduleId: "2025/ecf-standard-september",
    withdrawal: null,
    deferral: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

export function updateTrainingPeriod(s: Scenario, id: string, changes: Partial<TrainingPeriod>): TrainingPeriod {
  return updateRow(s.world, "trainingPeriods", id, changes);
}

export function completeInduction(s: Scenario, participantId: string, endDate: string): void {
  const teacher = getRow(s.world, "teachers", participantId);
  updateRow(s.world, "teachers", participantId, { induction: { ...teacher.induction, endDate } });
}

export function completeMentorTraining(s: Scenario, participantId: string, on: string): void {
  const teacher = getRow(s.world, "teachers", participantId);
  updateRow(s.world, "teachers", participantId, {
    funding: { ...teacher.funding, mentor: { ...teacher.funding.mentor, becameIneligibleOn: on } },
    mentorIneligibleForFundingReason: "completed_declaration_received",
  });
}
