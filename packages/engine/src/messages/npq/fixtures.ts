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
  sameParticipant: "A participant cannot be merged into themselves.",
  invalidCohortIdentifier: "Enter a cohort as its start year and suffix, like 2026b, or a start year.",
  cohortExists: (identifier: string) => `The ${identifier} cohort already exists.`,
  invalidFunding: "Enter full, capped or zero.",
  invalidDate: "Enter a date as YYYY-MM-DD.",
  registrationStartOutsideYear: "The registration start date must be in the cohort's start year.",
  enterCohorts: "Enter at least one cohort.",
} as const;
