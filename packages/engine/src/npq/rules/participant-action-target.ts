/**
 * What every NPQ participant action starts with (NPQ rules §4): the participant must be the lead provider's (a 404
 * otherwise, a merged id included), then rule 1 (`course_identifier` is one of the twelve) and, only when it passed,
 * rule 2 (an application of this person the lead provider accepted for exactly this course, no EHCO/ASO pairing).
 */
import type { RuleMessage } from "../../messages/rule-message.ts";
import { notFound, type Outcome, ok, type ValidationErrors } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqUser } from "../model/user.ts";
import type { NpqWorld } from "../model/world.ts";
import { isNpqCourseIdentifier } from "../reference/courses.ts";
import { findNpqParticipantVisibleTo, npqEnrolmentsOf } from "./visibility.ts";

export interface NpqActionTarget {
  readonly user: NpqUser;
  /** The enrolment the action is about; undefined when rule 1 or 2 failed. */
  readonly application: NpqApplication | undefined;
}

/** Whose action it is, on whom, for which course: what every participant action request carries. */
export interface NpqActionSubject {
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
}

export function resolveNpqActionTarget(
  world: NpqWorld,
  { leadProviderId, participantId, courseIdentifier }: NpqActionSubject,
  errors: ValidationErrors,
  messages: { readonly 1: RuleMessage; readonly 2: RuleMessage },
): Outcome<NpqActionTarget> {
  const user = findNpqParticipantVisibleTo(world, leadProviderId, participantId);
  if (user === undefined) {
    return notFound();
  }
  // Rule 1
  if (!isNpqCourseIdentifier(courseIdentifier)) {
    errors.add(messages[1].title, messages[1].detail);
    return ok({ user, application: undefined });
  }
  // Rule 2: the first of them, should the person have been accepted in several cohorts (the service's `find_by`).
  const application = npqEnrolmentsOf(world, leadProviderId, user.id).find(
    (enrolment) => enrolment.courseIdentifier === courseIdentifier,
  );
  if (application === undefined) {
    errors.add(messages[2].title, messages[2].detail);
  }
  return ok({ user, application });
}
