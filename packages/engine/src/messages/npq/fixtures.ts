/**
 * Messages of the NPQ DfE-side commands (registering applications, contracts, delivery partners, id changes). The
 * NPQ service has no API for these, so the wording is ours, in the service's `{title, detail}` shape.
 */
export const NPQ_FIXTURE_MESSAGES = {
  idTaken: (id: string) => `The id '${id}' is already in use.`,
  enterName: "Enter a name.",
  unknownLeadProvider: "The lead provider does not exist.",
  unknownCohort: (identifier: string) => `There is no ${identifier} cohort.`,
  unknownCourse: "Enter one of the twelve NPQ course identifiers.",
  unknownParticipant: "The participant does not exist.",
  enterParticipant: "Enter the id of an existing participant, or the person's details, not both.",
  contractExists: "The lead provider already has a contract for this course in this cohort.",
  statementsExist: "The lead provider already has statements in this cohort.",
  sameParticipant: "A participant cannot be merged into themselves.",
  invalidCohortIdentifier: "Enter a cohort as its start year and suffix, like 2026b, or a start year.",
  cohortExists: (identifier: string) => `The ${identifier} cohort already exists.`,
  cohortBeforeFirstYear: (firstYear: number) => `A cohort starts in ${firstYear} or later.`,
  invalidFunding: "Enter full, capped or zero.",
  invalidDate: "Enter a date as YYYY-MM-DD.",
  registrationStartOutsideYear: "The registration start date must be in the cohort's start year.",
  enterCohorts: "Enter at least one cohort.",
  unknownApplication: "The application does not exist.",
  sameLeadProvider: "The application is already with this lead provider: name another one.",
  notPending: "Only a pending application can be decided.",
  invalidDecision: "Enter accepted or rejected.",
  unknownSchedule: "The application's cohort has no such schedule.",
  noDefaultSchedule: "The application's cohort has no default schedule for the course: name one, or null for none.",
  invalidTrainingStatus: "Enter active, deferred or withdrawn.",
  invalidReason: (status: string) => `Enter a ${status === "withdrawn" ? "withdrawal" : "deferral"} reason.`,
  invalidRejectionReason:
    "Enter registration_expired, rejected_by_provider or other_application_in_this_cohort_accepted.",
} as const;
