/**
 * The numbered rules of the NPQ participant actions (NPQ rules §4): PUT /participants/npq/{id}/defer, /resume,
 * /withdraw and /change-schedule, keyed by the rule numbers of `spec/npq-v3.yaml`. Rules 1 and 2 are the same for
 * every action.
 */
import { NPQ_SCHEDULE_NOT_VALID_FOR_COURSE } from "./application-rules.ts";
import { NPQ_TITLES } from "./titles.ts";

const { cohort, courseIdentifier, participantId, reason, scheduleIdentifier } = NPQ_TITLES;

const NPQ_COURSE_RULE_MESSAGES = {
  1: {
    title: courseIdentifier,
    detail:
      "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
  },
  2: {
    title: participantId,
    detail:
      "Your update cannot be made as an accepted application cannot be found for the given '#/participant_id' and '#/course_identifier'.",
  },
} as const;

const invalidReason = { title: reason, detail: "The property '#/reason' must be a valid reason" } as const;
const alreadyWithdrawn = { title: participantId, detail: "The participant is already withdrawn" } as const;

export const NPQ_DEFER_RULE_MESSAGES = {
  ...NPQ_COURSE_RULE_MESSAGES,
  3: invalidReason,
  4: { title: participantId, detail: "The participant is already deferred" },
  5: alreadyWithdrawn,
  6: { title: participantId, detail: "You cannot defer an NPQ participant that has no declarations" },
} as const;

export const NPQ_RESUME_RULE_MESSAGES = {
  ...NPQ_COURSE_RULE_MESSAGES,
  3: { title: participantId, detail: "The participant is already active" },
} as const;

export const NPQ_WITHDRAW_RULE_MESSAGES = {
  ...NPQ_COURSE_RULE_MESSAGES,
  3: invalidReason,
  4: alreadyWithdrawn,
  5: {
    title: participantId,
    detail:
      "An NPQ participant who has not got a started declaration cannot be withdrawn. Please contact support for assistance",
  },
} as const;

export const NPQ_CHANGE_SCHEDULE_RULE_MESSAGES = {
  ...NPQ_COURSE_RULE_MESSAGES,
  3: { title: scheduleIdentifier, detail: "The property '#/schedule_identifier' must be present" },
  4: {
    title: cohort,
    detail:
      "You cannot change a participant to this cohort as you do not have a contract for the cohort and course. Contact the DfE for assistance.",
  },
  5: alreadyWithdrawn,
  6: {
    title: scheduleIdentifier,
    detail: "Changing schedule would invalidate existing declarations. Please void them first.",
  },
  7: { title: scheduleIdentifier, detail: "The participant already has the specified schedule" },
  8: NPQ_SCHEDULE_NOT_VALID_FOR_COURSE,
  9: {
    title: cohort,
    detail:
      "You cannot change the '#/cohort' field when there are submitted, eligible, payable, or paid declarations in the new cohort",
  },
  10: {
    title: cohort,
    detail: "You cannot change the '#/cohort' field from one with a funding cap to one without a funding cap",
  },
  /** "to with that is funded" is the service's wording. */
  11: {
    title: cohort,
    detail: "You cannot change the '#/cohort' field from one that is not funded to with that is funded",
  },
} as const;
