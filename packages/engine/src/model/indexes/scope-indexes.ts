/**
 * The read side's indexes: every list endpoint walks one bucket of one of these (per lead provider, or per cohort
 * for schools) in `created_at` or `updated_at` order, so a page costs what a page costs. `updated_since` is a binary
 * search into the `…Updated` variant.
 *
 * Rows with equal timestamps are ordered by id, so they always come in the same order, however the index was built
 * (incrementally or rebuilt from a snapshot), and pages never shuffle between requests. Where two indexes bucket
 * rows the same way they share the function, which then runs once per change of a row (see `reindexRow`).
 */
import { type Declaration, isBillableOrChangeable } from "../declaration.ts";
import type { School } from "../school.ts";
import type { Teacher } from "../teacher.ts";
import type { World } from "../world-shape.ts";
import { defineDependentIndex, defineIndex, definePlacedIndex, type IndexPlacement } from "./index-definition.ts";
import {
  leadProvidersSeeingDeclaration,
  leadProvidersTraining,
  leadProvidersWithUnfundedMentor,
  listedCohortYearsOfSchool,
  transferUpdatedAtByLeadProvider,
} from "./lead-provider-scopes.ts";

const byCreation = { sortKey: (row: { createdAt: string }) => row.createdAt, tiesById: true };
const byUpdate = { sortKey: (row: { updatedAt: string }) => row.updatedAt, tiesById: true };

const NO_KEYS: readonly string[] = [];
const NO_PLACEMENTS: readonly IndexPlacement[] = [];
const participantProviders = (teacher: Teacher, world: World) => [...leadProvidersTraining(world, teacher.id)];
const declarationProviders = (declaration: Declaration, world: World) =>
  leadProvidersSeeingDeclaration(world, declaration);
const schoolCohorts = (school: School, world: World) => listedCohortYearsOfSchool(world, school.id).map(String);
// Most teachers mentor nobody and move no school: those keys are the one empty list rather than a new one each.
const unfundedMentorProviders = (teacher: Teacher, world: World) => {
  const leadProviderIds = leadProvidersWithUnfundedMentor(world, teacher.id);
  return leadProviderIds.size === 0 ? NO_KEYS : [...leadProviderIds];
};
// A declaration's visibility reads its payment and clawback status only through whether it is billable-or-changeable:
// a payment moving on (eligible, payable, paid) keeps its keys, the other fields it reads being equal.
const DECLARATION_KEY_FIELDS = {
  keyFields: ["leadProviderId", "teacherId", "role", "declarationDate", "paymentStatus", "clawbackStatus"],
  keysKeptBetween: (previous: Declaration, row: Declaration) =>
    previous.leadProviderId === row.leadProviderId &&
    previous.teacherId === row.teacherId &&
    previous.role === row.role &&
    previous.declarationDate === row.declarationDate &&
    isBillableOrChangeable(previous) === isBillableOrChangeable(row),
} as const;
// A participant's scope keys read only the participant's id from the row; the rest is other rows.
const TEACHER_ID: readonly "id"[] = ["id"];
const transferProviders = (teacher: Teacher, world: World) => {
  const latest = transferUpdatedAtByLeadProvider(world, teacher.id);
  return latest.size === 0 ? NO_KEYS : [...latest.keys()];
};

export const SCOPE_INDEXES = {
  participantsByLeadProvider: defineDependentIndex("teachers", {
    keys: participantProviders,
    keyFields: TEACHER_ID,
    ...byCreation,
  }),
  participantsByLeadProviderUpdated: defineDependentIndex("teachers", {
    keys: participantProviders,
    keyFields: TEACHER_ID,
    ...byUpdate,
    sameKeysAs: "participantsByLeadProvider",
  }),

  declarationsVisibleToLeadProvider: defineDependentIndex("declarations", {
    keys: declarationProviders,
    ...DECLARATION_KEY_FIELDS,
    ...byCreation,
  }),
  declarationsVisibleToLeadProviderUpdated: defineDependentIndex("declarations", {
    keys: declarationProviders,
    ...DECLARATION_KEY_FIELDS,
    ...byUpdate,
    sameKeysAs: "declarationsVisibleToLeadProvider",
  }),

  schoolPartnershipsByLeadProviderCreated: defineIndex("schoolPartnerships", {
    keys: (partnership) => [partnership.leadProviderId],
    ...byCreation,
  }),
  schoolPartnershipsByLeadProviderUpdated: defineIndex("schoolPartnerships", {
    keys: (partnership) => [partnership.leadProviderId],
    ...byUpdate,
  }),

  schoolsListedByCohort: defineDependentIndex("schools", { keys: schoolCohorts, ...byCreation }),
  schoolsListedByCohortUpdated: definePlacedIndex(
    "schools",
    (school, world) =>
      listedCohortYearsOfSchool(world, school.id).flatMap((year): IndexPlacement[] => {
        const details = school.cohorts[year];
        return details === undefined ? [] : [{ key: String(year), sortKey: details.updatedAt }];
      }),
    { tiesById: true },
  ),

  unfundedMentorCandidatesByLeadProvider: defineDependentIndex("teachers", {
    keys: unfundedMentorProviders,
    keyFields: TEACHER_ID,
    ...byCreation,
  }),
  unfundedMentorCandidatesByLeadProviderUpdated: defineDependentIndex("teachers", {
    keys: unfundedMentorProviders,
    keyFields: TEACHER_ID,
    ...byUpdate,
    sameKeysAs: "unfundedMentorCandidatesByLeadProvider",
  }),

  transferParticipantsByLeadProvider: defineDependentIndex("teachers", {
    keys: transferProviders,
    keyFields: TEACHER_ID,
    ...byCreation,
  }),
  transferParticipantsByLeadProviderUpdated: definePlacedIndex(
    "teachers",
    (teacher, world) => {
      const latest = transferUpdatedAtByLeadProvider(world, teacher.id);
      return latest.size === 0 ? NO_PLACEMENTS : [...latest].map(([key, updatedAt]) => ({ key, sortKey: updatedAt }));
    },
    { tiesById: true },
  ),
};
