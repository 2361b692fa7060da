/**
 * The read side's indexes: every list endpoint walks one bucket of one of these (per lead provider, or per cohort
 * for schools) in `created_at` or `updated_at` order, so a page costs what a page costs. `updated_since` is a binary
 * search into the `…Updated` variant.
 */
import { defineIndex, definePlacedIndex, type IndexPlacement } from "./index-definition.ts";
import {
  leadProvidersSeeingDeclaration,
  leadProvidersTraining,
  leadProvidersWithUnfundedMentor,
  listedCohortYearsOfSchool,
  transferUpdatedAtByLeadProvider,
} from "./lead-provider-scopes.ts";

export const SCOPE_INDEXES = {
  participantsByLeadProvider: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersTraining(world, teacher.id)],
    sortKey: (teacher) => teacher.createdAt,
  }),
  participantsByLeadProviderUpdated: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersTraining(world, teacher.id)],
    sortKey: (teacher) => teacher.updatedAt,
  }),

  declarationsVisibleToLeadProvider: defineIndex("declarations", {
    keys: (declaration, world) => leadProvidersSeeingDeclaration(world, declaration),
    sortKey: (declaration) => declaration.createdAt,
  }),
  declarationsVisibleToLeadProviderUpdated: defineIndex("declarations", {
    keys: (declaration, world) => leadProvidersSeeingDeclaration(world, declaration),
    sortKey: (declaration) => declaration.updatedAt,
  }),

  schoolPartnershipsByLeadProviderUpdated: defineIndex("schoolPartnerships", {
    keys: (partnership) => [partnership.leadProviderId],
    sortKey: (partnership) => partnership.updatedAt,
  }),

  schoolsListedByCohort: defineIndex("schools", {
    keys: (school, world) => listedCohortYearsOfSchool(world, school.id).map(String),
    sortKey: (school) => school.createdAt,
  }),
  schoolsListedByCohortUpdated: definePlacedIndex("schools", (school, world) =>
    listedCohortYearsOfSchool(world, school.id).flatMap((year): IndexPlacement[] => {
      const details = school.cohorts[year];
      return details === undefined ? [] : [{ key: String(year), sortKey: details.updatedAt }];
    }),
  ),

  unfundedMentorCandidatesByLeadProvider: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersWithUnfundedMentor(world, teacher.id)],
    sortKey: (teacher) => teacher.createdAt,
  }),
  unfundedMentorCandidatesByLeadProviderUpdated: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersWithUnfundedMentor(world, teacher.id)],
    sortKey: (teacher) => teacher.updatedAt,
  }),

  transferParticipantsByLeadProvider: defineIndex("teachers", {
    keys: (teacher, world) => [...transferUpdatedAtByLeadProvider(world, teacher.id).keys()],
    sortKey: (teacher) => teacher.createdAt,
  }),
  transferParticipantsByLeadProviderUpdated: definePlacedIndex("teachers", (teacher, world) =>
    [...transferUpdatedAtByLeadProvider(world, teacher.id)].map(([key, sortKey]) => ({ key, sortKey })),
  ),
};
