/**
 * Messages of POST /participant-declarations (ECF rules §3.2, §3.3) and PUT /participant-declarations/{id}/void
 * (ECF rules §5.2), as the client sees them.
 */
import type { Instant } from "../time/instant.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";

export const DECLARATION_MESSAGES = {
  enterParticipantId: "Enter a '#/participant_id'.",
  participantNotRecognised:
    "Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.",
  enterCourseIdentifier: "Enter a '#/course_identifier'.",
  enterDeclarationDate: "Enter a '#/declaration_date'.",
  courseNotRecognised:
    "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
  enterDeclarationType: "Enter a '#/declaration_type'.",
  invalidDeclarationType: "Enter a valid declaration type.",
  duplicate: "A declaration has already been submitted that will be, or has been, paid for this event.",
  futureDate: "The '#/declaration_date' value cannot be a future date. Check the date and try again.",
  beforeMilestoneStart: "Declaration date must be on or after the milestone start date for the same declaration type.",
  afterMilestoneDate: "Declaration date must be on or before the milestone date for the same declaration type.",
  /** "RCF" is the service's own spelling. */
  invalidDateFormat: "Enter a valid RCF3339 '#/declaration_date'.",
  mentorRetainedOrExtended:
    "You cannot send retained or extended declarations for participants who began their mentor training after June 2025. Resubmit this declaration with either a started or completed declaration.",
  enterEvidenceHeld: "Enter a '#/evidence_held' value for this participant.",
  invalidEvidenceHeld: "Enter an available '#/evidence_held' type for this participant.",
  milestoneNotInSchedule: "The property '#/declaration_type' does not exist for this schedule.",
  outOfSequence:
    "This '#/declaration_date' is invalid. Check that it is in sequence with existing declaration dates for this participant.",

  alreadyVoided: "The declaration has already been voided.",
  clawedBackViewOnly: "This declaration has been clawed-back, so you can only view it.",
  mustBePaidBeforeClawback: "The declaration must be paid before it can be clawed back",
  alreadyRefunded: "The declaration will or has been refunded",
} as const;

export function withdrawnBeforeDeclarationDate(withdrawnAt: Instant): string {
  return `This participant withdrew from this course on ${formatApiDateTime(withdrawnAt)}. Enter a '#/declaration_date' that's on or before the withdrawal date.`;
}

/** Check 15: the participant's current cohort has its payments frozen. */
export function paymentsFrozenForCohort(cohortYear: number): string {
  return `You cannot submit declarations for the ${cohortYear} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.`;
}

/** Check 16: no open output statement left for the cohort. */
export function noOutputStatementForCohort(cohortYear: number): string {
  return `You cannot submit or void declarations for the ${cohortYear} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.`;
}

/** The clawback variant of the same message has no final period in the service. */
export function noOutputStatementForClawback(cohortYear: number): string {
  return `You cannot submit or void declarations for the ${cohortYear} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us`;
}
