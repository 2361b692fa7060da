import type { NpqCourseTerms } from "../../payments/npq/contract-terms.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";

/**
 * A lead provider's contract for one course in one cohort (NPQ rules §8): what a cohort move (change schedule rule 4)
 * and a declaration (NPQ declaration rule 13) need. The service hangs one on every statement for every course the
 * cohort offers (`registerNpqStatements`); `registerNpqContract` makes one on no statement.
 */
export interface NpqContract {
  readonly id: string;
  readonly leadProviderId: string;
  readonly cohortId: NpqCohortIdentifier;
  readonly courseIdentifier: NpqCourseIdentifier;
  /** The statement it hangs on; null for a contract registered for the cohort alone. */
  readonly statementId: string | null;
  /** What the contract pays (payment rules §6.1): the calculator's terms, every default filled in. */
  readonly terms: NpqCourseTerms;
  readonly createdAt: Instant;
}
