/**
 * What every participant action (withdraw, defer, resume, change schedule; ECF rules §6) starts from: the participant
 * must be visible to the lead provider (else 404), `course_identifier` must name a role (else 422, rule 1 of every
 * action), and the action works on the latest training period of that role with this provider (else 422, rule 2).
 */
import { COURSE_RULE_MESSAGES as RULE } from "../messages/participant-action-rules.ts";
import { leadProvidersTraining } from "../model/indexes/lead-provider-scopes.ts";
import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, type World } from "../model/world.ts";
import { type Role, roleOfCourse } from "../reference/courses.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { latestTrainingPeriodWith } from "./training-periods.ts";

/** A participant by API id, when the lead provider can see them (ECF rules §1.1). */
export function findParticipantVisibleTo(
  world: World,
  leadProviderId: string,
  participantId: string,
): Teacher | undefined {
  const teacher = findRow(world, "teachers", participantId) ?? findRow(world, "teachers", participantId.toLowerCase());
  if (teacher === undefined || !leadProvidersTraining(world, teacher.id).has(leadProviderId)) {
    return undefined;
  }
  return teacher;
}

export interface ParticipantActionTarget {
  readonly teacher: Teacher;
  /** Null when `course_identifier` was missing or unrecognised. */
  readonly role: Role | null;
  /** The latest training period of that role with this provider; absent when there is none. */
  readonly trainingPeriod: TrainingPeriod | undefined;
  /** Holds the `course_identifier` error, if any; the action's own checks add to it. */
  readonly errors: ValidationErrors;
}

export function resolveParticipantActionTarget(
  world: World,
  leadProviderId: string,
  participantId: string,
  courseIdentifier: string | undefined,
): Outcome<ParticipantActionTarget> {
  const teacher = findParticipantVisibleTo(world, leadProviderId, participantId);
  if (teacher === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  const role = roleOfCourse(courseIdentifier);
  let trainingPeriod: TrainingPeriod | undefined;
  if (role === null) {
    // Anything but `ecf-induction` / `ecf-mentor` reaches the service as a missing teacher type.
    errors.add(RULE[1].title, RULE[1].detail);
  } else {
    trainingPeriod = latestTrainingPeriodWith(world, teacher.id, role, leadProviderId);
    if (trainingPeriod === undefined) {
      errors.add(RULE[2].title, RULE[2].detail);
    }
  }
  return ok({ teacher, role, trainingPeriod, errors });
}
