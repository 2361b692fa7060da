/**
 * The numbered rules of POST /participant-declarations (declaration rules 1-21, ECF rules §3.2, §3.3) and
 * PUT /participant-declarations/{id}/void (void rules 1-5, ECF rules §5.2), as the client sees them.
 */
import type { Instant } from "../time/instant.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import { messageWith } from "./rule-message.ts";
import { TITLES } from "./titles.ts";

const { participantId, courseIdentifier, declarationDate, declarationType, evidenceHeld, cohort } = TITLES;

const participantNotRecognised = {
  title: participantId,
  detail:
    "Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.",
} as const;

export const DECLARATION_RULE_MESSAGES = {
  1: { title: participantId, detail: "Enter a '#/participant_id'." },
  2: participantNotRecognised,
  3: { title: courseIdentifier, detail: "Enter a '#/course_identifier'." },
  4: { title: declarationDate, detail: "Enter a '#/declaration_date'." },
  5: {
    title: courseIdentifier,
    detail:
      "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
  },
  6: { title: declarationType, detail: "Enter a '#/declaration_type'." },
  7: { title: declarationType, detail: "Enter a valid declaration type." },
  8: {
    title: declarationType,
    detail: "A declaration has already been submitted that will be, or has been, paid for this event.",
  },
  9: {
    title: declarationDate,
    detail: "The '#/declaration_date' value cannot be a future date. Check the date and try again.",
  },
  10: {
    title: declarationDate,
    detail: "Declaration date must be on or after the milestone start date for the same declaration type.",
  },
  11: {
    title: declarationDate,
    detail: "Declaration date must be on or before the milestone date for the same declaration type.",
  },
  /** "RCF" is the service's own spelling. */
  12: { title: declarationDate, detail: "Enter a valid RCF3339 '#/declaration_date'." },
  13: {
    title: declarationType,
    detail:
      "You cannot send retained or extended declarations for participants who began their mentor training after June 2025. Resubmit this declaration with either a started or completed declaration.",
  },
  14: { title: evidenceHeld, detail: "Enter a '#/evidence_held' value for this participant." },
  15: { title: evidenceHeld, detail: "Enter an available '#/evidence_held' type for this participant." },
  16: messageWith(
    participantId,
    "This participant withdrew from this course on {withdrawn_at}. Enter a '#/declaration_date' that's on or before the withdrawal date.",
    "{withdrawn_at}",
    (withdrawnAt: Instant) => formatApiDateTime(withdrawnAt),
  ),
  17: messageWith(
    cohort,
    "You cannot submit declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.",
    "{year}",
    (cohortYear: number) => String(cohortYear),
  ),
  18: messageWith(
    cohort,
    "You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.",
    "{year}",
    (cohortYear: number) => String(cohortYear),
  ),
  19: { title: declarationType, detail: "The property '#/declaration_type' does not exist for this schedule." },
  20: {
    title: declarationDate,
    detail:
      "This '#/declaration_date' is invalid. Check that it is in sequence with existing declaration dates for this participant.",
  },
  21: participantNotRecognised,
} as const;

const { participantDeclarationId } = TITLES;

export const VOID_RULE_MESSAGES = {
  1: { title: participantDeclarationId, detail: "The declaration has already been voided." },
  2: { title: participantDeclarationId, detail: "The declaration will or has been refunded" },
  /** Declaration rule 18's message without its final full stop, as the service sends it. */
  3: messageWith(
    participantDeclarationId,
    "You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us",
    "{year}",
    (cohortYear: number) => String(cohortYear),
  ),
  4: { title: participantDeclarationId, detail: "This declaration has been clawed-back, so you can only view it." },
  5: { title: participantDeclarationId, detail: "The declaration must be paid before it can be clawed back" },
} as const;
