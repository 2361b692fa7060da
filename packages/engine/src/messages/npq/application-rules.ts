/**
 * The numbered rules of the NPQ application actions (NPQ rules §3): POST /npq-applications/{id}/accept, .../reject
 * and PUT .../change-funded-place, keyed by the rule numbers of `spec/npq-v3.yaml`.
 */
import { NPQ_TITLES } from "./titles.ts";

const { application, fundedPlace, schedule, scheduleIdentifier } = NPQ_TITLES;

const fundedPlaceNotBoolean = { title: fundedPlace, detail: "Set '#/funded_place' to true or false." } as const;
const scheduleNotValidForCourse = {
  title: scheduleIdentifier,
  detail: "The selected schedule is not valid for the course",
} as const;

export const NPQ_ACCEPT_RULE_MESSAGES = {
  1: fundedPlaceNotBoolean,
  2: { title: fundedPlace, detail: "The '#/funded_place' field should be false for unfunded cohorts." },
  3: { title: application, detail: "This NPQ application has already been accepted" },
  4: { title: application, detail: "Once rejected an application cannot change state" },
  5: { title: application, detail: "The participant has already had an application accepted for this course." },
  6: {
    title: application,
    detail: "The participant is not eligible for funding, so '#/funded_place' cannot be set to true.",
  },
  7: { title: scheduleIdentifier, detail: "The selected schedule cannot be found in the application cohort" },
  /** Guarded by the service but not reachable: a missing default schedule is a 404 first (NPQ rules §Q5). */
  8: { title: schedule, detail: "Schedule cannot be determined" },
  9: scheduleNotValidForCourse,
} as const;

export const NPQ_REJECT_RULE_MESSAGES = {
  1: { title: application, detail: "This NPQ application has already been rejected" },
  2: {
    title: application,
    detail:
      "This application has declarations that prevent it from being rejected. Void the declarations first, or contact us for assistance.",
  },
} as const;

export const NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES = {
  1: fundedPlaceNotBoolean,
  2: {
    title: application,
    detail: "You must accept the application before attempting to change the '#/funded_place' setting.",
  },
  3: {
    title: application,
    detail: "This participant is not eligible for funding. Contact us if you think this is wrong.",
  },
  4: {
    title: application,
    detail:
      "Leave the '#/funded_place' field blank. It's only needed for participants starting NPQs from autumn 2024 onwards.",
  },
  5: {
    title: application,
    detail:
      "You cannot change the funded place because declarations have been submitted. You will need to void the existing declarations and resubmit them after changing the funded place.",
  },
} as const;

/** Shared with change schedule, whose rule 8 is the same check and message. */
export const NPQ_SCHEDULE_NOT_VALID_FOR_COURSE = scheduleNotValidForCourse;
