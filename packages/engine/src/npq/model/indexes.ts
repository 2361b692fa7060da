/**
 * The NPQ world's indexes, kept in the same `IndexStore` as the ECF world's (`model/indexes/`). Every NPQ index reads
 * only its own row, so a row's old buckets follow from its previous version and nothing is remembered per row.
 */
import type { BucketOptions } from "../../model/indexes/index-store.ts";
import type { NpqRow, NpqTableName } from "./tables.ts";

export interface NpqIndexDefinition<N extends NpqTableName = NpqTableName> extends BucketOptions {
  readonly table: N;
  keys(row: NpqRow<N>): readonly string[];
  sortKey(row: NpqRow<N>): string;
}

function defineNpqIndex<N extends NpqTableName>(
  table: N,
  definition: { keys(row: NpqRow<N>): readonly string[]; sortKey(row: NpqRow<N>): string; tiesById?: boolean },
): NpqIndexDefinition<N> {
  return { table, keys: definition.keys, sortKey: definition.sortKey, tiesById: definition.tiesById ?? true };
}

export function npqContractKey(leadProviderId: string, cohortId: string, course: string): string {
  return [leadProviderId, cohortId, course].join("|");
}

export function npqStatementKey(leadProviderId: string, cohortId: string): string {
  return [leadProviderId, cohortId].join("|");
}

const byCreation = { sortKey: (row: { createdAt: string }) => row.createdAt };

export const NPQ_INDEXES = {
  applicationsByUser: defineNpqIndex("applications", { keys: (row) => [row.userId], ...byCreation }),
  applicationsByLeadProvider: defineNpqIndex("applications", { keys: (row) => [row.leadProviderId], ...byCreation }),
  /** A lead provider's accepted applications: its participants' enrolments. */
  acceptedApplicationsByLeadProvider: defineNpqIndex("applications", {
    keys: (row) => (row.status === "accepted" ? [row.leadProviderId] : []),
    ...byCreation,
  }),
  applicationStatesByApplication: defineNpqIndex("applicationStates", {
    keys: (row) => [row.applicationId],
    ...byCreation,
    tiesById: false,
  }),
  usersByTrn: defineNpqIndex("users", {
    keys: (row) => (row.trn === null || row.mergedInto !== null ? [] : [row.trn]),
    ...byCreation,
  }),
  schedulesByCohort: defineNpqIndex("schedules", {
    keys: (row) => [row.cohortId],
    sortKey: () => "",
    tiesById: false,
  }),
  cohortsByStartYear: defineNpqIndex("cohorts", {
    keys: (row) => [String(row.startYear)],
    sortKey: (row) => row.suffix,
  }),
  deliveryPartnershipsByLeadProvider: defineNpqIndex("deliveryPartnerships", {
    keys: (row) => [row.leadProviderId],
    ...byCreation,
  }),
  participantIdChangesByFrom: defineNpqIndex("participantIdChanges", {
    keys: (row) => [row.fromParticipantId],
    ...byCreation,
  }),
  participantIdChangesByTo: defineNpqIndex("participantIdChanges", { keys: (row) => [row.toUserId], ...byCreation }),
  contractsByLeadProviderCohortCourse: defineNpqIndex("contracts", {
    keys: (row) => [npqContractKey(row.leadProviderId, row.cohortId, row.courseIdentifier)],
    ...byCreation,
  }),
  declarationsByApplication: defineNpqIndex("declarations", { keys: (row) => [row.applicationId], ...byCreation }),
  declarationsByStatement: defineNpqIndex("declarations", {
    keys: (row) => (row.statementId === null ? [] : [row.statementId]),
    ...byCreation,
  }),
  declarationsByClawbackStatement: defineNpqIndex("declarations", {
    keys: (row) => (row.clawbackStatementId === null ? [] : [row.clawbackStatementId]),
    ...byCreation,
  }),
  declarationsByUser: defineNpqIndex("declarations", { keys: (row) => [row.userId], ...byCreation }),
  // Outcomes made in one instant (a frozen clock, or a void right after the completion) keep the order they were
  // recorded in, as the service's microsecond timestamps do: the latest is the last recorded, not the highest id.
  outcomesByDeclaration: defineNpqIndex("outcomes", {
    keys: (row) => [row.declarationId],
    ...byCreation,
    tiesById: false,
  }),
  outcomesByLeadProvider: defineNpqIndex("outcomes", {
    keys: (row) => [row.leadProviderId],
    ...byCreation,
    tiesById: false,
  }),
  declarationsByLeadProvider: defineNpqIndex("declarations", { keys: (row) => [row.leadProviderId], ...byCreation }),
  statementsByLeadProviderCohort: defineNpqIndex("statements", {
    keys: (row) => [npqStatementKey(row.leadProviderId, row.cohortId)],
    sortKey: (row) => row.deadlineDate,
  }),
  // Adjustments added in one instant keep the order they were added in.
  adjustmentsByStatement: defineNpqIndex("statementAdjustments", {
    keys: (row) => [row.statementId],
    ...byCreation,
    tiesById: false,
  }),
} satisfies Record<string, NpqIndexDefinition<never> | NpqIndexDefinition>;

export type NpqIndexName = keyof typeof NPQ_INDEXES;
export type NpqIndexTable<I extends NpqIndexName> = (typeof NPQ_INDEXES)[I]["table"];
