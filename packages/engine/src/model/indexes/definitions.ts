/**
 * The registry of derived indexes. Add an index by adding an entry here; `lookup(world, "<name>", key)` then returns
 * the rows of a bucket in order.
 */
import {
  defineDependentIndex,
  defineIndex,
  leadProviderCohortKey,
  schoolCohortKey,
  schoolCohortLeadProviderKey,
} from "./index-definition.ts";
import { SCOPE_INDEXES } from "./scope-indexes.ts";

const byCreation = { sortKey: (row: { createdAt: string }) => row.createdAt };
const byStart = { sortKey: (row: { startedOn: string }) => row.startedOn };

export const INDEXES = {
  // By participant, both roles in one bucket: a participant's id is the row's own string, whose hash V8 keeps, where
  // a participant-and-role key would be a new string to build and hash on every lookup. Read one role with
  // `lookupOfRole` (most participants have one).
  declarationsByParticipant: defineIndex("declarations", {
    keys: (row) => [row.teacherId],
    keyFields: ["teacherId"],
    ...byCreation,
  }),
  declarationsByTrainingPeriod: defineIndex("declarations", {
    keys: (row) => [row.trainingPeriodId],
    keyFields: ["trainingPeriodId"],
    ...byCreation,
  }),
  declarationsByStatement: defineIndex("declarations", {
    keys: (row) => (row.statementId === null ? [] : [row.statementId]),
    keyFields: ["statementId"],
    ...byCreation,
  }),
  declarationsByClawbackStatement: defineIndex("declarations", {
    keys: (row) => (row.clawbackStatementId === null ? [] : [row.clawbackStatementId]),
    keyFields: ["clawbackStatementId"],
    ...byCreation,
  }),

  trainingPeriodsByParticipant: defineIndex("trainingPeriods", {
    keys: (row) => [row.teacherId],
    ...byStart,
  }),
  trainingPeriodsBySchoolPartnership: defineIndex("trainingPeriods", {
    keys: (row) => (row.schoolPartnershipId === null ? [] : [row.schoolPartnershipId]),
    ...byStart,
  }),
  trainingPeriodsBySchoolPeriod: defineIndex("trainingPeriods", { keys: (row) => [row.schoolPeriodId], ...byStart }),
  // A school's `expression_of_interest` (ECF rules §2.5) looks up one bucket instead of every period at the school.
  expressionsOfInterestBySchoolCohortLeadProvider: defineDependentIndex("trainingPeriods", {
    keys: (row, world) => {
      const interest = row.expressionOfInterest;
      const schoolPeriod = interest === null ? undefined : world.schoolPeriods[row.schoolPeriodId];
      return interest === null || schoolPeriod === undefined
        ? []
        : [schoolCohortLeadProviderKey(schoolPeriod.schoolId, interest.cohortYear, interest.leadProviderId)];
    },
    ...byStart,
  }),

  schoolPeriodsByParticipant: defineIndex("schoolPeriods", {
    keys: (row) => [row.teacherId],
    ...byStart,
  }),
  schoolPeriodsBySchool: defineIndex("schoolPeriods", { keys: (row) => [row.schoolId], ...byStart }),

  mentorshipPeriodsByEct: defineIndex("mentorshipPeriods", { keys: (row) => [row.ectTeacherId], ...byStart }),
  mentorshipPeriodsByMentor: defineIndex("mentorshipPeriods", { keys: (row) => [row.mentorTeacherId], ...byStart }),

  schoolPartnershipsBySchoolCohort: defineIndex("schoolPartnerships", {
    keys: (row) => [schoolCohortKey(row.schoolId, row.cohortYear)],
    ...byCreation,
  }),

  deliveryPartnershipsByLeadProvider: defineIndex("deliveryPartnerships", {
    keys: (row) => [row.leadProviderId],
    ...byCreation,
  }),
  deliveryPartnershipsByLeadProviderCohort: defineIndex("deliveryPartnerships", {
    keys: (row) => [leadProviderCohortKey(row.leadProviderId, row.cohortYear)],
    ...byCreation,
  }),

  statementsByLeadProvider: defineIndex("statements", {
    keys: (row) => [row.leadProviderId],
    sortKey: (row) => row.paymentDate,
  }),
  statementsByLeadProviderCohort: defineIndex("statements", {
    keys: (row) => [leadProviderCohortKey(row.leadProviderId, row.cohortYear)],
    sortKey: (row) => row.deadlineDate,
  }),

  // Adjustments added in one instant keep the order they were added in.
  adjustmentsByStatement: defineIndex("statementAdjustments", { keys: (row) => [row.statementId], ...byCreation }),

  contractsByLeadProviderCohort: defineIndex("contracts", {
    keys: (row) => [leadProviderCohortKey(row.leadProviderId, row.cohortYear)],
    ...byCreation,
  }),

  schoolTransfersByTeacher: defineIndex("schoolTransfers", { keys: (row) => [row.teacherId], ...byCreation }),

  schoolsByUrn: defineIndex("schools", { keys: (row) => [row.urn], ...byCreation }),

  // The read side (src/queries): what each lead provider sees, in created_at / updated_at order.
  ...SCOPE_INDEXES,
};

export type IndexName = keyof typeof INDEXES;
export type IndexTable<I extends IndexName> = (typeof INDEXES)[I]["table"];
