/**
 * The numbered rules of POST /participants/npq/{id}/outcomes (NPQ rules §6.3), keyed by the rule numbers of
 * `spec/npq-v3.yaml`. A blank field fails two rules at once, the service's inclusion check before its presence check.
 */
import { NPQ_TITLES } from "./titles.ts";

const { base, completionDate, courseIdentifier, state } = NPQ_TITLES;

export const NPQ_OUTCOME_RULE_MESSAGES = {
  1: {
    title: courseIdentifier,
    detail:
      "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
  },
  2: { title: courseIdentifier, detail: "Enter a '#/course_identifier' value for this participant." },
  3: {
    title: state,
    detail:
      "The attribute '#/state' can only include 'passed' or 'failed' values. If you need to void an outcome, you will need to void the associated 'completed' declaration.",
  },
  4: {
    title: state,
    detail: "The '#/state' is missing from your request. Please include a 'passed' or 'failed' value and try again.",
  },
  5: {
    title: completionDate,
    detail:
      "The '#/completion_date' is missing from your request. Please include a completion_date value and try again.",
  },
  6: { title: completionDate, detail: "The '#/completion_date' value must be in the following format: 'yyyy-mm-dd'" },
  7: {
    title: base,
    detail:
      "The participant has not had a 'completed' declaration submitted for them. Therefore you cannot update their outcome.",
  },
  8: {
    title: completionDate,
    detail: "The '#/completion_date' value cannot be a future date. Check the date and try again.",
  },
} as const;
