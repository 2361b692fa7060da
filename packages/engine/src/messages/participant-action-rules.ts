/**
 * The numbered rules of PUT /participants/{id}/withdraw, /defer, /resume and /change-schedule (ECF rules §6), byte
 * for byte as the client sees them: the service's internal `teacher_api_id` / `teacher_type` / `contract period` are
 * already substituted (note that `contract_period`, with an underscore, is not). Rules 1 and 2 are the same for
 * every action; defer repeats some of withdraw's rules under its own numbers.
 */
import { TITLES } from "./titles.ts";

const { courseIdentifier, reason, participantId, scheduleIdentifier, cohort } = TITLES;

/** Rules 1 and 2 of every participant action: `course_identifier` must name a role you train the participant in. */
export const COURSE_RULE_MESSAGES = {
  1: { title: courseIdentifier, detail: "Enter a '#/course_identifier'." },
  2: {
    title: courseIdentifier,
    detail:
      "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
  },
} as const;

export const WITHDRAW_RULE_MESSAGES = {
  ...COURSE_RULE_MESSAGES,
  3: { title: reason, detail: "Enter a '#/reason'." },
  4: {
    title: reason,
    detail: "The entered '#/reason' is not recognised for the given participant. Check details and try again.",
  },
  5: { title: participantId, detail: "The '#/participant_id' is already withdrawn." },
  6: {
    title: participantId,
    detail:
      "You cannot withdraw #/participant_id. This is because they have not been training with you for at least one day.",
  },
  7: {
    title: participantId,
    detail:
      "You cannot defer or withdraw this participant today. You need to try again tomorrow as the training was recently changed for this participant.",
  },
  8: { title: reason, detail: "You cannot withdraw an ECT for this reason. The ECT is not a mentor." },
} as const;

export const DEFER_RULE_MESSAGES = {
  ...COURSE_RULE_MESSAGES,
  3: WITHDRAW_RULE_MESSAGES[3],
  4: WITHDRAW_RULE_MESSAGES[4],
  5: { title: participantId, detail: "The '#/participant_id' is already deferred." },
  6: WITHDRAW_RULE_MESSAGES[5],
  7: {
    title: participantId,
    detail:
      "You cannot defer #/participant_id. This is because they have not been training with you for at least one day.",
  },
  8: WITHDRAW_RULE_MESSAGES[7],
} as const;

export const RESUME_RULE_MESSAGES = {
  ...COURSE_RULE_MESSAGES,
  3: { title: participantId, detail: "The '#/participant_id' is already active." },
  4: {
    title: participantId,
    detail: "This participant cannot be resumed because they are already active with another provider.",
  },
  5: {
    title: participantId,
    detail:
      "You cannot resume a participant on the same day they were withdrawn or deferred. Resume them tomorrow or later.",
  },
  6: {
    title: participantId,
    detail: "The participant is no longer at the school. Please contact the induction tutor to resolve.",
  },
} as const;

const scheduleRequired = {
  title: scheduleIdentifier,
  detail: "The property '#/schedule_identifier' must be present and correspond to a valid schedule.",
} as const;

export const CHANGE_SCHEDULE_RULE_MESSAGES = {
  ...COURSE_RULE_MESSAGES,
  3: scheduleRequired,
  4: { title: scheduleIdentifier, detail: "Enter a valid schedule identifier." },
  /** Rule 3's message, for a schedule missing from the target cohort. */
  5: scheduleRequired,
  6: { title: scheduleIdentifier, detail: "Selected schedule is already on the profile" },
  7: { title: scheduleIdentifier, detail: "Selected schedule is not valid for the course_identifier" },
  8: {
    title: scheduleIdentifier,
    detail: "Mentors cannot be placed on a reduced schedule. Assign them to a different schedule.",
  },
  9: {
    title: scheduleIdentifier,
    detail:
      "The change of schedule cannot be applied because a previous change of schedule and a declaration were made on the same day. Applying another change of schedule would invalidate existing declarations. Please contact DfE for assistance.",
  },
  10: {
    title: cohort,
    detail:
      "You cannot change a participant to this contract_period as you do not have a partnership with the school for the contract_period. Contact the DfE for assistance.",
  },
  11: {
    title: cohort,
    detail: "You cannot move a participant to a payments frozen cohort unless they previously belonged to that cohort.",
  },
  12: {
    title: participantId,
    detail: "You cannot change this participant's schedule as they have completed their training or induction.",
  },
  13: {
    title: participantId,
    detail:
      "You cannot change this participant's schedule. This is because the participant has a 'left' participant_status, so they are not training with you currently.",
  },
  14: { title: participantId, detail: "Cannot perform actions on a withdrawn participant" },
  15: {
    title: participantId,
    detail:
      "You cannot change this participant's schedule as they are due to start with another lead provider in the future.",
  },
} as const;
