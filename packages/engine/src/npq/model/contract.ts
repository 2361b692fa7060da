import type { Instant } from "../../time/instant.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";

/**
 * A lead provider's contract for one course in one cohort (NPQ rules §8): what a cohort move (change schedule rule 4)
 * and, in the next slice, a declaration need. The service hangs contracts on statements; the statement link arrives
 * with the NPQ statements.
 */
export interface NpqContract {
  readonly id: string;
  readonly leadProviderId: string;
  readonly cohortId: NpqCohortIdentifier;
  readonly courseIdentifier: NpqCourseIdentifier;
  readonly createdAt: Instant;
}
