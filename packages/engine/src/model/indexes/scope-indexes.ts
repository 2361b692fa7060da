/**
 * The read side's indexes: every list endpoint walks one bucket of one of these (per lead provider, or per cohort
 * for schools) in `created_at` or `updated_at` order, so a page costs what a page costs. `updated_since` is a binary
 * search into the `…Updated` variant.
 *
 * Sort keys end with the row id, so rows with equal timestamps always come in the same order, however the index
 * was built (incrementally or rebuilt from a snapshot), and pages never shuffle between requests.
 */
import { defineIndex, definePlacedIndex, type IndexPlacement } from "./index-definition.ts";
import {
  leadProvidersSeeingDeclaration,
  leadProvidersTraining,
  leadProvidersWithUnfundedMentor,
  listedCohortYearsOfSchool,
  transferUpdatedAtByLeadProvider,
} from "./lead-provider-scopes.ts";

/** `<instant>|<id>`: orders by the instant, then by id. A bare instant sorts before all of these (for "since"). */
function tieBroken(instant: string, id: string): string {
  return `${instant}|${id}`;
}

export const SCOPE_INDEXES = {
  participantsByLeadProvider: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersTraining(world, teacher.id)],
    sortKey: (teacher) => tieBroken(teacher.createdAt, teacher.id),
  }),
  participantsByLeadProviderUpdated: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersTraining(world, teacher.id)],
    sortKey: (teacher) => tieBroken(teacher.updatedAt, teacher.id),
  }),

  declarationsVisibleToLeadProvider: defineIndex("declarations", {
    keys: (declaration, world) => leadProvidersSeeingDeclaration(world, declaration),
    sortKey: (declaration) => tieBroken(declaration.createdAt, declaration.id),
  }),
  declarationsVisibleToLeadProviderUpdated: defineIndex("declarations", {
    keys: (declaration, world) => leadProvidersSeeingDeclaration(world, declaration),
    sortKey: (declaration) => tieBroken(declaration.updatedAt, declaration.id),
  }),

  schoolPartnershipsByLeadProviderCreated: defineIndex("schoolPartnerships", {
    keys: (partnership) => [partnership.leadProviderId],
    sortKey: (partnership) => tieBroken(partnership.createdAt, partnership.id),
  }),
  schoolPartnershipsByLeadProviderUpdated: defineIndex("schoolPartnerships", {
    keys: (partnership) => [partnership.leadProviderId],
    sortKey: (partnership) => tieBroken(partnership.updatedAt, partnership.id),
  }),

  schoolsListedByCohort: defineIndex("schools", {
    keys: (school, world) => listedCohortYearsOfSchool(world, school.id).map(String),
    sortKey: (school) => tieBroken(school.createdAt, school.id),
  }),
  schoolsListedByCohortUpdated: definePlacedIndex("schools", (school, world) =>
    listedCohortYearsOfSchool(world, school.id).flatMap((year): IndexPlacement[] => {
      const details = school.cohorts[year];
      return details === undefined ? [] : [{ key: String(year), sortKey: tieBroken(details.updatedAt, school.id) }];
    }),
  ),

  unfundedMentorCandidatesByLeadProvider: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersWithUnfundedMentor(world, teacher.id)],
    sortKey: (teacher) => tieBroken(teacher.createdAt, teacher.id),
  }),
  unfundedMentorCandidatesByLeadProviderUpdated: defineIndex("teachers", {
    keys: (teacher, world) => [...leadProvidersWithUnfundedMentor(world, teacher.id)],
    sortKey: (teacher) => tieBroken(teacher.updatedAt, teacher.id),
  }),

  transferParticipantsByLeadProvider: defineIndex("teachers", {
    keys: (teacher, world) => [...transferUpdatedAtByLeadProvider(world, teacher.id).keys()],
    sortKey: (teacher) => tieBroken(teacher.createdAt, teacher.id),
  }),
  transferParticipantsByLeadProviderUpdated: definePlacedIndex("teachers", (teacher, world) =>
    [...transferUpdatedAtByLeadProvider(world, teacher.id)].map(([key, updatedAt]) => ({
      key,
      sortKey: tieBroken(updatedAt, teacher.id),
    })),
  ),
};
