/**
 * Messages of the DfE-side commands (fixtures, funding eligibility, school transfers). The real service has no API
 * for these, so the wording is ours; it follows the service's `{title: attribute, detail: sentence}` shape.
 */
export const FIXTURE_MESSAGES = {
  idTaken: (id: string) => `The id '${id}' is already in use.`,
  enterName: "Enter a name.",
  urnTaken: (urn: string) => `A school with URN ${urn} already exists.`,
  invalidUrn: "Enter a URN of 6 digits.",
  unknownCohort: (year: number) => `There is no ${year} cohort.`,
  unknownLeadProvider: "The lead provider does not exist.",
  leadProviderNotInCohort: (year: number) => `The lead provider does not deliver the ${year} cohort.`,
  unknownSchool: "The school does not exist.",
  enterSchool: "Enter the id of the school, or a new school to register.",
  schoolAndNewSchool: "Enter either the id of the school or a new school to register, not both.",
  unknownDeliveryPartner: "The delivery partner does not exist.",
  deliveryPartnershipExists: "The lead provider already works with this delivery partner in this cohort.",
  noDeliveryPartnership:
    "The lead provider does not work with this delivery partner in this cohort. Register the delivery partnership first.",
  noDeliveryPartnerForCohort:
    "The lead provider has no delivery partner in this cohort. Register a delivery partnership first.",
  schoolPartnershipExists: "The school already has a partnership with this lead provider and delivery partner.",
  unknownSchoolPartnership: "The partnership does not exist.",
  partnershipNotAtSchool: "The partnership belongs to another school.",
  unknownParticipant: "The participant does not exist.",
  roleAlreadyRegistered: (role: string) =>
    `The participant is already registered as ${role === "ect" ? "an ECT" : "a mentor"}.`,
  unknownSchedule: "Enter one of the twelve schedule identifiers.",
  scheduleNotForRole: (role: string) =>
    role === "ect" ? "Replacement schedules are for mentors only." : "Reduced schedules are for ECTs only.",
  invalidDate: "Enter a date as YYYY-MM-DD.",
  enterEmail: "Enter an email address, or leave it out.",
  invalidEmail: "Enter an email address in the correct format, like name@example.com.",
  finishBeforeStart: "The end date must be after the start date.",
  workingPatternForEctsOnly: "Only ECTs have a working pattern.",
  notAnEct: "The participant is not registered as an ECT.",
  notAMentor: "The participant is not registered as a mentor.",
  mentorIsMentee: "A participant cannot mentor themselves.",
  noSchoolPeriodOn: (date: string) => `The participant is not at a school on ${date}.`,
  notAtSameSchool: "The ECT and the mentor must be at the same school.",
} as const;

export const TRANSFER_MESSAGES = {
  notAtSchool: (date: string) => `The participant is not at a school on ${date}.`,
  noTrainingToLeave: "The participant has no training period at their current school.",
  sameSchool: "The participant is already at this school.",
  joinsBeforeLeaving: "The participant cannot join the new school before leaving the old one.",
} as const;

export const LEAD_PROVIDER_CHANGE_MESSAGES = {
  notAtSchool: (date: string) => `The participant is not at a school on ${date}, or joins it that day.`,
  noTrainingToChange: "The participant has no training at their school before that day.",
  laterTrainingExists: (date: string) =>
    `The participant's training at this school already changes on or after ${date}.`,
  sameLeadProvider: "The participant already trains with this lead provider at this school.",
  cohortRequired: "Enter the cohort of the new training.",
} as const;

export const ID_CHANGE_MESSAGES = {
  sameId: "The retired id must differ from the participant's id.",
  idInUse: "The retired id belongs to another participant.",
  alreadyRetired: "The participant already has this id change.",
} as const;
