/**
 * The `school` resource (ECF rules §2.5), always for one cohort and one lead provider: `expression_of_interest` and
 * the induction tutor depend on what this provider has at the school that cohort.
 */
import { schoolCohortKey, schoolCohortLeadProviderKey } from "../model/indexes/index-definition.ts";
import type { InductionProgrammeChoice, School } from "../model/school.ts";
import { lookup, lookupIds, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

export interface SchoolAttributes {
  readonly name: string;
  readonly urn: string;
  readonly cohort: string;
  readonly in_partnership: boolean;
  readonly induction_programme_choice: InductionProgrammeChoice;
  readonly expression_of_interest: boolean;
  readonly induction_tutor_name: string | null;
  readonly induction_tutor_email: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

export type SchoolResource = Resource<"school", SchoolAttributes>;

/** Whether the provider has a partnership at the school in the cohort, or a participant it expressed interest in. */
function hasInterestOrPartnership(
  world: World,
  leadProviderId: string,
  schoolId: string,
  cohortYear: CohortYear,
): boolean {
  const partnered = lookup(world, "schoolPartnershipsBySchoolCohort", schoolCohortKey(schoolId, cohortYear)).some(
    (partnership) => partnership.leadProviderId === leadProviderId,
  );
  if (partnered) {
    return true;
  }
  const interestKey = schoolCohortLeadProviderKey(schoolId, cohortYear, leadProviderId);
  return lookupIds(world, "expressionsOfInterestBySchoolCohortLeadProvider", interestKey).length > 0;
}

export function schoolView(
  world: World,
  leadProviderId: string,
  school: School,
  cohortYear: CohortYear,
): SchoolResource {
  const details = school.cohorts[cohortYear];
  const interested = hasInterestOrPartnership(world, leadProviderId, school.id, cohortYear);
  return {
    id: school.id,
    type: "school",
    attributes: {
      name: school.name,
      urn: school.urn,
      cohort: String(cohortYear),
      in_partnership:
        lookup(world, "schoolPartnershipsBySchoolCohort", schoolCohortKey(school.id, cohortYear)).length > 0,
      induction_programme_choice: details?.inductionProgrammeChoice ?? "not_yet_known",
      expression_of_interest: interested,
      induction_tutor_name: interested ? (school.inductionTutor?.name ?? null) : null,
      induction_tutor_email: interested ? (school.inductionTutor?.email ?? null) : null,
      created_at: formatApiDateTime(school.createdAt),
      updated_at: formatApiDateTime(details?.updatedAt ?? school.updatedAt),
    },
  };
}
