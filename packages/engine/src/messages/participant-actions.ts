/**
 * Messages of PUT /participants/{id}/withdraw, /defer, /resume and /change-schedule (ECF rules §6), byte for byte as
 * the client sees them: the service's internal `teacher_api_id` / `teacher_type` / `contract period` are already
 * substituted (note that `contract_period`, with an underscore, is not).
 */
export const PARTICIPANT_ACTION_MESSAGES = {
  enterCourseIdentifier: "Enter a '#/course_identifier'.",
  courseNotRecognised:
    "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",

  enterReason: "Enter a '#/reason'.",
  reasonNotRecognised:
    "The entered '#/reason' is not recognised for the given participant. Check details and try again.",
  alreadyWithdrawn: "The '#/participant_id' is already withdrawn.",
  alreadyDeferred: "The '#/participant_id' is already deferred.",
  withdrawBeforeStart:
    "You cannot withdraw #/participant_id. This is because they have not been training with you for at least one day.",
  deferBeforeStart:
    "You cannot defer #/participant_id. This is because they have not been training with you for at least one day.",
  startedToday:
    "You cannot defer or withdraw this participant today. You need to try again tomorrow as the training was recently changed for this participant.",
  mentorOnlyReasonForEct: "You cannot withdraw an ECT for this reason. The ECT is not a mentor.",

  alreadyActive: "The '#/participant_id' is already active.",
  activeWithAnotherProvider:
    "This participant cannot be resumed because they are already active with another provider.",
  resumeOnSameDay:
    "You cannot resume a participant on the same day they were withdrawn or deferred. Resume them tomorrow or later.",
  noLongerAtSchool: "The participant is no longer at the school. Please contact the induction tutor to resolve.",

  scheduleRequired: "The property '#/schedule_identifier' must be present and correspond to a valid schedule.",
  invalidScheduleIdentifier: "Enter a valid schedule identifier.",
  scheduleAlreadyOnProfile: "Selected schedule is already on the profile",
  scheduleNotValidForCourse: "Selected schedule is not valid for the course_identifier",
  mentorOnReducedSchedule: "Mentors cannot be placed on a reduced schedule. Assign them to a different schedule.",
  scheduleChangeInvalidatesDeclarations:
    "The change of schedule cannot be applied because a previous change of schedule and a declaration were made on the same day. Applying another change of schedule would invalidate existing declarations. Please contact DfE for assistance.",
  noPartnershipInCohort:
    "You cannot change a participant to this contract_period as you do not have a partnership with the school for the contract_period. Contact the DfE for assistance.",
  frozenCohort:
    "You cannot move a participant to a payments frozen cohort unless they previously belonged to that cohort.",
  completedTraining:
    "You cannot change this participant's schedule as they have completed their training or induction.",
  leftParticipant:
    "You cannot change this participant's schedule. This is because the participant has a 'left' participant_status, so they are not training with you currently.",
  withdrawnParticipant: "Cannot perform actions on a withdrawn participant",
  startingWithAnotherProvider:
    "You cannot change this participant's schedule as they are due to start with another lead provider in the future.",
} as const;
