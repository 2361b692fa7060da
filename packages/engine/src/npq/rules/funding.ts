/**
 * Funding as the API shows it on an application (NPQ rules §2.1): the stored eligibility, unless the person was funded
 * before for the same course (EHCO and ASO as one), which makes it `false` unless DfE funded the application by policy.
 */
import type { NpqApplication } from "../model/application.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";
import { npqCoursesEquivalent } from "../reference/courses.ts";

/** Another accepted application of the same person for the same course, eligible, with a funded place or none set. */
function npqPreviouslyFunded(world: NpqWorld, application: NpqApplication): boolean {
  return npqLookup(world, "applicationsByUser", application.userId).some(
    (other) =>
      other.id !== application.id &&
      other.status === "accepted" &&
      npqCoursesEquivalent(other.courseIdentifier, application.courseIdentifier) &&
      other.eligibleForFunding &&
      other.fundedPlace !== false,
  );
}

/** The application's `eligible_for_funding`. */
export function npqEligibleForFunding(world: NpqWorld, application: NpqApplication): boolean {
  if (npqPreviouslyFunded(world, application) && !application.fundedByPolicy) {
    return false;
  }
  return application.eligibleForFunding;
}

/** The application's `ineligible_for_funding_reason`. */
export function npqIneligibleForFundingReason(
  world: NpqWorld,
  application: NpqApplication,
): "previously-funded" | "establishment-ineligible" | null {
  if (npqPreviouslyFunded(world, application)) {
    return "previously-funded";
  }
  return application.eligibleForFunding ? null : "establishment-ineligible";
}
